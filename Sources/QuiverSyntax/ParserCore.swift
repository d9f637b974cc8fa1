// ParserCore: the recursive-descent parser's state: the token cursor over one statement,
// token tests, the nesting-depth guard and the construction of syntax errors.

final class CypherParser {
    /// Deeper nesting than this is refused (the parser and the engine both recurse on it).
    static let maxDepth = 256

    let source: SourceText
    /// The statement's tokens, comments removed.
    let tokens: [Token]
    /// Upper-cased text of unquoted words (keywords and plain identifiers), "" for others.
    let words: [String]
    /// Where the statement ends: the `;` after it, or the end of the text.
    let endOffset: Int
    /// True when a `;` follows the statement (running out of tokens is then not "end of input").
    let terminated: Bool
    var pos = 0
    var depth = 0

    init(source: SourceText, tokens: [Token], endOffset: Int, terminated: Bool) {
        self.source = source
        self.tokens = tokens.filter { $0.kind != .comment }
        self.words = self.tokens.map { t in
            (t.kind == .keyword || (t.kind == .identifier && !t.text.hasPrefix("`"))) ? t.text.uppercased() : ""
        }
        self.endOffset = endOffset
        self.terminated = terminated
    }

    // MARK: Cursor

    var atEnd: Bool { pos >= tokens.count }

    func token(_ k: Int = 0) -> Token? {
        let j = pos + k
        return j >= 0 && j < tokens.count ? tokens[j] : nil
    }

    func word(_ k: Int = 0) -> String {
        let j = pos + k
        return j >= 0 && j < words.count ? words[j] : ""
    }

    /// The span of the current token, or an empty span where the statement ends.
    var here: SourceSpan { token()?.span ?? SourceSpan(start: endOffset, end: endOffset) }

    /// End offset of the last consumed token.
    var lastEnd: Int {
        pos > 0 && pos - 1 < tokens.count ? tokens[pos - 1].span.end : (token()?.span.start ?? endOffset)
    }

    @discardableResult
    func advance() -> Token {
        let t = token() ?? Token(kind: .error, span: here, text: "")
        if pos < tokens.count { pos += 1 }
        return t
    }

    // MARK: Token tests

    func isKeyword(_ w: String, _ k: Int = 0) -> Bool {
        token(k)?.kind == .keyword && word(k) == w
    }

    /// A plain (unquoted) word, keyword or not: for names like `shortestPath` or `count`.
    func isWord(_ w: String, _ k: Int = 0) -> Bool { word(k) == w }

    func isSymbol(_ s: String, _ k: Int = 0) -> Bool {
        guard let t = token(k), t.kind == .punctuation || t.kind == .operator else { return false }
        return t.text == s
    }

    /// A token that can name a variable: an identifier or a soft keyword.
    func isVariableName(_ k: Int = 0) -> Bool {
        guard let t = token(k) else { return false }
        if t.kind == .identifier { return true }
        return t.kind == .keyword && !Lexer.reserved.contains(word(k))
    }

    /// A token that can be a label, type, property key or map key: any word.
    func isSymbolicName(_ k: Int = 0) -> Bool {
        guard let t = token(k) else { return false }
        return t.kind == .identifier || t.kind == .keyword
    }

    func accept(_ symbol: String) -> Bool {
        if isSymbol(symbol) { pos += 1; return true }
        return false
    }

    func acceptKeyword(_ w: String) -> Bool {
        if isKeyword(w) { pos += 1; return true }
        return false
    }

    @discardableResult
    func expect(_ symbol: String, _ expected: String? = nil) throws -> Token {
        guard isSymbol(symbol) else { throw unexpected(expected ?? "'\(symbol)'") }
        return advance()
    }

    @discardableResult
    func expectKeyword(_ w: String) throws -> Token {
        guard isKeyword(w) else { throw unexpected(w) }
        return advance()
    }

    // MARK: Names

    // variable ::= Identifier | SoftKeyword
    func parseVariable(_ what: String = "a variable name") throws -> Identifier {
        guard isVariableName() else { throw unexpected(what) }
        return try nameOf(advance())
    }

    // symbolicName ::= Identifier | ReservedKeyword | SoftKeyword
    func parseSymbolicName(_ what: String) throws -> Identifier {
        guard isSymbolicName() else { throw unexpected(what) }
        return try nameOf(advance())
    }

    /// (`` `` `` is a valid, empty name: the TCK uses it as a map key.)
    private func nameOf(_ t: Token) throws -> Identifier {
        Identifier(t.identifierName, span: t.span)
    }

    // MARK: Nesting

    /// Enters one nesting level (the caller decrements `depth` when done); refuses input
    /// nested deeper than `maxDepth`.
    func enterNesting() throws {
        if depth >= Self.maxDepth { throw nestingTooDeep() }
        depth += 1
    }

    private func nestingTooDeep() -> QuiverError {
        syntaxError("Invalid input: nesting too deep (more than \(Self.maxDepth) levels)",
                    detail: "NestingTooDeep", at: here)
    }

    // MARK: Errors

    func syntaxError(_ message: String, detail: String = "UnexpectedSyntax", at span: SourceSpan) -> QuiverError {
        QuiverError(.syntaxError, message, detail: detail, span: span, phase: .compileTime)
    }

    func unsupported(_ construct: String, at span: SourceSpan, detail: String? = nil) -> QuiverError {
        QuiverError(.unsupportedFeature, "\(construct) is not supported", detail: detail ?? construct,
                    span: span, phase: .compileTime)
    }

    /// The error for the current token when the grammar wanted `expected`.
    func unexpected(_ expected: String) -> QuiverError {
        guard let t = token() else {
            if terminated {
                return syntaxError("Invalid input ';': expected \(expected)", at: here)
            }
            return syntaxError("Unexpected end of input: expected \(expected)", detail: "UnexpectedEnd", at: here)
        }
        if t.kind == .error { return lexicalError(t, expected: expected) }
        return syntaxError("Invalid input '\(Self.display(t.text))': expected \(expected)", at: t.span)
    }

    /// Explains an `.error` token of the lexer.
    func lexicalError(_ t: Token, expected: String) -> QuiverError {
        let first = t.text.unicodeScalars.first
        switch first {
        case "'", "\"":
            return syntaxError("Unexpected end of input: unterminated string literal",
                               detail: "UnexpectedEnd", at: t.span)
        case "`":
            return syntaxError("Unexpected end of input: unterminated quoted name",
                               detail: "UnexpectedEnd", at: t.span)
        case "/":
            return syntaxError("Unexpected end of input: unterminated comment",
                               detail: "UnexpectedEnd", at: t.span)
        case "$":
            if t.text.count > 1 {
                return syntaxError("Unexpected end of input: unterminated quoted parameter name",
                                   detail: "UnexpectedEnd", at: t.span)
            }
            return syntaxError("Invalid input '$': expected a parameter name", at: t.span)
        case .some(let c) where Lexer.isUnicodeDash(c):
            let code = String(c.value, radix: 16, uppercase: true)
            return syntaxError("Invalid input '\(t.text)' (U+\(code)): this dash is not a minus sign, use '-'",
                               detail: "InvalidUnicodeCharacter", at: t.span)
        case .some(let c) where ("0"..."9").contains(c) || c == ".":
            return syntaxError("Invalid number literal '\(Self.display(t.text))'", detail: "InvalidNumberLiteral",
                               at: t.span)
        default:
            return syntaxError("Invalid input '\(Self.display(t.text))': expected \(expected)", at: t.span)
        }
    }

    /// Token text shortened for a message.
    static func display(_ text: String) -> String {
        text.count > 30 ? String(text.prefix(27)) + "..." : text
    }
}
