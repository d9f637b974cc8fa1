// CypherValue: the public, self-contained form of every value a query returns. Nodes,
// relationships and paths carry their labels, types and properties, so a result stays
// readable after the graph changes.

public struct Node: Sendable, Hashable {
    public let id: Int
    public let labels: [String]
    public let properties: [String: CypherValue]
    public init(id: Int, labels: [String], properties: [String: CypherValue]) {
        self.id = id; self.labels = labels; self.properties = properties
    }
}

public struct Relationship: Sendable, Hashable {
    public let id: Int
    public let type: String
    public let startId: Int
    public let endId: Int
    public let properties: [String: CypherValue]
    public init(id: Int, type: String, startId: Int, endId: Int, properties: [String: CypherValue]) {
        self.id = id; self.type = type; self.startId = startId; self.endId = endId; self.properties = properties
    }
}

/// `nodes.count == relationships.count + 1`; relationship i joins nodes i and i+1 (in either direction).
public struct Path: Sendable, Hashable {
    public let nodes: [Node]
    public let relationships: [Relationship]
    public init(nodes: [Node], relationships: [Relationship]) {
        self.nodes = nodes; self.relationships = relationships
    }
}

public enum CypherValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list([CypherValue])
    case map([String: CypherValue])
    case node(Node)
    case relationship(Relationship)
    case path(Path)
}
