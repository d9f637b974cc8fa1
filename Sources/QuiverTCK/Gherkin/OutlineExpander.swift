// OutlineExpander: turns a parsed scenario into runnable ones. A Scenario Outline yields one
// scenario per Examples row, with `<name>` placeholders replaced in name, steps and tables.

enum OutlineExpander {
    static func expand(_ raw: GherkinParser.RawScenario) throws -> [Scenario] {
        guard raw.isOutline else {
            return [Scenario(name: raw.name, line: raw.line, tags: raw.tags, steps: raw.background + raw.steps)]
        }
        var out: [Scenario] = []
        for examples in raw.examples {
            guard let table = examples.table, let header = table.rows.first else { continue }
            for (row, line) in zip(table.rows.dropFirst(), table.lines.dropFirst()) {
                var values: [String: String] = [:]
                for (key, value) in zip(header, row) { values[key] = value }
                let steps = raw.steps.map { substitute($0, values) }
                out.append(Scenario(name: substitute(raw.name, values), line: line,
                                    tags: raw.tags + examples.tags, steps: raw.background + steps))
            }
        }
        return out
    }

    static func substitute(_ step: Step, _ values: [String: String]) -> Step {
        var s = step
        s.text = substitute(step.text, values)
        switch step.argument {
        case .docString(let doc): s.argument = .docString(substitute(doc, values))
        case .table(let t):
            s.argument = .table(DataTable(rows: t.rows.map { $0.map { substitute($0, values) } }, lines: t.lines))
        case nil: break
        }
        return s
    }

    /// Replaces each `<name>` whose name is an Examples column, in one pass (a value that
    /// itself contains `<other>` is not substituted again).
    static func substitute(_ text: String, _ values: [String: String]) -> String {
        guard text.contains("<") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            out += rest[rest.startIndex..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: ">"),
               let value = values[String(rest[afterOpen..<close])] {
                out += value
                rest = rest[rest.index(after: close)...]
            } else {
                out.append("<")
                rest = rest[afterOpen...]
            }
        }
        out += rest
        return out
    }
}
