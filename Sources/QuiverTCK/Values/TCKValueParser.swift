// TCKValueParser: parses one table cell (already free of Gherkin escapes) into a TCKValue:
// null, booleans, integers, floats (NaN, Inf), 'strings', lists, maps, nodes, relationships, paths.

public struct TCKValueParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

public struct TCKValueParser {
    private let chars: [Character]
    private var pos = 0

    /// Parses a whole cell; trailing text is an error.
    public static func parse(_ text: String) throws -> TCKValue {
        var p = TCKValueParser(chars: Array(text))
        p.skipSpace()
        let v = try p.value()
        p.skipSpace()
        if p.pos < p.chars.count { throw p.error("unexpected text after the value") }
        return v
    }

    private init(chars: [Character]) { self.chars = chars }

    private var peek: Character? { pos < chars.count ? chars[pos] : nil }

    private func peek(at offset: Int) -> Character? {
        let i = pos + offset
        return i >= 0 && i < chars.count ? chars[i] : nil
    }

    private func error(_ message: String) -> TCKValueParseError {
        TCKValueParseError(message: "\(message) at offset \(pos) in '\(String(chars))'")
    }

    private mutating func skipSpace() {
        while let c = peek, c.isWhitespace { pos += 1 }
    }

    private mutating func expect(_ c: Character) throws {
        skipSpace()
        guard peek == c else { throw error("expected '\(c)'") }
        pos += 1
    }

    /// Consumes `word` when it comes next as a whole word.
    private mutating func consumeWord(_ word: String) -> Bool {
        let w = Array(word)
        for (k, c) in w.enumerated() where peek(at: k) != c { return false }
        if let next = peek(at: w.count), next.isLetter || next.isNumber || next == "_" { return false }
        pos += w.count
        return true
    }

    private mutating func value() throws -> TCKValue {
        skipSpace()
        guard let c = peek else { throw error("missing value") }
        switch c {
        case "'": return .string(try string())
        case "[":
            // `[:T ...]` is a relationship, anything else a list.
            var k = 1
            while let n = peek(at: k), n.isWhitespace { k += 1 }
            return peek(at: k) == ":" ? .relationship(try relationship()) : .list(try list())
        case "{": return .map(try map())
        case "(": return .node(try node())
        case "<": return .path(try path())
        default: break
        }
        if consumeWord("null") { return .null }
        if consumeWord("true") { return .bool(true) }
        if consumeWord("false") { return .bool(false) }
        return try number()
    }

    private mutating func number() throws -> TCKValue {
        let start = pos
        var sign = ""
        if let c = peek, c == "-" || c == "+" { sign = String(c); pos += 1 }
        if consumeWord("NaN") { return .float(.nan) }
        if consumeWord("Infinity") || consumeWord("Inf") { return .float(sign == "-" ? -.infinity : .infinity) }
        var text = sign
        var isFloat = false
        while let c = peek {
            if c.isASCII && c.isNumber { text.append(c) }
            else if c == "." { isFloat = true; text.append(c) }
            else if c == "e" || c == "E" {
                isFloat = true; text.append(c)
                if let s = peek(at: 1), s == "-" || s == "+" { text.append(s); pos += 1 }
            } else { break }
            pos += 1
        }
        guard text.contains(where: { $0.isNumber }) else {
            pos = start
            throw error("not a value")
        }
        if isFloat {
            guard let d = Double(text) else { pos = start; throw error("bad float '\(text)'") }
            return .float(d)
        }
        guard let i = Int64(text) else { pos = start; throw error("bad integer '\(text)'") }
        return .int(i)
    }

    /// `'...'` where `\'` is a quote and `\\` a backslash; any other backslash stays as written.
    private mutating func string() throws -> String {
        try expect("'")
        var out = ""
        while let c = peek {
            pos += 1
            if c == "'" { return out }
            if c == "\\", let n = peek, n == "'" || n == "\\" {
                out.append(n); pos += 1
            } else {
                out.append(c)
            }
        }
        throw error("unterminated string")
    }

    private mutating func list() throws -> [TCKValue] {
        try expect("[")
        var items: [TCKValue] = []
        skipSpace()
        if peek == "]" { pos += 1; return items }
        while true {
            items.append(try value())
            skipSpace()
            if peek == "," { pos += 1; continue }
            try expect("]")
            return items
        }
    }

    private mutating func map() throws -> [String: TCKValue] {
        try expect("{")
        var entries: [String: TCKValue] = [:]
        skipSpace()
        if peek == "}" { pos += 1; return entries }
        while true {
            skipSpace()
            let key = peek == "'" ? try string() : try name()
            try expect(":")
            guard entries[key] == nil else { throw error("duplicate key '\(key)'") }
            entries[key] = try value()
            skipSpace()
            if peek == "," { pos += 1; continue }
            try expect("}")
            return entries
        }
    }

    /// An identifier, or any text in backticks (a doubled backtick is one backtick).
    private mutating func name() throws -> String {
        skipSpace()
        if peek == "`" {
            pos += 1
            var out = ""
            while let c = peek {
                pos += 1
                if c == "`" {
                    if peek == "`" { out.append("`"); pos += 1; continue }
                    return out
                }
                out.append(c)
            }
            throw error("unterminated `name`")
        }
        var out = ""
        while let c = peek, c.isLetter || c.isNumber || c == "_" || c == "$" { out.append(c); pos += 1 }
        guard !out.isEmpty else { throw error("expected a name") }
        return out
    }

    private mutating func node() throws -> TCKNode {
        try expect("(")
        var labels = Set<String>()
        skipSpace()
        while peek == ":" {
            pos += 1
            labels.insert(try name())
            skipSpace()
        }
        let props = peek == "{" ? try map() : [:]
        try expect(")")
        return TCKNode(labels: labels, properties: props)
    }

    private mutating func relationship() throws -> TCKRelationship {
        try expect("[")
        try expect(":")
        let type = try name()
        skipSpace()
        let props = peek == "{" ? try map() : [:]
        try expect("]")
        return TCKRelationship(type: type, properties: props)
    }

    /// `<(:A)-[:T]->(:B)<-[:S]-(:C)>`.
    private mutating func path() throws -> TCKPath {
        try expect("<")
        let start = try node()
        var hops: [TCKHop] = []
        while true {
            skipSpace()
            if peek == ">" { pos += 1; return TCKPath(start: start, hops: hops) }
            let forward: Bool
            if peek == "<" && peek(at: 1) == "-" {
                pos += 2
                let rel = try relationship()
                try expect("-")
                forward = false
                hops.append(TCKHop(relationship: rel, forward: forward, node: try node()))
            } else if peek == "-" {
                pos += 1
                let rel = try relationship()
                try expect("-")
                try expect(">")
                forward = true
                hops.append(TCKHop(relationship: rel, forward: forward, node: try node()))
            } else {
                throw error("expected '-[' or '<-[' or '>' in path")
            }
        }
    }
}
