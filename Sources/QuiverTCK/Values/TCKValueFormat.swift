// TCKValueFormat: writes a TCKValue the way the TCK tables do (for failure messages), with
// map keys and labels sorted so the text is deterministic, and newlines shown as `\n`.
import Quiver

extension TCKValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return TCKValue.format(d)
        case .string(let s): return TCKValue.quote(s)
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .map(let m): return TCKValue.format(m)
        case .node(let n): return n.description
        case .relationship(let r): return r.description
        case .path(let p): return p.description
        }
    }

    static func format(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "Inf" }
        return String(d)
    }

    /// A string as the TCK writes it (Quiver's literal form).
    static func quote(_ s: String) -> String { CypherValue.string(s).literal }

    static func format(_ m: [String: TCKValue]) -> String {
        "{" + m.keys.sorted().map { key in "\(key): \(m[key]?.description ?? "null")" }.joined(separator: ", ") + "}"
    }
}

extension TCKNode: CustomStringConvertible {
    public var description: String {
        let labels = self.labels.sorted().map { ":" + $0 }.joined()
        if properties.isEmpty { return "(\(labels))" }
        return "(\(labels)\(labels.isEmpty ? "" : " ")\(TCKValue.format(properties)))"
    }
}

extension TCKRelationship: CustomStringConvertible {
    public var description: String {
        properties.isEmpty ? "[:\(type)]" : "[:\(type) \(TCKValue.format(properties))]"
    }
}

extension TCKPath: CustomStringConvertible {
    public var description: String {
        var out = "<" + start.description
        for hop in hops {
            out += hop.forward ? "-\(hop.relationship)->" : "<-\(hop.relationship)-"
            out += hop.node.description
        }
        return out + ">"
    }
}
