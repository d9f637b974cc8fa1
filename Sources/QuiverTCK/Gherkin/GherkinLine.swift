// Line-level Gherkin syntax: keyword recognition, tag lines and data-table rows (with the
// cell escapes `\|`, `\\`, `\n`). The block structure is GherkinParser's job.

enum GherkinLine {
    /// Block headers, longest first so `Scenario Outline:` wins over `Scenario:`.
    enum Header: String, CaseIterable {
        case feature = "Feature:"
        case rule = "Rule:"
        case background = "Background:"
        case scenarioOutline = "Scenario Outline:"
        case scenarioTemplate = "Scenario Template:"
        case scenario = "Scenario:"
        case examples = "Examples:"
        case scenarios = "Scenarios:"
        case example = "Example:"
    }

    static let stepKeywords = ["Given", "When", "Then", "And", "But", "*"]

    static func trimmed(_ s: Substring) -> String {
        String(s.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
    }

    /// The header keyword of a trimmed line and the text after it.
    static func header(_ line: String) -> (Header, String)? {
        for h in Header.allCases where line.hasPrefix(h.rawValue) {
            return (h, trimmed(line.dropFirst(h.rawValue.count)))
        }
        return nil
    }

    /// The step keyword of a trimmed line and the step text.
    static func step(_ line: String) -> (String, String)? {
        for kw in stepKeywords where line.hasPrefix(kw) {
            let rest = line.dropFirst(kw.count)
            // The keyword must be a whole word: `Andrew` is not `And`.
            if let first = rest.first, first.isWhitespace { return (kw, trimmed(rest)) }
        }
        return nil
    }

    /// `@a @b # comment` -> ["@a", "@b"].
    static func tags(_ line: String, lineNumber: Int) throws -> [String] {
        var tags: [String] = []
        for token in line.split(whereSeparator: { $0.isWhitespace }) {
            if token.hasPrefix("#") { break }
            guard token.hasPrefix("@"), token.count > 1 else {
                throw GherkinError(line: lineNumber, message: "bad tag '\(token)'")
            }
            tags.append(String(token))
        }
        return tags
    }

    /// Splits a trimmed `| a | b |` row into cells: each raw cell is trimmed, then unescaped.
    static func tableRow(_ line: String, lineNumber: Int) throws -> [String] {
        var cells: [String] = []
        var current = ""
        var chars = line.makeIterator()
        guard chars.next() == "|" else { throw GherkinError(line: lineNumber, message: "table row must start with |") }
        // True right after a `|`: only whitespace may follow the last one.
        var closed = false
        while let ch = chars.next() {
            if ch == "\\" {
                // Keep the escape for now; it is undone after trimming.
                current.append(ch)
                if let next = chars.next() { current.append(next) }
            } else if ch == "|" {
                cells.append(unescapeCell(trimmed(Substring(current))))
                current = ""
                closed = true
            } else {
                current.append(ch)
                closed = false
            }
        }
        if !closed && !current.allSatisfy({ $0.isWhitespace }) {
            throw GherkinError(line: lineNumber, message: "table row must end with |")
        }
        return cells
    }

    /// Gherkin table escapes: `\|` -> `|`, `\\` -> `\`, `\n` -> newline; others stay as written.
    static func unescapeCell(_ s: String) -> String {
        var out = ""
        var it = s.makeIterator()
        while let ch = it.next() {
            guard ch == "\\" else { out.append(ch); continue }
            guard let next = it.next() else { out.append(ch); break }
            switch next {
            case "|": out.append("|")
            case "\\": out.append("\\")
            case "n": out.append("\n")
            default: out.append(ch); out.append(next)
            }
        }
        return out
    }
}
