// MarkdownRenderer: the `markdown` format, a GitHub table; number columns right-aligned,
// `|` escaped, cells padded to display width so the source lines up too.
import QuiverSyntax

enum MarkdownRenderer {
    static func render(_ result: QueryResult, options: RenderOptions) -> String {
        let columns = result.columns
        guard !columns.isEmpty else { return "" }
        let shown = options.maxRows.map { max(0, $0) } ?? result.rows.count
        let rows = result.rows.prefix(shown).map { row in columns.indices.map { i in i < row.count ? row[i] : .null } }
        let texts = rows.map { $0.map { escape(CellText.of($0)) } }
        let header = columns.map(escape)
        var widths = header.map { max(3, DisplayWidth.of($0)) }
        for row in texts {
            for (i, t) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(t)) }
        }
        // A column is right-aligned when it holds numbers and only numbers or nulls.
        let numeric = columns.indices.map { i -> Bool in
            let values = rows.map { $0[i] }.filter { $0 != .null }
            return !values.isEmpty && values.allSatisfy(CellText.isNumber)
        }
        var out = line(header.enumerated().map { i, h in CellText.pad(h, to: widths[i]) })
        out += line(widths.enumerated().map { i, w in
            numeric[i] ? String(repeating: "-", count: w - 1) + ":" : String(repeating: "-", count: w)
        })
        for row in texts {
            out += line(row.enumerated().map { i, t in CellText.pad(t, to: widths[i], right: numeric[i]) })
        }
        let hidden = result.rows.count - rows.count
        // A blank line first: a text line right after a table would become a row.
        if hidden > 0 { out += "\n… \(hidden) more \(hidden == 1 ? "row" : "rows")\n" }
        return out
    }

    static func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    static func escape(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var out = ""
        for ch in text { out += ch == "|" ? "\\|" : String(ch) }
        return out
    }
}
