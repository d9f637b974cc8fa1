// CypherValueConvertible: the Swift types a CypherValue converts to and from without a Decoder:
// what row reads (`row["name"]`) and typed host functions (`register("f") { (s: String) in }`) use.

/// A Swift type with a direct CypherValue form. `init?(cypherValue:)` returns nil when the value
/// has another type; `cypherTypeName` names the expected type in error messages.
public protocol CypherValueConvertible: Sendable {
    init?(cypherValue: CypherValue)
    var cypherValue: CypherValue { get }
    static var cypherTypeName: String { get }
}

extension CypherValue: CypherValueConvertible {
    public init?(cypherValue: CypherValue) { self = cypherValue }
    public var cypherValue: CypherValue { self }
    public static var cypherTypeName: String { "Any" }
}

extension Int: CypherValueConvertible {
    public init?(cypherValue v: CypherValue) {
        guard case .int(let i) = v, let x = Int(exactly: i) else { return nil }
        self = x
    }
    public var cypherValue: CypherValue { .int(Int64(self)) }
    public static var cypherTypeName: String { "Integer" }
}

extension Int64: CypherValueConvertible {
    public init?(cypherValue v: CypherValue) {
        guard case .int(let i) = v else { return nil }
        self = i
    }
    public var cypherValue: CypherValue { .int(self) }
    public static var cypherTypeName: String { "Integer" }
}

extension Double: CypherValueConvertible {
    /// Integers convert too (Cypher mixes them freely in arithmetic).
    public init?(cypherValue v: CypherValue) {
        switch v {
        case .double(let d): self = d
        case .int(let i): self = Double(i)
        default: return nil
        }
    }
    public var cypherValue: CypherValue { .double(self) }
    public static var cypherTypeName: String { "Float" }
}

extension String: CypherValueConvertible {
    public init?(cypherValue v: CypherValue) {
        guard case .string(let s) = v else { return nil }
        self = s
    }
    public var cypherValue: CypherValue { .string(self) }
    public static var cypherTypeName: String { "String" }
}

extension Bool: CypherValueConvertible {
    public init?(cypherValue v: CypherValue) {
        guard case .bool(let b) = v else { return nil }
        self = b
    }
    public var cypherValue: CypherValue { .bool(self) }
    public static var cypherTypeName: String { "Boolean" }
}

extension Node: CypherValueConvertible {
    public init?(cypherValue v: CypherValue) {
        guard case .node(let n) = v else { return nil }
        self = n
    }
    public var cypherValue: CypherValue { .node(self) }
    public static var cypherTypeName: String { "Node" }
}

extension Relationship: CypherValueConvertible {
    public init?(cypherValue v: CypherValue) {
        guard case .relationship(let r) = v else { return nil }
        self = r
    }
    public var cypherValue: CypherValue { .relationship(self) }
    public static var cypherTypeName: String { "Relationship" }
}

extension Path: CypherValueConvertible {
    public init?(cypherValue v: CypherValue) {
        guard case .path(let p) = v else { return nil }
        self = p
    }
    public var cypherValue: CypherValue { .path(self) }
    public static var cypherTypeName: String { "Path" }
}

/// `nil` is Cypher's null; any other value converts as the wrapped type.
extension Optional: CypherValueConvertible where Wrapped: CypherValueConvertible {
    public init?(cypherValue v: CypherValue) {
        if case .null = v { self = .none; return }
        guard let w = Wrapped(cypherValue: v) else { return nil }
        self = .some(w)
    }
    public var cypherValue: CypherValue { map { $0.cypherValue } ?? .null }
    public static var cypherTypeName: String { Wrapped.cypherTypeName + "?" }
}

extension Array: CypherValueConvertible where Element: CypherValueConvertible {
    public init?(cypherValue v: CypherValue) {
        guard case .list(let xs) = v else { return nil }
        var out: [Element] = []
        out.reserveCapacity(xs.count)
        for x in xs {
            guard let e = Element(cypherValue: x) else { return nil }
            out.append(e)
        }
        self = out
    }
    public var cypherValue: CypherValue { .list(map { $0.cypherValue }) }
    public static var cypherTypeName: String { "List<\(Element.cypherTypeName)>" }
}

extension Dictionary: CypherValueConvertible where Key == String, Value: CypherValueConvertible {
    public init?(cypherValue v: CypherValue) {
        guard case .map(let m) = v else { return nil }
        var out: [String: Value] = [:]
        for (k, x) in m {
            guard let e = Value(cypherValue: x) else { return nil }
            out[k] = e
        }
        self = out
    }
    public var cypherValue: CypherValue { .map(mapValues { $0.cypherValue }) }
    public static var cypherTypeName: String { "Map<\(Value.cypherTypeName)>" }
}

extension CypherValue {
    /// The value as `T`, or an `.apiError` naming `what` (a column, an argument) and both types.
    public func converted<T: CypherValueConvertible>(to type: T.Type = T.self, what: String = "value") throws -> T {
        if let v = T(cypherValue: self) { return v }
        throw QuiverError(.apiError, "\(what): expected \(T.cypherTypeName), got \(describedType)", detail: "TypeMismatch")
    }

    /// The type for a mismatch message: element types of a list that did not convert are shown too.
    var describedType: String {
        if case .list(let xs) = self, let bad = xs.first(where: { !$0.isNull }) {
            let t = bad.typeName
            return xs.allSatisfy({ $0.isNull || $0.typeName == t }) ? "List<\(t)>" : "List<Any>"
        }
        return typeName
    }
}
