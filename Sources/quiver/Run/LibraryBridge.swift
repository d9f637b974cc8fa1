// LibraryBridge: the library features the CLI wants but the library may not have yet
// (schema, name search). Each degrades to plain Cypher until then; cancellation is the library's.
import Quiver
import QuiverSyntax

/// Labels, relationship types and property keys of the graph, for :schema, completion and hints.
struct SchemaSnapshot: Sendable {
    var labels: [(name: String, count: Int)] = []
    var relationshipTypes: [(name: String, count: Int)] = []
    /// Property keys with the value types seen (`STRING`, `INTEGER`, ...).
    var propertyKeys: [(name: String, types: [String])] = []

    /// Property keys seen on nodes of each label and on relationships of each type.
    var keysByLabel: [String: [String]] = [:]
    var keysByType: [String: [String]] = [:]

    var labelNames: [String] { labels.map(\.name) }
    var typeNames: [String] { relationshipTypes.map(\.name) }
    var keyNames: [String] { propertyKeys.map(\.name) }
}

enum LibraryBridge {
    /// The graph's schema, asked through Cypher until `Graph.schema()` exists.
    static func schema(_ session: Session) -> SchemaSnapshot {
        var s = SchemaSnapshot()
        func pairs(_ q: String) -> [(String, Int)] {
            guard let r = try? session.run(q) else { return [] }
            return r.rows.compactMap { row in
                guard row.count >= 2, case .string(let name) = row[0], case .int(let n) = row[1] else { return nil }
                return (name, Int(n))
            }
        }
        s.labels = pairs("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l").map { ($0.0, $0.1) }
        s.relationshipTypes = pairs("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t").map { ($0.0, $0.1) }
        s.propertyKeys = pairs("MATCH (n) UNWIND keys(n) AS k RETURN k, count(*) AS c ORDER BY k").map { ($0.0, []) }
        let relKeys = pairs("MATCH ()-[r]->() UNWIND keys(r) AS k RETURN k, count(*) AS c ORDER BY k").map(\.0)
        for k in relKeys where !s.propertyKeys.contains(where: { $0.name == k }) { s.propertyKeys.append((k, [])) }
        s.propertyKeys.sort { $0.name < $1.name }
        s.keysByLabel = grouped(session, "MATCH (n) UNWIND labels(n) AS l UNWIND keys(n) AS k RETURN DISTINCT l, k ORDER BY l, k")
        s.keysByType = grouped(session, "MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT type(r) AS t, k ORDER BY t, k")
        return s
    }

    /// Rows of two strings grouped by the first.
    private static func grouped(_ session: Session, _ query: String) -> [String: [String]] {
        guard let r = try? session.run(query) else { return [:] }
        var out: [String: [String]] = [:]
        for row in r.rows {
            guard row.count >= 2, case .string(let group) = row[0], case .string(let key) = row[1] else { continue }
            out[group, default: []].append(key)
        }
        return out
    }

    /// Nodes whose name, Chinese name or an alias contains `text`, asked through Cypher until
    /// `Graph.find(_:)` exists.
    static func find(_ text: String, session: Session) throws -> QueryResult {
        // Best first: an exact name, then a name that starts with the text, then the rest.
        let query = """
            MATCH (n)
            UNWIND coalesce(n.aliases, []) + [coalesce(n.name, ''), coalesce(n.name_zh, '')] AS term
            WITH n, toLower(toString(term)) AS t, toLower($text) AS q
            WHERE t CONTAINS q
            WITH n, min(CASE WHEN t = q THEN 0 WHEN t STARTS WITH q THEN 1 ELSE 2 END) AS rank
            RETURN labels(n) AS labels, n.name AS name, n.name_zh AS name_zh, n.aliases AS aliases
            ORDER BY rank, size(coalesce(name, '')), name
            """
        return try session.run(query, parameters: ["text": .string(text)])
    }

    /// Asks the running statement of `session` to stop (it fails with kind `.cancelled`).
    static func cancel(_ session: Session) {
        session.cancel()
    }
}
