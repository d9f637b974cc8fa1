// TranscriptScanner: finds, in a transcript's text, the `;` that ends a statement and the
// `/* expect ... */` block after it; reads the `// graph:` header; normalises block bodies.

/// One `/* expect ... */` block: its byte range (from `/*` to after `*/`) and its body.
struct ExpectBlock: Sendable, Equatable {
    var range: Range<Int>
    var body: String
}

enum TranscriptScanner {
    static let opener = Array("/* expect".utf8)

    /// For a statement whose span ends at `end`: where a block would be inserted (after the
    /// `;`, or at `end` when there is none), whether a `;` was found, and the block that
    /// follows the `;` (only whitespace may come between).
    static func after(statementEnd end: Int, in bytes: [UInt8]) -> (insertAt: Int, hasSemicolon: Bool, block: ExpectBlock?) {
        var i = skipTrivia(from: end, in: bytes, keepExpect: true)
        guard i < bytes.count, bytes[i] == UInt8(ascii: ";") else {
            return (end, false, block(at: skipSpace(from: end, in: bytes), in: bytes))
        }
        i += 1
        return (i, true, block(at: skipSpace(from: i, in: bytes), in: bytes))
    }

    /// The block starting exactly at `start`, if one does.
    static func block(at start: Int, in bytes: [UInt8]) -> ExpectBlock? {
        guard hasPrefix(opener, at: start, in: bytes) else { return nil }
        let bodyStart = start + opener.count
        var i = bodyStart
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/") {
                let body = String(decoding: bytes[bodyStart..<i], as: UTF8.self)
                return ExpectBlock(range: start..<(i + 2), body: body)
            }
            i += 1
        }
        return nil
    }

    /// Offsets of every `/* expect` opener in the text (outside of nothing: a plain scan).
    static func allOpeners(in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        var i = 0
        while i < bytes.count {
            if hasPrefix(opener, at: i, in: bytes) { found.append(i); i += opener.count } else { i += 1 }
        }
        return found
    }

    /// The first offset at or after `start` that is neither whitespace nor a comment.
    /// With `keepExpect`, a `/* expect` block counts as text (it belongs to a statement).
    static func skipTrivia(from start: Int, in bytes: [UInt8], keepExpect: Bool = false) -> Int {
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1; continue }
            if b == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "/") {
                while i < bytes.count && bytes[i] != 0x0A { i += 1 }
                continue
            }
            if b == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "*") {
                if keepExpect && hasPrefix(opener, at: i, in: bytes) { return i }
                var j = i + 2
                while j + 1 < bytes.count && !(bytes[j] == UInt8(ascii: "*") && bytes[j + 1] == UInt8(ascii: "/")) { j += 1 }
                i = min(bytes.count, j + 2)
                continue
            }
            return i
        }
        return bytes.count
    }

    static func skipSpace(from start: Int, in bytes: [UInt8]) -> Int {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        return i
    }

    static func hasPrefix(_ prefix: [UInt8], at start: Int, in bytes: [UInt8]) -> Bool {
        guard start >= 0, start + prefix.count <= bytes.count else { return false }
        for (k, b) in prefix.enumerated() where bytes[start + k] != b { return false }
        return true
    }

    /// The graph named by a `// graph: NAME` first line (blank lines before it are allowed).
    static func graphName(in text: String) -> String? {
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty { continue }
            guard trimmed.hasPrefix("//") else { return nil }
            let comment = trimmed.dropFirst(2).trimmingSpaces
            guard comment.hasPrefix("graph:") else { return nil }
            return String(comment.dropFirst("graph:".count).trimmingSpaces)
        }
        return nil
    }

    /// True when the blocks agree line by line; an expected line ending in `...` matches any
    /// actual line that starts with the text before it (for messages a test does not pin).
    static func matches(expected: String, actual: String) -> Bool {
        if expected == actual { return true }
        let e = expected.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let a = actual.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard e.count == a.count else { return false }
        for (el, al) in zip(e, a) where el != al {
            guard el.hasSuffix("..."), al.hasPrefix(el.dropLast(3)) else { return false }
        }
        return true
    }

    /// The block `record` writes for a mismatch: the actual text, except that expected lines
    /// that still match stay as written, and an error line whose message wildcard still fits
    /// keeps the wildcard (only the kind and position are updated).
    static func rewrite(expected: String, actual: String) -> String {
        let e = expected.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let a = actual.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard e.count == a.count else { return actual }
        return zip(e, a).map { el, al -> String in
            if matches(expected: String(el), actual: String(al)) { return String(el) }
            guard el.hasPrefix("error: "), al.hasPrefix("error: "), el.hasSuffix("..."),
                  let eSplit = messageStart(el), let aSplit = messageStart(al) else { return String(al) }
            let wanted = el[eSplit...].dropLast(3)
            guard al[aSplit...].hasPrefix(wanted) else { return String(al) }
            return String(al[..<aSplit]) + wanted + "..."
        }.joined(separator: "\n")
    }

    /// Where the message of an `error: Kind at L:C: message` line starts (after `: `
    /// following the kind and position).
    private static func messageStart(_ line: Substring) -> Substring.Index? {
        let rest = line.dropFirst("error: ".count)
        // Kind names hold no space: a space after the kind means a position follows.
        guard let kindEnd = rest.firstIndex(where: { $0 == ":" || $0 == " " }) else { return nil }
        return line[kindEnd...].firstRange(of: ": ")?.upperBound
    }

    /// Lines without trailing spaces or CRs, and without blank lines at either end: the
    /// form in which expected and actual blocks are compared.
    static func normalize(_ body: String) -> String {
        var lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line -> Substring in
            var l = Substring(line)
            while let last = l.last, last == " " || last == "\t" || last == "\r" { l = l.dropLast() }
            return l
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

extension StringProtocol {
    /// The text without spaces, tabs and CRs at either end.
    fileprivate var trimmingSpaces: Substring {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return s
    }
}
