// TCKValue: a value as the TCK writes it in result and parameter tables. Nodes and
// relationships have no identity (only labels/type and properties); paths keep directions.

public indirect enum TCKValue: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
    case list([TCKValue])
    case map([String: TCKValue])
    case node(TCKNode)
    case relationship(TCKRelationship)
    case path(TCKPath)
}

public struct TCKNode: Sendable {
    public var labels: Set<String>
    public var properties: [String: TCKValue]
    public init(labels: Set<String>, properties: [String: TCKValue]) {
        self.labels = labels; self.properties = properties
    }
}

public struct TCKRelationship: Sendable {
    public var type: String
    public var properties: [String: TCKValue]
    public init(type: String, properties: [String: TCKValue]) {
        self.type = type; self.properties = properties
    }
}

/// One step of a path: the relationship, whether it points along the path, and the node reached.
public struct TCKHop: Sendable {
    public var relationship: TCKRelationship
    /// True for `-[...]->`, false for `<-[...]-`.
    public var forward: Bool
    public var node: TCKNode
    public init(relationship: TCKRelationship, forward: Bool, node: TCKNode) {
        self.relationship = relationship; self.forward = forward; self.node = node
    }
}

public struct TCKPath: Sendable {
    public var start: TCKNode
    public var hops: [TCKHop]
    public init(start: TCKNode, hops: [TCKHop]) { self.start = start; self.hops = hops }
}
