// Token: one lexical unit of a query, as the lexer hands it to the parser and to the REPL
// (highlighting, completion). Spans are UTF-8 byte offsets into the lexed text.

public enum TokenKind: String, Sendable, Equatable, CaseIterable {
    /// A word of `Lexer.keywords` written without backticks (any case).
    case keyword
    /// A name: plain or backtick-quoted (`text` keeps the backticks).
    case identifier
    /// A string literal, quotes and escapes as written.
    case string
    case integer
    case float
    /// `$name`, `$0`, `` $`quoted` ``.
    case parameter
    /// Brackets, separators: `( ) [ ] { } , ; : . .. |`.
    case punctuation
    /// `+ - * / % ^ = <> != < <= > >= =~`.
    case `operator`
    /// `// ...` or `/* ... */`.
    case comment
    /// Input the lexer cannot read: a stray character, an unterminated string or comment,
    /// a malformed number. The parser reports it.
    case error
}

public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    public var span: SourceSpan
    /// The exact source text of the token.
    public var text: String
    public init(kind: TokenKind, span: SourceSpan, text: String) {
        self.kind = kind; self.span = span; self.text = text
    }

    /// For an identifier: the name without backticks (a doubled backtick stands for one).
    public var identifierName: String {
        guard kind == .identifier, text.hasPrefix("`") else { return text }
        var body = Substring(text.dropFirst())
        if body.hasSuffix("`") { body = body.dropLast() }
        // Inside the quotes a doubled backtick stands for one.
        var out = ""
        var skipNextTick = false
        for ch in body {
            if ch == "`" {
                if skipNextTick { skipNextTick = false; continue }
                skipNextTick = true
            } else {
                skipNextTick = false
            }
            out.append(ch)
        }
        return out
    }
}
