// Parameters from an Encodable: the properties of a struct (or the entries of a dictionary)
// become the statement's parameters: `session.run(q, parametersFrom: Filter(name: "NVIDIA"))`.

extension Session {
    @discardableResult
    public func run<P: Encodable>(_ query: String, parametersFrom parameters: P) throws -> QueryResult {
        try run(query, parameters: try Session.parameterMap(parameters))
    }

    static func parameterMap<P: Encodable>(_ parameters: P) throws -> [String: CypherValue] {
        let v = try CypherValue.encode(parameters)
        guard case .map(let m) = v else {
            throw QuiverError(.apiError, "parameters must encode as a map (a struct or a dictionary), got \(v.typeName)", detail: "TypeMismatch")
        }
        return m
    }
}

extension PreparedStatement {
    @discardableResult
    public func run<P: Encodable>(parametersFrom parameters: P) throws -> QueryResult {
        try run(parameters: try Session.parameterMap(parameters))
    }
}
