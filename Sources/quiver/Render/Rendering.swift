// Rendering: the CLI's one door to result output. It picks the format and the options
// (width, row limit, colour) and hands over to the library's ResultRenderer.
import Quiver
import QuiverSyntax

/// The output formats of `--format` and `:format`.
typealias OutputFormatName = OutputFormat

extension OutputFormat {
    /// Errors are JSON objects on stderr in the machine formats.
    var errorsAsJSON: Bool { self == .json || self == .jsonl }
}

struct RenderSettings: Sendable {
    var format: OutputFormat = .table
    /// Rows shown before the rest is elided (nil: all).
    var maxRows: Int?
    /// Terminal width the table must fit in (nil: no limit).
    var width: Int?
    var color = false
}

enum Rendering {
    static func render(_ result: QueryResult, _ settings: RenderSettings) -> String {
        var options = RenderOptions()
        options.color = settings.color
        options.maxWidth = settings.width
        options.maxRows = settings.maxRows
        return ResultRenderer.render(result, format: settings.format, options: options)
    }

    static func errorJSON(_ error: QuiverError) -> String {
        ResultRenderer.errorJSON(error)
    }

    /// A value as a Cypher literal (`'text'`, `[1, 2]`, `(:L {k: 1})`).
    static func literal(_ value: CypherValue) -> String { value.literal }
}
