// Conversions between Quiver's CypherValue and TCKValue: engine results become TCKValues
// for comparison (path hop directions come from relationship endpoints); parameters go back.
import Quiver

extension TCKValue {
    public init(_ value: CypherValue) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .float(d)
        case .string(let s): self = .string(s)
        case .list(let items): self = .list(items.map(TCKValue.init))
        case .map(let m): self = .map(m.mapValues(TCKValue.init))
        case .node(let n): self = .node(TCKNode(n))
        case .relationship(let r): self = .relationship(TCKRelationship(r))
        case .path(let p): self = .path(TCKPath(p))
        }
    }

    /// The value as a query parameter; graph elements cannot be parameters.
    public func cypherValue() throws -> CypherValue {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .double(d)
        case .string(let s): return .string(s)
        case .list(let items): return .list(try items.map { try $0.cypherValue() })
        case .map(let m): return .map(try m.mapValues { try $0.cypherValue() })
        case .node, .relationship, .path:
            throw TCKValueParseError(message: "a node, relationship or path cannot be a parameter: \(self)")
        }
    }
}

extension TCKNode {
    public init(_ n: Node) {
        self.init(labels: Set(n.labels), properties: n.properties.mapValues(TCKValue.init))
    }
}

extension TCKRelationship {
    public init(_ r: Relationship) {
        self.init(type: r.type, properties: r.properties.mapValues(TCKValue.init))
    }
}

extension TCKPath {
    /// Relationship i joins nodes i and i+1; it points forward when it starts at node i.
    public init(_ p: Path) {
        let start = p.nodes.first.map(TCKNode.init) ?? TCKNode(labels: [], properties: [:])
        var hops: [TCKHop] = []
        for (i, rel) in p.relationships.enumerated() {
            let from = i < p.nodes.count ? p.nodes[i] : nil
            let to = i + 1 < p.nodes.count ? p.nodes[i + 1] : nil
            let forward = from.map { rel.startId == $0.id } ?? true
            let node = to.map(TCKNode.init) ?? TCKNode(labels: [], properties: [:])
            hops.append(TCKHop(relationship: TCKRelationship(rel), forward: forward, node: node))
        }
        self.init(start: start, hops: hops)
    }
}
