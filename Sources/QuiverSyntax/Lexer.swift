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
        var scanner = Scanner(text)
        var tokens: [Token] = []
        while let token = scanner.next() { tokens.append(token) }
        return tokens
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

/// Walks the Unicode scalars of the text, keeping the UTF-8 offset of each one.
struct Scanner {
    private let scalars: [Unicode.Scalar]
    /// `offsets[i]` is the byte offset of scalar `i`; `offsets[scalars.count]` is the length.
    private let offsets: [Int]
    private var i = 0

    init(_ text: String) {
        var s: [Unicode.Scalar] = []
        var o: [Int] = []
        var off = 0
        for c in text.unicodeScalars {
            s.append(c); o.append(off)
            off += UTF8.width(c)
        }
        o.append(off)
        scalars = s; offsets = o
    }

    private func at(_ k: Int) -> Unicode.Scalar? {
        k >= 0 && k < scalars.count ? scalars[k] : nil
    }

    private func make(_ kind: TokenKind, from start: Int) -> Token {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<i])
        return Token(kind: kind, span: SourceSpan(start: offsets[start], end: offsets[i]), text: String(view))
    }

    mutating func next() -> Token? {
        while let c = at(i), c.properties.isWhitespace { i += 1 }
        guard let c = at(i) else { return nil }
        let start = i
        let n = at(i + 1)
        switch c {
        case "/" where n == "/":
            while let d = at(i), d != "\n", d != "\r" { i += 1 }
            return make(.comment, from: start)
        case "/" where n == "*":
            i += 2
            while let d = at(i) {
                if d == "*", at(i + 1) == "/" { i += 2; return make(.comment, from: start) }
                i += 1
            }
            return make(.error, from: start)
        case "'", "\"":
            i += 1
            while let d = at(i) {
                i += 1
                if d == "\\" { if at(i) != nil { i += 1 } } else if d == c { return make(.string, from: start) }
            }
            return make(.error, from: start)
        case "`":
            return quotedName(kind: .identifier, from: start)
        case "$":
            i += 1
            if at(i) == "`" { return quotedName(kind: .parameter, from: start) }
            guard let d = at(i), Lexer.isIdentContinue(d) else { return make(.error, from: start) }
            while let d = at(i), Lexer.isIdentContinue(d) { i += 1 }
            return make(.parameter, from: start)
        case "0"..."9":
            return number(from: start)
        case "." where n.map { ("0"..."9").contains($0) } ?? false:
            return number(from: start)
        default:
            break
        }
        if Lexer.isIdentStart(c) {
            while let d = at(i), Lexer.isIdentContinue(d) { i += 1 }
            var tok = make(.identifier, from: start)
            if Lexer.keywords.contains(tok.text.uppercased()) { tok.kind = .keyword }
            return tok
        }
        return symbol(c, next: n, from: start)
    }

    /// `` `name` `` (a doubled backtick inside stands for one); unterminated: an error token.
    private mutating func quotedName(kind: TokenKind, from start: Int) -> Token {
        i += 1  // the opening backtick
        while let d = at(i) {
            i += 1
            if d == "`" {
                if at(i) == "`" { i += 1 } else { return make(kind, from: start) }
            }
        }
        return make(.error, from: start)
    }

    /// Decimal, hex (`0x1F`), octal (`0o17`) integers and floats (`1.5`, `.5`, `1e10`).
    /// A number run into letters (`12abc`, `0x`) is one error token.
    private mutating func number(from start: Int) -> Token {
        func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }
        var kind = TokenKind.integer
        let c = at(i), n = at(i + 1)
        if c == "0", n == "x" || n == "X" || n == "o" || n == "O" {
            let hex = n == "x" || n == "X"
            i += 2
            var count = 0
            while let d = at(i), hex ? d.properties.isASCIIHexDigit : ("0"..."7").contains(d) {
                i += 1; count += 1
            }
            if count == 0 { kind = .error }
        } else {
            while isDigit(at(i)) { i += 1 }
            if at(i) == ".", isDigit(at(i + 1)) {
                kind = .float
                i += 1
                while isDigit(at(i)) { i += 1 }
            }
            if at(i) == "e" || at(i) == "E" {
                let sign = at(i + 1) == "+" || at(i + 1) == "-"
                if isDigit(at(i + (sign ? 2 : 1))) {
                    kind = .float
                    i += sign ? 2 : 1
                    while isDigit(at(i)) { i += 1 }
                }
            }
        }
        if let d = at(i), Lexer.isIdentContinue(d) {
            while let d = at(i), Lexer.isIdentContinue(d) { i += 1 }
            kind = .error
        }
        return make(kind, from: start)
    }

    private mutating func symbol(_ c: Unicode.Scalar, next n: Unicode.Scalar?, from start: Int) -> Token {
        i += 1
        switch c {
        case "(", ")", "[", "]", "{", "}", ",", ";", ":", "|":
            return make(.punctuation, from: start)
        case ".":
            if n == "." { i += 1 }
            return make(.punctuation, from: start)
        case "<":
            if n == "=" || n == ">" { i += 1 }
            return make(.operator, from: start)
        case ">":
            if n == "=" { i += 1 }
            return make(.operator, from: start)
        case "=":
            if n == "~" { i += 1 }
            return make(.operator, from: start)
        case "!":
            guard n == "=" else { return make(.error, from: start) }
            i += 1
            return make(.operator, from: start)
        case "+", "-", "*", "/", "%", "^":
            return make(.operator, from: start)
        default:
            return make(.error, from: start)
        }
    }
}
