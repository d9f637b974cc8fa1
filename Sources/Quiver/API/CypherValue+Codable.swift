// Codable conformances of CypherValue, Node, Relationship and Path, so structs that hold them
// decode from results and encode into parameters. With CypherDecoder/CypherEncoder they pass
// through unchanged; with other coders (JSON, ...) they use a plain form: values as themselves,
// a node as {id, labels, properties}, a relationship as {id, type, startId, endId, properties}.

extension CypherValue: Codable {
    public init(from decoder: Decoder) throws {
        if let d = decoder as? CypherValueDecoder {
            // A whole row of several columns reads as the map of its columns.
            if let row = d.row, row.columns.count != 1 { self = d.value } else { self = try d.single().0 }
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int64.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let xs = try? c.decode([CypherValue].self) { self = .list(xs) }
        else if let m = try? c.decode([String: CypherValue].self) { self = .map(m) }
        else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a value Quiver can hold")
        }
    }

    public func encode(to encoder: Encoder) throws {
        if let e = encoder as? CypherValueEncoder { e.slot.value = self; return }
        switch self {
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .int(let i): var c = encoder.singleValueContainer(); try c.encode(i)
        case .double(let d): var c = encoder.singleValueContainer(); try c.encode(d)
        case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .list(let xs): var c = encoder.singleValueContainer(); try c.encode(xs)
        case .map(let m): var c = encoder.singleValueContainer(); try c.encode(m)
        case .node(let n): try n.encode(to: encoder)
        case .relationship(let r): try r.encode(to: encoder)
        case .path(let p): try p.encode(to: encoder)
        }
    }
}

/// A node, relationship or path read through CypherDecoder: the value itself, or a mismatch.
private func entity<T>(_ decoder: Decoder, _ name: String, _ pick: (CypherValue) -> T?) throws -> T? {
    guard let d = decoder as? CypherValueDecoder else { return nil }
    let (v, path) = try d.single()
    guard let x = pick(v) else { throw d.mismatch(name, v, path) }
    return x
}

extension Node: Codable {
    private enum Keys: String, CodingKey { case id, labels, properties }

    public init(from decoder: Decoder) throws {
        if let n = try entity(decoder, "Node", { v -> Node? in if case .node(let n) = v { return n }; return nil }) { self = n; return }
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(id: try c.decode(Int.self, forKey: .id), labels: try c.decode([String].self, forKey: .labels),
                  properties: try c.decode([String: CypherValue].self, forKey: .properties))
    }

    public func encode(to encoder: Encoder) throws {
        if let e = encoder as? CypherValueEncoder { e.slot.value = .node(self); return }
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(labels, forKey: .labels)
        try c.encode(properties, forKey: .properties)
    }
}

extension Relationship: Codable {
    private enum Keys: String, CodingKey { case id, type, startId, endId, properties }

    public init(from decoder: Decoder) throws {
        if let r = try entity(decoder, "Relationship", { v -> Relationship? in if case .relationship(let r) = v { return r }; return nil }) {
            self = r; return
        }
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(id: try c.decode(Int.self, forKey: .id), type: try c.decode(String.self, forKey: .type),
                  startId: try c.decode(Int.self, forKey: .startId), endId: try c.decode(Int.self, forKey: .endId),
                  properties: try c.decode([String: CypherValue].self, forKey: .properties))
    }

    public func encode(to encoder: Encoder) throws {
        if let e = encoder as? CypherValueEncoder { e.slot.value = .relationship(self); return }
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(type, forKey: .type)
        try c.encode(startId, forKey: .startId)
        try c.encode(endId, forKey: .endId)
        try c.encode(properties, forKey: .properties)
    }
}

extension Path: Codable {
    private enum Keys: String, CodingKey { case nodes, relationships }

    public init(from decoder: Decoder) throws {
        if let p = try entity(decoder, "Path", { v -> Path? in if case .path(let p) = v { return p }; return nil }) { self = p; return }
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(nodes: try c.decode([Node].self, forKey: .nodes), relationships: try c.decode([Relationship].self, forKey: .relationships))
    }

    public func encode(to encoder: Encoder) throws {
        if let e = encoder as? CypherValueEncoder { e.slot.value = .path(self); return }
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(relationships, forKey: .relationships)
    }
}
