// OutputFormat and RenderOptions: the choices a caller (CLI, REPL, tests) makes when turning
// a QueryResult into text.

/// The text forms a result can be printed in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, jsonl, markdown
}

/// How to render: colour, terminal width, row cap and footer.
public struct RenderOptions: Sendable {
    /// ANSI colours (null dimmed, numbers, strings); the table format only. Off unless the caller asks.
    public var color = false
    /// Terminal width: a wider table shrinks its columns, cutting long cells with "…".
    public var maxWidth: Int? = nil
    /// Rows beyond this are cut, with a "… N more rows" line (table and markdown).
    public var maxRows: Int? = nil
    /// Table: the "(N rows)" footer (with the time when `elapsed` is set).
    public var footer = true
    /// Seconds, shown in the table footer when set.
    public var elapsed: Double? = nil
    public init() {}
}
