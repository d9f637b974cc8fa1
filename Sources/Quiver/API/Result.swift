// QueryResult: what one statement returns: column names, rows of CypherValues, the counts
// of what it changed, and (for EXPLAIN/PROFILE) the program listing.

public struct UpdateStats: Sendable, Hashable {
    public var nodesCreated = 0
    public var relationshipsCreated = 0
    public var propertiesSet = 0
    /// New distinct label names the graph did not have before.
    public var labelsAdded = 0
    public init() {}
    public var isEmpty: Bool { nodesCreated == 0 && relationshipsCreated == 0 && propertiesSet == 0 && labelsAdded == 0 }

    /// `created 3 nodes, 2 relationships, 5 properties` (empty when nothing changed).
    public var summary: String {
        var parts: [String] = []
        func add(_ n: Int, _ one: String, _ many: String) { if n > 0 { parts.append("\(n) \(n == 1 ? one : many)") } }
        add(nodesCreated, "node", "nodes")
        add(relationshipsCreated, "relationship", "relationships")
        add(propertiesSet, "property", "properties")
        add(labelsAdded, "label", "labels")
        return parts.isEmpty ? "" : "created " + parts.joined(separator: ", ")
    }
}

public struct QueryResult: Sendable {
    public enum Kind: Sendable, Equatable {
        /// A query with RETURN.
        case rows
        /// A statement without RETURN (only side effects): no columns, no rows.
        case empty
        /// EXPLAIN: the rows are the program listing.
        case explain
        /// PROFILE: the rows are the listing with counts; `profiledResult` holds the query's own rows.
        case profile
    }
    public var kind: Kind
    public var columns: [String]
    public var rows: [[CypherValue]]
    public var stats: UpdateStats
    /// Wall time of the statement (compile and run), in seconds.
    public var elapsed: Double
    public init(kind: Kind, columns: [String], rows: [[CypherValue]], stats: UpdateStats = UpdateStats(), elapsed: Double = 0) {
        self.kind = kind; self.columns = columns; self.rows = rows; self.stats = stats; self.elapsed = elapsed
    }
}
