// Conversions between the engine's Value (ids into the store) and the public CypherValue
// (self-contained nodes, relationships and paths).

extension Value {
    init(cypher v: CypherValue) {
        switch v {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .list(let xs): self = .list(xs.map { Value(cypher: $0) })
        case .map(let m): self = .map(m.mapValues { Value(cypher: $0) })
        case .node(let n): self = .node(n.id)
        case .relationship(let r): self = .rel(r.id)
        case .path(let p): self = .path(PathValue(nodes: p.nodes.map { $0.id }, rels: p.relationships.map { $0.id }))
        }
    }

    /// The API value of a value that holds no node, relationship or path (nil otherwise):
    /// such values convert without the store.
    func scalarCypher() -> CypherValue? {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .list(let xs):
            var out: [CypherValue] = []
            out.reserveCapacity(xs.count)
            for x in xs { guard let c = x.scalarCypher() else { return nil }; out.append(c) }
            return .list(out)
        case .map(let m):
            var out: [String: CypherValue] = [:]
            for (k, v) in m { guard let c = v.scalarCypher() else { return nil }; out[k] = c }
            return .map(out)
        case .node, .rel, .path: return nil
        }
    }

    func cypher(_ store: GraphStore) -> CypherValue {
        switch self {
        case .null, .bool, .int, .double, .string: return scalarCypher() ?? .null
        case .list(let xs): return .list(xs.map { $0.cypher(store) })
        case .map(let m): return .map(m.mapValues { $0.cypher(store) })
        case .node(let n): return .node(store.publicNode(n))
        case .rel(let r): return .relationship(store.publicRelationship(r))
        case .path(let p):
            return .path(Path(nodes: p.nodes.map { store.publicNode($0) }, relationships: p.rels.map { store.publicRelationship($0) }))
        }
    }
}

extension GraphStore {
    func publicNode(_ n: Int) -> Node {
        guard n >= 0 && n < nodeCount else { return Node(id: n, labels: [], properties: [:]) }
        return Node(id: n, labels: labelsOf(n).map { labels.names[Int($0)] },
                    properties: nodeProperties(n).mapValues { $0.cypher(self) })
    }

    func publicRelationship(_ r: Int) -> Relationship {
        guard r >= 0 && r < relationshipCount else { return Relationship(id: r, type: "", startId: -1, endId: -1, properties: [:]) }
        return Relationship(id: r, type: types.names[Int(relType[r])], startId: Int(relSrc[r]), endId: Int(relDst[r]),
                            properties: relProperties(r).mapValues { $0.cypher(self) })
    }
}
