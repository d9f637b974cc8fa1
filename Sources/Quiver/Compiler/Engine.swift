import QuiverSyntax
// Placeholder: replaced by the compiler + VM entry.
enum Engine {
    static func execute(_ stmt: Statement, source: SourceText, graph: Graph, parameters: [String: CypherValue], options: SessionOptions) throws -> QueryResult {
        throw QuiverError(.unsupportedFeature, "engine not built yet")
    }
}
