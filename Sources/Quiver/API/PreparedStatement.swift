// PreparedStatement: one statement parsed once and run many times with different parameters
// (`let st = try session.compile(q); for p in ps { try st.run(parameters: p) }`).
import QuiverSyntax

extension Session {
    /// Parses `query` (exactly one statement; a trailing `;` is allowed) for repeated runs.
    /// A syntax error is thrown here, located in `query`.
    public func compile(_ query: String, name: String = "<query>") throws -> PreparedStatement {
        let source = SourceText(query, name: name)
        do {
            return PreparedStatement(session: self, source: source, statement: try Parser.parseStatement(source))
        } catch let e as QuiverError {
            throw e.located(in: source)
        }
    }
}

/// A parsed statement bound to its Session. Each run plans against the graph as it is then (so
/// it sees writes made since), with the session's options and host functions.
public struct PreparedStatement: Sendable {
    public let session: Session
    public let source: SourceText
    public let statement: Statement

    /// The statement's text.
    public var text: String { source.text }

    /// Runs the statement; `parameters` override the session's.
    @discardableResult
    public func run(parameters: [String: CypherValue] = [:]) throws -> QueryResult {
        session.cancelToken.reset()
        return try session.execute(statement, source: source, parameters: parameters)
    }

    /// The program the statement compiles to with these parameters (a result of kind `.explain`).
    public func explain(parameters: [String: CypherValue] = [:]) throws -> QueryResult {
        var stmt = statement
        // COPY has no program: the engine would run the import instead of listing it.
        for case .copy(let c) in stmt.clauses {
            throw QuiverError(.unsupportedFeature, "COPY has no program to explain", detail: "EXPLAIN COPY", span: c.span).located(in: source)
        }
        stmt.mode = .explain
        return try session.execute(stmt, source: source, parameters: parameters)
    }
}
