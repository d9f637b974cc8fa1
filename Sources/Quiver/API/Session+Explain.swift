// EXPLAIN from the API: the bytecode program a query compiles to, as a result (kind .explain,
// one row per instruction) or as the text table the CLI prints.

extension Session {
    /// The program `query` (one statement) compiles to; nothing runs. `EXPLAIN` in the text is
    /// not needed. A statement written with PROFILE is explained, not run.
    public func explain(_ query: String, parameters: [String: CypherValue] = [:]) throws -> QueryResult {
        try compile(query).explain(parameters: parameters)
    }

    /// The listing of `explain(query)` as a text table.
    public func explainText(_ query: String, parameters: [String: CypherValue] = [:]) throws -> String {
        var options = RenderOptions()
        options.footer = false
        return ResultRenderer.render(try explain(query, parameters: parameters), format: .table, options: options)
    }
}
