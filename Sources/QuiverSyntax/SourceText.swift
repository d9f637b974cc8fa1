// SourceText: the text of one script or query, with a line map so that byte offsets
// (the unit of every SourceSpan) turn into 1-based line and column numbers.

/// A half-open range of UTF-8 byte offsets into a `SourceText`.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = max(start, end) }
    public static let none = SourceSpan(start: 0, end: 0)
    /// The smallest span that covers both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(start: min(start, other.start), end: max(end, other.end))
    }
    public var description: String { "\(start)..<\(end)" }
}

/// A resolved position: line and column are 1-based; the column counts characters.
public struct SourceLocation: Sendable, Hashable {
    public var line: Int
    public var column: Int
    /// The full text of the line, without its line break.
    public var lineText: String
    public init(line: Int, column: Int, lineText: String) {
        self.line = line; self.column = column; self.lineText = lineText
    }
}

/// Immutable source text shared by the lexer, parser, compiler and VM.
public final class SourceText: Sendable {
    public let text: String
    public let name: String
    /// The UTF-8 bytes of `text`; spans index into this.
    public let utf8: [UInt8]
    /// Byte offset at which each line starts.
    private let lineStarts: [Int]

    public init(_ text: String, name: String = "<query>") {
        self.text = text
        self.name = name
        let bytes = Array(text.utf8)
        self.utf8 = bytes
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.lineStarts = starts
    }

    /// The text a span covers (clamped to the source).
    public func slice(_ span: SourceSpan) -> String {
        let s = max(0, min(span.start, utf8.count)), e = max(s, min(span.end, utf8.count))
        return String(decoding: utf8[s..<e], as: UTF8.self)
    }

    /// Line, column and line text of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let off = max(0, min(offset, utf8.count))
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= off { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        var end = start
        while end < utf8.count && utf8[end] != UInt8(ascii: "\n") { end += 1 }
        var lineEnd = end
        if lineEnd > start && utf8[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        let prefix = String(decoding: utf8[start..<min(off, lineEnd)], as: UTF8.self)
        let lineText = String(decoding: utf8[start..<lineEnd], as: UTF8.self)
        return SourceLocation(line: lo + 1, column: prefix.count + 1, lineText: lineText)
    }
}
