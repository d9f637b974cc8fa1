// Highlighter: colours a statement for the echo after it is entered: keywords, functions,
// strings, numbers, parameters and comments (libedit cannot colour while you type).

enum Highlighter {
    static func highlight(_ text: String) -> String {
        var out = ""
        let tokens = CypherTokens.tokenize(text)
        for (i, t) in tokens.enumerated() {
            switch t.kind {
            case .identifier:
                let next = tokens.dropFirst(i + 1).first { $0.kind != .space }
                if Vocabulary.keywordSet.contains(t.text.uppercased()) { out += Style.bold.wrap(Style.blue.wrap(t.text)) }
                else if next?.text == "(" { out += Style.cyan.wrap(t.text) }
                else { out += t.text }
            case .string: out += Style.green.wrap(t.text)
            case .number: out += Style.magenta.wrap(t.text)
            case .parameter: out += Style.yellow.wrap(t.text)
            case .comment: out += Style.dim.wrap(t.text)
            case .punctuation, .space: out += t.text
            }
        }
        return out
    }
}
