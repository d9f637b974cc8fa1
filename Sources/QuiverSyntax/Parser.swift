// Parser: the public entry points of the Syntax module: split a script into statements at
// top-level `;`, parse one statement, and tell the REPL whether its input is complete.

public enum Parser {
    /// Expressions nest at most this deep (parentheses, lists, maps, CASE, calls, subscripts).
    public static let maxNestingDepth = CypherParser.maxDepth
    /// No expression tree of a parsed statement is higher than this: code that recurses over
    /// the AST can rely on it.
    public static let maxExpressionHeight = CypherParser.maxExpressionHeight

    /// Splits a script into statements at top-level `;` and parses each one on its own (an
    /// error in one does not stop the others). Statements holding only comments are skipped.
    /// Spans cover the statement's first to last token, without the `;`.
    public static func parseScript(_ source: SourceText) -> [ParsedStatement] {
        statementGroups(Lexer.tokenize(source.text), textEnd: source.utf8.count).map { group in
            let parser = CypherParser(source: source, tokens: group.tokens, endOffset: group.endOffset,
                                      terminated: group.terminated)
            let span = group.span
            do {
                var stmt = try parser.parseStatement()
                stmt.span = span
                return ParsedStatement(span: span, result: .success(stmt))
            } catch let e as QuiverError {
                return ParsedStatement(span: span, result: .failure(e))
            } catch {
                return ParsedStatement(span: span, result: .failure(QuiverError(.syntaxError, "\(error)", span: span)))
            }
        }
    }

    /// Parses exactly one statement (a trailing `;` is allowed).
    public static func parseStatement(_ source: SourceText) throws -> Statement {
        let groups = statementGroups(Lexer.tokenize(source.text), textEnd: source.utf8.count)
        guard let first = groups.first else {
            throw QuiverError(.syntaxError, "Unexpected end of input: expected a statement", detail: "UnexpectedEnd",
                              span: SourceSpan(start: source.utf8.count, end: source.utf8.count))
        }
        if groups.count > 1 {
            let extra = groups[1].span
            let text = CypherParser.display(source.slice(extra))
            throw QuiverError(.syntaxError, "Invalid input '\(text)': expected end of input (only one statement is allowed)",
                              detail: "UnexpectedSyntax", span: extra)
        }
        let parser = CypherParser(source: source, tokens: first.tokens, endOffset: first.endOffset,
                                  terminated: first.terminated)
        var stmt = try parser.parseStatement()
        stmt.span = first.span
        return stmt
    }

    /// For the REPL: true when `text` is blank or ends with a `;` outside strings and comments
    /// (trailing whitespace and comments allowed).
    public static func isComplete(_ text: String) -> Bool {
        let tokens = Lexer.tokenize(text)
        guard let last = tokens.last(where: { $0.kind != .comment }) else {
            // Blank or only comments; an unterminated `/*` is an error token, not a comment.
            return true
        }
        // A trailing unterminated comment or string lexes as an error token, never `;`.
        guard tokens.last?.kind != .error else { return false }
        return last.kind == .punctuation && last.text == ";"
    }

    /// The tokens of one statement and where it ends.
    struct Group {
        var tokens: [Token]
        var span: SourceSpan
        var endOffset: Int
        var terminated: Bool
    }

    /// Splits tokens at `;` tokens (the lexer already keeps `;` inside strings, comments and
    /// backticks out of them); groups without any non-comment token are dropped.
    static func statementGroups(_ tokens: [Token], textEnd: Int) -> [Group] {
        var groups: [Group] = []
        var current: [Token] = []
        func flush(endOffset: Int, terminated: Bool) {
            let code = current.filter { $0.kind != .comment }
            if let first = code.first, let last = code.last {
                groups.append(Group(tokens: code, span: SourceSpan(start: first.span.start, end: last.span.end),
                                    endOffset: endOffset, terminated: terminated))
            }
            current = []
        }
        for t in tokens {
            if t.kind == .punctuation && t.text == ";" {
                flush(endOffset: t.span.start, terminated: true)
            } else {
                current.append(t)
            }
        }
        flush(endOffset: textEnd, terminated: false)
        return groups
    }
}
