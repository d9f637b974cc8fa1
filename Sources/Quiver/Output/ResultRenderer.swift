// ResultRenderer: the one entry point that turns a QueryResult (or a QuiverError) into the
// text the CLI prints, in any OutputFormat.
import QuiverSyntax

public enum ResultRenderer {
    /// The text for stdout (ends with a newline unless empty). A result of kind `.empty`
    /// (no RETURN) renders as nothing in every format; the caller prints `stats.summary`.
    public static func render(_ result: QueryResult, format: OutputFormat, options: RenderOptions) -> String {
        if result.kind == .empty { return "" }
        switch format {
        case .table: return TableRenderer.render(result, options: options)
        case .csv: return CSVRenderer.render(result)
        case .markdown: return MarkdownRenderer.render(result, options: options)
        case .json:
            if result.rows.isEmpty { return "[]\n" }
            let rows = result.rows.map { JSONWriter.row(columns: result.columns, values: $0) }
            return "[\n" + rows.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
        case .jsonl:
            return result.rows.map { JSONWriter.row(columns: result.columns, values: $0) + "\n" }.joined()
        }
    }

    /// One-line JSON object for an error:
    /// `{"kind":..,"detail":..,"message":..,"line":..,"column":..,"source":..}` (null when
    /// unknown), plus `"hint"` when the error has one.
    public static func errorJSON(_ error: QuiverError) -> String {
        func opt(_ s: String?) -> String { s.map(JSONWriter.string) ?? "null" }
        func opt(_ i: Int?) -> String { i.map(String.init) ?? "null" }
        var out = "{\"kind\":" + JSONWriter.string(error.kind.rawValue)
        out += ",\"detail\":" + opt(error.detail)
        out += ",\"message\":" + JSONWriter.string(error.message)
        out += ",\"line\":" + opt(error.line)
        out += ",\"column\":" + opt(error.column)
        out += ",\"source\":" + opt(error.sourceName)
        if let hint = error.hint { out += ",\"hint\":" + JSONWriter.string(hint) }
        return out + "}"
    }
}
