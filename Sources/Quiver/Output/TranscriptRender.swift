// TranscriptRender: the expected-block body of one statement outcome, as docs/testing.md
// defines it: a `| col |` table of TCK literals and a row count, the change summary, or
// `error: Kind at LINE:COL: message`.
import QuiverSyntax

enum TranscriptRender {
    static func body(_ outcome: StatementOutcome) -> String {
        var lines: [String]
        switch outcome.result {
        case .failure(let error):
            lines = [errorLine(error)]
        case .success(let result):
            lines = []
            if result.kind != .empty { lines += table(result) }
            if !result.stats.isEmpty { lines.append(result.stats.summary) }
            if lines.isEmpty { lines = ["(no changes)"] }
        }
        // A `*/` inside the text would end the comment block early.
        return lines.joined(separator: "\n").replacingAll("*/", with: "*\\/")
    }

    static func errorLine(_ error: QuiverError) -> String {
        var text = "error: " + error.kind.rawValue
        if let line = error.line, let column = error.column { text += " at \(line):\(column)" }
        return text + ": " + error.message
    }

    /// Header, one line per row (cells padded to the column's display width), row count.
    static func table(_ result: QueryResult) -> [String] {
        let count = "(\(result.rows.count) \(result.rows.count == 1 ? "row" : "rows"))"
        guard !result.columns.isEmpty else { return [count] }
        let cells = result.rows.map { row in result.columns.indices.map { i in (i < row.count ? row[i] : .null).literal } }
        var widths = result.columns.map { DisplayWidth.of($0) }
        for row in cells {
            for (i, c) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], DisplayWidth.of(c)) }
        }
        func line(_ texts: [String]) -> String {
            "| " + texts.enumerated().map { i, t in CellText.pad(t, to: widths[i]) }.joined(separator: " | ") + " |"
        }
        return [line(result.columns)] + cells.map(line) + [count]
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound] + replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
