// Lexer: turns query text into tokens (comments included, whitespace dropped). It never
// throws: text it cannot read becomes an `.error` token that the parser reports.

public enum Lexer {
    /// Every word the lexer marks as `.keyword` (upper case); also the REPL's completion list.
    public static let keywords: Set<String> = reserved.union(soft)

    /// Keywords that can never name a variable: they start or continue clauses and expressions.
    static let reserved: Set<String> = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "DISTINCT", "ORDER", "BY", "SKIP", "LIMIT",
        "ASC", "ASCENDING", "DESC", "DESCENDING", "UNWIND", "AS", "CREATE", "COPY",
        "AND", "OR", "XOR", "NOT", "IS", "NULL", "TRUE", "FALSE", "STARTS", "ENDS", "CONTAINS", "IN",
        "CASE", "WHEN", "THEN", "ELSE", "END", "EXPLAIN", "PROFILE",
        "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "CALL", "UNION", "FOREACH", "LOAD",
    ]

    /// Keywords that still work as names where a name is expected (`MATCH (from)-->(to)`).
    static let soft: Set<String> = [
        "FROM", "TO", "SHORTEST", "ALL", "EXISTS", "USE", "SHOW", "YIELD", "CSV", "INDEX",
        "CONSTRAINT", "ON",
    ]

    /// Tokenizes `text`. Whitespace is skipped; comments are kept as `.comment` tokens.
    public static func tokenize(_ text: String) -> [Token] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(buffer)
            var tokens: [Token] = []
            while let token = scanner.next() { tokens.append(token) }
            return tokens
        }
    }

    /// Dash-like characters that are easily typed instead of `-`.
    static func isUnicodeDash(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return true
        default: return false
        }
    }

    static func isIdentStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isXIDStart
    }

    static func isIdentContinue(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isXIDContinue
    }
}

/// Walks the UTF-8 bytes of the text. Every byte the grammar cares about is ASCII, and
/// UTF-8 continuation bytes are never ASCII, so only names and stray characters decode scalars.
/// (It reads through a buffer pointer, valid during `Lexer.tokenize`: array access through
/// `self` costs a retain and release per byte in debug builds; every access is bounds-checked.)
struct Scanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private func at(_ k: Int) -> UInt8? { k >= 0 && k < bytes.count ? bytes[k] : nil }

    /// A scalar and its width in bytes (a struct, not a tuple: cheaper in debug builds).
    private struct Decoded { var scalar: Unicode.Scalar; var width: Int }

    /// The scalar starting at byte `k` (the text is valid UTF-8).
    private func scalar(at k: Int) -> Decoded? {
        guard let b = at(k) else { return nil }
        if b < 0x80 { return Decoded(scalar: Unicode.Scalar(b), width: 1) }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = UInt32(b) & (width == 4 ? 0x07 : width == 3 ? 0x0F : 0x1F)
        for j in 1..<width {
            guard let c = at(k + j) else { return nil }
            value = value << 6 | (UInt32(c) & 0x3F)
        }
        guard let sc = Unicode.Scalar(value) else { return nil }
        return Decoded(scalar: sc, width: width)
    }

    private func make(_ kind: TokenKind, from start: Int) -> Token {
        let end = min(i, bytes.count)
        return Token(kind: kind, span: SourceSpan(start: start, end: end),
                     text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }

    private static func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }

    private static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Width of the name character at `k` (0 when there is none); `start` for the first one.
    private func nameCharWidth(at k: Int, start: Bool) -> Int {
        guard let b = at(k) else { return 0 }
        if b < 0x80 {
            return Self.isASCIILetter(b) || b == 0x5F || (!start && Self.isDigit(b)) ? 1 : 0
        }
        guard let d = scalar(at: k) else { return 0 }
        return (start ? Lexer.isIdentStart(d.scalar) : Lexer.isIdentContinue(d.scalar)) ? d.width : 0
    }

    private mutating func skipWhitespace() {
        while let b = at(i) {
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { i += 1; continue }
            // Non-ASCII: Unicode White_Space, and a byte-order mark (U+FEFF) at any position.
            guard b >= 0x80, let d = scalar(at: i), d.scalar.properties.isWhitespace || d.scalar == "\u{FEFF}"
            else { return }
            i += d.width
        }
    }

    mutating func next() -> Token? {
        skipWhitespace()
        guard let c = at(i) else { return nil }
        let start = i
        let n = at(i + 1)
        switch c {
        case UInt8(ascii: "/") where n == UInt8(ascii: "/"):
            while let d = at(i), d != 0x0A, d != 0x0D { i += 1 }
            return make(.comment, from: start)
        case UInt8(ascii: "/") where n == UInt8(ascii: "*"):
            i += 2
            while let d = at(i) {
                if d == UInt8(ascii: "*"), at(i + 1) == UInt8(ascii: "/") { i += 2; return make(.comment, from: start) }
                i += 1
            }
            return make(.error, from: start)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            i += 1
            while let d = at(i) {
                i += 1
                if d == UInt8(ascii: "\\") {
                    if at(i) != nil { i += 1 }
                } else if d == c {
                    return make(.string, from: start)
                }
            }
            return make(.error, from: start)
        case UInt8(ascii: "`"):
            return quotedName(kind: .identifier, from: start)
        case UInt8(ascii: "$"):
            i += 1
            if at(i) == UInt8(ascii: "`") { return quotedName(kind: .parameter, from: start) }
            guard nameCharWidth(at: i, start: false) > 0 else { return make(.error, from: start) }
            while case let w = nameCharWidth(at: i, start: false), w > 0 { i += w }
            return make(.parameter, from: start)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(from: start)
        case UInt8(ascii: ".") where Self.isDigit(n):
            return number(from: start)
        default:
            break
        }
        if case let w = nameCharWidth(at: i, start: true), w > 0 {
            i += w
            while case let w = nameCharWidth(at: i, start: false), w > 0 { i += w }
            var tok = make(.identifier, from: start)
            // Keywords are ASCII words of at most 12 letters (so `ſet`, which upper-cases to
            // SET, stays a name).
            if i - start <= 12, bytes[start..<i].allSatisfy(Self.isASCIILetter),
               Lexer.keywords.contains(tok.text.uppercased()) {
                tok.kind = .keyword
            }
            return tok
        }
        return symbol(c, next: n, from: start)
    }

    /// `` `name` `` (a doubled backtick inside stands for one); unterminated: an error token.
    private mutating func quotedName(kind: TokenKind, from start: Int) -> Token {
        i += 1  // the opening backtick
        while let d = at(i) {
            i += 1
            if d == UInt8(ascii: "`") {
                if at(i) == UInt8(ascii: "`") { i += 1 } else { return make(kind, from: start) }
            }
        }
        return make(.error, from: start)
    }

    /// Decimal, hex (`0x1F`), octal (`0o17`) integers and floats (`1.5`, `.5`, `1e10`).
    /// A number run into letters (`12abc`, `0x`) is one error token.
    private mutating func number(from start: Int) -> Token {
        var kind = TokenKind.integer
        let n = at(i + 1).map { $0 | 0x20 }  // lower-cased
        if at(i) == UInt8(ascii: "0"), n == UInt8(ascii: "x") || n == UInt8(ascii: "o") {
            let hex = n == UInt8(ascii: "x")
            i += 2
            var count = 0
            while let d = at(i), hex ? (Self.isDigit(d) || ((d | 0x20) >= 0x61 && (d | 0x20) <= 0x66))
                                      : (d >= 0x30 && d <= 0x37) {
                i += 1; count += 1
            }
            if count == 0 { kind = .error }
        } else {
            while Self.isDigit(at(i)) { i += 1 }
            if at(i) == UInt8(ascii: "."), Self.isDigit(at(i + 1)) {
                kind = .float
                i += 1
                while Self.isDigit(at(i)) { i += 1 }
            }
            if let e = at(i), e | 0x20 == UInt8(ascii: "e") {
                let sign = at(i + 1) == UInt8(ascii: "+") || at(i + 1) == UInt8(ascii: "-")
                if Self.isDigit(at(i + (sign ? 2 : 1))) {
                    kind = .float
                    i += sign ? 2 : 1
                    while Self.isDigit(at(i)) { i += 1 }
                }
            }
        }
        if nameCharWidth(at: i, start: false) > 0 {
            while case let w = nameCharWidth(at: i, start: false), w > 0 { i += w }
            kind = .error
        }
        return make(kind, from: start)
    }

    private mutating func symbol(_ c: UInt8, next n: UInt8?, from start: Int) -> Token {
        i += 1
        switch Unicode.Scalar(c) {
        case "(", ")", "[", "]", "{", "}", ",", ";", ":", "|":
            return make(.punctuation, from: start)
        case ".":
            if n == UInt8(ascii: ".") { i += 1 }
            return make(.punctuation, from: start)
        case "<":
            if n == UInt8(ascii: "=") || n == UInt8(ascii: ">") { i += 1 }
            return make(.operator, from: start)
        case ">":
            if n == UInt8(ascii: "=") { i += 1 }
            return make(.operator, from: start)
        case "=":
            if n == UInt8(ascii: "~") { i += 1 }
            return make(.operator, from: start)
        case "!":
            guard n == UInt8(ascii: "=") else { return make(.error, from: start) }
            i += 1
            return make(.operator, from: start)
        case "+", "-", "*", "/", "%", "^":
            return make(.operator, from: start)
        default:
            // A stray character: one whole scalar, never part of one.
            if c >= 0x80, let d = scalar(at: start) { i = start + d.width }
            return make(.error, from: start)
        }
    }
}
