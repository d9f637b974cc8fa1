// Swift literals as CypherValues (parameters written inline: `["name": "NVIDIA", "n": 3]`) and
// small accessors: the openCypher type name of a value and its payload when it has that type.

extension CypherValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: CypherValue...) { self = .list(elements) }
    /// A repeated key keeps its last value (as in a Cypher map literal).
    public init(dictionaryLiteral elements: (String, CypherValue)...) {
        var m: [String: CypherValue] = [:]
        for (k, v) in elements { m[k] = v }
        self = .map(m)
    }
}

extension CypherValue {
    /// The openCypher name of the value's type, as error messages write it.
    public var typeName: String {
        switch self {
        case .null: return "Null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .double: return "Float"
        case .string: return "String"
        case .list: return "List"
        case .map: return "Map"
        case .node: return "Node"
        case .relationship: return "Relationship"
        case .path: return "Path"
        }
    }

    public var isNull: Bool { if case .null = self { return true }; return false }

    /// The element of a list, the value of a map key, or the property of a node or relationship;
    /// `.null` when there is none (as in Cypher).
    public subscript(_ index: Int) -> CypherValue {
        guard case .list(let xs) = self, index >= 0, index < xs.count else { return .null }
        return xs[index]
    }

    public subscript(_ key: String) -> CypherValue {
        switch self {
        case .map(let m): return m[key] ?? .null
        case .node(let n): return n.properties[key] ?? .null
        case .relationship(let r): return r.properties[key] ?? .null
        default: return .null
        }
    }
}

extension Node {
    /// A property, or `.null` when the node has none by that name.
    public subscript(_ key: String) -> CypherValue { properties[key] ?? .null }
}

extension Relationship {
    /// A property, or `.null` when the relationship has none by that name.
    public subscript(_ key: String) -> CypherValue { properties[key] ?? .null }
}
