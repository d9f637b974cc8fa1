// TableRenderer: the box-drawing table of the `table` format, with display-width columns
// (CJK lines up), right-aligned numbers, colour, column shrinking, a row cap and a footer.
import QuiverSyntax

enum TableRenderer {
    static func render(_ result: QueryResult, options: RenderOptions) -> String {
        let columns = result.columns
        let shown = options.maxRows.map { max(0, $0) } ?? result.rows.count
        let rows = Array(result.rows.prefix(shown))
        let hidden = result.rows.count - rows.count
        var out = ""
        if !columns.isEmpty {
            let cells = rows.map { row in columns.indices.map { i in i < row.count ? row[i] : .null } }
            let texts = cells.map { $0.map(CellText.of) }
            var natural = columns.map { max(1, DisplayWidth.of($0)) }
            for row in texts {
                for (i, t) in row.enumerated() where i < natural.count { natural[i] = max(natural[i], DisplayWidth.of(t)) }
            }
            var widths = natural
            if let maxWidth = options.maxWidth {
                widths = CellText.fit(natural, budget: maxWidth - (3 * columns.count + 1))
            }
            out += border("┌", "┬", "┐", widths)
            let header = columns.enumerated().map { i, name -> String in
                let text = CellText.pad(CellText.truncate(name, to: widths[i]), to: widths[i])
                return options.color ? ANSIStyle.wrap(text, ANSIStyle.bold) : text
            }
            out += line(header)
            out += border("├", "┼", "┤", widths)
            for (r, row) in cells.enumerated() {
                let parts = row.enumerated().map { i, value -> String in
                    let cut = CellText.truncate(texts[r][i], to: widths[i])
                    let colored = options.color ? ANSIStyle.wrap(cut, ANSIStyle.code(for: value)) : cut
                    let gap = String(repeating: " ", count: max(0, widths[i] - DisplayWidth.of(cut)))
                    return CellText.isNumber(value) ? gap + colored : colored + gap
                }
                out += line(parts)
            }
            out += border("└", "┴", "┘", widths)
        }
        if hidden > 0 {
            let note = "… \(hidden) more \(hidden == 1 ? "row" : "rows")"
            out += (options.color ? ANSIStyle.wrap(note, ANSIStyle.dim) : note) + "\n"
        }
        if options.footer { out += footer(rowCount: result.rows.count, elapsed: options.elapsed) + "\n" }
        return out
    }

    static func border(_ left: String, _ mid: String, _ right: String, _ widths: [Int]) -> String {
        left + widths.map { String(repeating: "─", count: $0 + 2) }.joined(separator: mid) + right + "\n"
    }

    static func line(_ cells: [String]) -> String {
        "│ " + cells.joined(separator: " │ ") + " │\n"
    }

    /// `(3 rows)`, `(1 row, 1.2 ms)`, `(0 rows, 2.35 s)`.
    static func footer(rowCount: Int, elapsed: Double?) -> String {
        var text = "(\(rowCount) \(rowCount == 1 ? "row" : "rows")"
        if let elapsed { text += ", " + duration(elapsed) }
        return text + ")"
    }

    /// Milliseconds with one decimal below a second, else seconds with two.
    static func duration(_ seconds: Double) -> String {
        let s = seconds.isFinite ? max(0, seconds) : 0
        if s < 1 {
            let tenths = Int((s * 10_000).rounded())
            return "\(tenths / 10).\(tenths % 10) ms"
        }
        let hundredths = Int((min(s, 1e12) * 100).rounded())
        let frac = hundredths % 100
        return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac) s"
    }
}
