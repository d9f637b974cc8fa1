// CypherTokens: a light tokenizer for half-typed Cypher (strings, comments, names, punctuation),
// enough for completion and highlighting without a full parse.

enum CypherTokens {
    enum Kind: Equatable { case identifier, number, string, comment, parameter, punctuation, space }

    struct Token: Equatable {
        var kind: Kind
        var text: String
    }

    static func isIdentifier(_ u: Unicode.Scalar) -> Bool {
        u == "_" || u.properties.isAlphabetic || isDigit(u)
    }

    static func isDigit(_ u: Unicode.Scalar) -> Bool { u >= "0" && u <= "9" }

    /// Splits `text` into tokens; an unfinished string or comment runs to the end.
    static func tokenize(_ text: String) -> [Token] {
        let s = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func take(_ kind: Kind, _ end: Int) {
            let e = min(end, s.count)
            tokens.append(Token(kind: kind, text: String(String.UnicodeScalarView(s[i..<e]))))
            i = e
        }
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        while i < s.count {
            let c = s[i]
            if c == "/" && at(i + 1) == "/" {
                var e = i; while e < s.count && s[e] != "\n" { e += 1 }; take(.comment, e)
            } else if c == "/" && at(i + 1) == "*" {
                var e = i + 2; while e < s.count && !(s[e] == "*" && at(e + 1) == "/") { e += 1 }; take(.comment, e + 2)
            } else if c == "'" || c == "\"" || c == "`" {
                var e = i + 1
                while e < s.count && s[e] != c { e += (s[e] == "\\" && c != "`") ? 2 : 1 }
                take(c == "`" ? .identifier : .string, e + 1)
            } else if c == "$" {
                var e = i + 1; while e < s.count && isIdentifier(s[e]) { e += 1 }; take(.parameter, e)
            } else if isDigit(c) {
                var e = i + 1
                while e < s.count && (isIdentifier(s[e]) || (s[e] == "." && at(e + 1).map(isDigit) == true)) { e += 1 }
                take(.number, e)
            } else if isIdentifier(c) {
                var e = i + 1; while e < s.count && isIdentifier(s[e]) { e += 1 }; take(.identifier, e)
            } else if c == " " || c == "\t" || c == "\n" || c == "\r" {
                var e = i + 1; while e < s.count && (s[e] == " " || s[e] == "\t" || s[e] == "\n" || s[e] == "\r") { e += 1 }
                take(.space, e)
            } else {
                take(.punctuation, i + 1)
            }
        }
        return tokens
    }

    /// True when `text` ends inside a string or a comment.
    static func endsInsideLiteral(_ text: String) -> Bool {
        guard let last = tokenize(text).last else { return false }
        switch last.kind {
        case .string:
            guard let q = last.text.unicodeScalars.first else { return false }
            return last.text.unicodeScalars.count < 2 || last.text.unicodeScalars.last != q
                || (last.text.hasSuffix("\\\(Character(q))") && !last.text.hasSuffix("\\\\\(Character(q))"))
        case .comment:
            return last.text.hasPrefix("//") || !last.text.hasSuffix("*/") || last.text.count < 4
        default: return false
        }
    }

    /// The innermost `(`, `[` or `{` still open at the end of `text` (nil at top level).
    static func innermostOpenBracket(_ text: String) -> Unicode.Scalar? {
        var stack: [Unicode.Scalar] = []
        for t in tokenize(text) where t.kind == .punctuation {
            guard let c = t.text.unicodeScalars.first else { continue }
            switch c {
            case "(", "[", "{": stack.append(c)
            case ")", "]", "}": if !stack.isEmpty { stack.removeLast() }
            case ";": stack.removeAll()
            default: break
            }
        }
        return stack.last
    }

    /// The labels (`(v:A:B`) and relationship types (`[v:T|U`) the statement gives `variable`.
    static func labelsOfVariable(_ variable: String, in text: String) -> (labels: [String], types: [String]) {
        let tokens = tokenize(text).filter { $0.kind != .space && $0.kind != .comment }
        var labels: [String] = [], types: [String] = []
        var i = 0
        while i + 1 < tokens.count {
            let open = tokens[i].text
            if (open == "(" || open == "[") && tokens[i + 1].kind == .identifier && tokens[i + 1].text == variable {
                var k = i + 2
                while k + 1 < tokens.count && (tokens[k].text == ":" || tokens[k].text == "|") && tokens[k + 1].kind == .identifier {
                    let name = tokens[k + 1].text.hasPrefix("`") ? String(tokens[k + 1].text.dropFirst().dropLast()) : tokens[k + 1].text
                    if open == "(" { labels.append(name) } else { types.append(name) }
                    k += 2
                }
                i = k
                continue
            }
            i += 1
        }
        return (labels, types)
    }

    /// Variables the statement binds so far: `(v`, `[v`, `AS v`, `p = (`. Only the statement
    /// after the last `;` counts.
    static func boundVariables(in text: String) -> [String] {
        var tokens = tokenize(text).filter { $0.kind != .space && $0.kind != .comment }
        if let semi = tokens.lastIndex(where: { $0.kind == .punctuation && $0.text == ";" }) {
            tokens = Array(tokens[(semi + 1)...])
        }
        var names: [String] = []
        func add(_ t: Token) {
            let n = t.text.hasPrefix("`") ? String(t.text.dropFirst().dropLast()) : t.text
            if !n.isEmpty && !Vocabulary.keywordSet.contains(n.uppercased()) && !names.contains(n) { names.append(n) }
        }
        // The last token is the word being typed; it binds nothing yet.
        let count = tokens.count - 1
        var i = 0
        while i < count {
            let t = tokens[i]
            let next = tokens[i + 1]
            if t.kind == .punctuation && (t.text == "(" || t.text == "[") && next.kind == .identifier && i + 2 <= count {
                let after = i + 2 < tokens.count ? tokens[i + 2].text : ""
                if [":", ")", "]", "{", "*", ""].contains(after) && i + 2 < tokens.count { add(next) }
            } else if t.kind == .identifier && t.text.uppercased() == "AS" && next.kind == .identifier && i + 1 < count {
                add(next)
            } else if t.kind == .identifier && next.text == "=" && i + 2 < tokens.count
                        && (tokens[i + 2].text == "(" || tokens[i + 2].text.lowercased().hasSuffix("shortestpath")) {
                add(t)
            }
            i += 1
        }
        return names
    }
}
