// StatementScanner: a resumable lexical pass over input that knows strings, backtick names
// and comments, so the REPL and the script splitter can tell a finished statement from an open one.

struct StatementScanner {
    enum Mode: Equatable {
        case code
        /// Inside a string or backtick name closed by this quote.
        case quoted(Unicode.Scalar)
        case blockComment
        case lineComment
    }

    /// What the text looks like at its end; feed more text to continue from it.
    struct State: Equatable {
        var mode: Mode = .code
        /// Some statement text was ended by `;`.
        var sawTerminator = false
        /// Statement text after the last `;` (not whitespace, not comments).
        var pendingContent = false
        /// Open `(`, `[` and `{` of the pending statement (never below zero).
        var depth = 0
        /// The previous scalar was a backslash inside a string, or `*`/`/` awaiting a partner.
        fileprivate var carry: Unicode.Scalar?

        var insideLiteral: Bool { mode == .quoted("'") || mode == .quoted("\"") || mode == .quoted("`") || mode == .blockComment }
        /// A statement is ready to run: it ends with `;`.
        var isComplete: Bool { sawTerminator && !pendingContent && !insideLiteral }
        /// Nothing pending: blank, comments only, or every statement ended.
        var isAtRest: Bool { !pendingContent && !insideLiteral }
    }

    static func scan(_ text: String) -> State { scan(text, from: State()) }

    /// Continues `state` over `text`.
    static func scan(_ text: String, from start: State) -> State {
        var s = start
        for c in text.unicodeScalars { step(&s, c) }
        return s
    }

    private static func step(_ s: inout State, _ c: Unicode.Scalar) {
        let carry = s.carry
        s.carry = nil
        switch s.mode {
        case .lineComment:
            if c == "\n" { s.mode = .code }
        case .blockComment:
            if carry == "*" && c == "/" { s.mode = .code } else if c == "*" { s.carry = c }
        case .quoted(let q):
            if q != "`" && carry == "\\" { return }
            if c == "\\" && q != "`" { s.carry = c } else if c == q { s.mode = .code }
        case .code:
            if carry == "/" {
                if c == "/" { s.mode = .lineComment; return }
                if c == "*" { s.mode = .blockComment; return }
                content(&s, "/")
            }
            switch c {
            case "/": s.carry = c
            case " ", "\t", "\n", "\r": break
            case ";":
                if s.pendingContent { s.sawTerminator = true }
                s.pendingContent = false
                s.depth = 0
            case "'", "\"", "`":
                s.pendingContent = true
                s.mode = .quoted(c)
            default:
                content(&s, c)
            }
        }
    }

    private static func content(_ s: inout State, _ c: Unicode.Scalar) {
        s.pendingContent = true
        if c == "(" || c == "[" || c == "{" { s.depth += 1 }
        if (c == ")" || c == "]" || c == "}") && s.depth > 0 { s.depth -= 1 }
    }

    /// True when a line typed with nothing pending is a shell command (`:schema`).
    static func isCommandLine(_ line: String) -> Bool {
        line.drop(while: { $0 == " " || $0 == "\t" }).first == ":"
    }
}
