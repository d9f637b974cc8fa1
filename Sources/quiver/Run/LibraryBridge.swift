// LibraryBridge: the library's schema and name search in the shapes the shell uses
// (:schema, completion, hints, :find), and statement cancellation.
import Quiver
import QuiverSyntax

/// Labels, relationship types and property keys of the graph, for :schema, completion and hints.
struct SchemaSnapshot: Sendable {
    var labels: [(name: String, count: Int)] = []
    var relationshipTypes: [(name: String, count: Int)] = []
    /// Property keys of nodes and relationships with the value types seen (`STRING`, `INTEGER`, ...).
    var propertyKeys: [(name: String, types: [String])] = []
    /// Property keys seen on nodes of each label and on relationships of each type.
    var keysByLabel: [String: [String]] = [:]
    var keysByType: [String: [String]] = [:]

    var labelNames: [String] { labels.map(\.name) }
    var typeNames: [String] { relationshipTypes.map(\.name) }
    var keyNames: [String] { propertyKeys.map(\.name) }
}

enum LibraryBridge {
    static func schema(_ session: Session) -> SchemaSnapshot {
        let g = session.graph.schema()
        var s = SchemaSnapshot()
        s.labels = g.labels.map { ($0.name, $0.count) }
        s.relationshipTypes = g.relationshipTypes.map { ($0.name, $0.count) }
        var types: [String: Set<String>] = [:]
        for k in g.nodeKeys + g.relationshipKeys { types[k.name, default: []].formUnion(k.types) }
        s.propertyKeys = types.keys.sorted().map { ($0, (types[$0] ?? []).sorted()) }
        s.keysByLabel = g.keysByLabel
        s.keysByType = g.keysByType
        return s
    }

    /// Nodes whose name, Chinese name or an alias contains `text`, best first, as rows.
    static func find(_ text: String, session: Session) -> QueryResult {
        let rows: [[CypherValue]] = session.graph.find(text).map { n in
            [.list(n.labels.map { .string($0) }), n.properties["name"] ?? .null,
             n.properties["name_zh"] ?? .null, n.properties["aliases"] ?? .null]
        }
        return QueryResult(kind: .rows, columns: ["labels", "name", "name_zh", "aliases"], rows: rows)
    }

    /// Asks the running statement of `session` to stop (it fails with kind `.cancelled`).
    static func cancel(_ session: Session) {
        session.cancel()
    }
}
