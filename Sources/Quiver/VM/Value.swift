// Value: the engine's own value. Nodes and relationships are dense ids into the GraphStore;
// the API turns them into self-contained CypherValues when a result leaves the engine.

import QuiverSyntax

struct PathValue: Hashable, Sendable {
    /// nodes.count == rels.count + 1
    var nodes: [Int]
    var rels: [Int]
}

enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case list([Value])
    case map([String: Value])
    case node(Int)
    case rel(Int)
    case path(PathValue)

    var isNull: Bool { if case .null = self { return true }; return false }

    /// The type name used in error messages.
    var typeName: String {
        switch self {
        case .null: return "Null"
        case .bool: return "Boolean"
        case .int: return "Integer"
        case .double: return "Float"
        case .string: return "String"
        case .list: return "List"
        case .map: return "Map"
        case .node: return "Node"
        case .rel: return "Relationship"
        case .path: return "Path"
        }
    }
}

extension Value {
    /// The value a literal denotes.
    init(literal: Literal) {
        switch literal {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        }
    }
}

// MARK: Equality (openCypher's `=`: ternary, null when either side holds null)

extension Value {
    /// `self = other` with Cypher semantics: nil means null.
    func cypherEquals(_ other: Value) -> Bool? {
        switch (self, other) {
        case (.null, _), (_, .null): return nil
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int(let a), .double(let b)): return Double(a) == b && (b.isNaN ? false : exactIntDouble(a, b))
        case (.double(let a), .int(let b)): return Double(b) == a && exactIntDouble(b, a)
        case (.string(let a), .string(let b)): return a == b
        case (.node(let a), .node(let b)): return a == b
        case (.rel(let a), .rel(let b)): return a == b
        case (.path(let a), .path(let b)): return a == b
        case (.list(let a), .list(let b)):
            if a.count != b.count { return false }
            var sawNull = false
            for (x, y) in zip(a, b) {
                guard let e = x.cypherEquals(y) else { sawNull = true; continue }
                if !e { return false }
            }
            return sawNull ? nil : true
        case (.map(let a), .map(let b)):
            if a.count != b.count || Set(a.keys) != Set(b.keys) { return false }
            var sawNull = false
            for (k, x) in a {
                guard let y = b[k] else { return false }
                guard let e = x.cypherEquals(y) else { sawNull = true; continue }
                if !e { return false }
            }
            return sawNull ? nil : true
        default: return false
        }
    }
}

/// An Int64 and a Double are equal only when the double is exactly that integer.
@inline(__always) private func exactIntDouble(_ i: Int64, _ d: Double) -> Bool {
    guard d.isFinite, d >= -9.3e18, d <= 9.3e18 else { return false }
    if d == 9223372036854775808.0 { return false }
    return Int64(d) == i && d.rounded(.towardZero) == d
}

// MARK: Grouping equivalence (DISTINCT, grouping keys, IN on hashes): null = null, 1 = 1.0

/// A wrapper whose equality and hash follow Cypher's equivalence for DISTINCT and grouping.
struct GroupKey: Hashable {
    let value: Value
    init(_ v: Value) { value = v }

    static func == (l: GroupKey, r: GroupKey) -> Bool { equivalent(l.value, r.value) }

    func hash(into h: inout Hasher) { GroupKey.hashValue(value, into: &h) }

    static func equivalent(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.double(let x), .double(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.int, .double), (.double, .int): return a.cypherEquals(b) == true
        case (.list(let x), .list(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equivalent($0, $1) }
        case (.map(let x), .map(let y)):
            guard x.count == y.count else { return false }
            for (k, v) in x { guard let w = y[k], equivalent(v, w) else { return false } }
            return true
        default: return a == b
        }
    }

    static func hashValue(_ v: Value, into h: inout Hasher) {
        switch v {
        case .null: h.combine(0)
        case .bool(let b): h.combine(1); h.combine(b)
        case .int(let i): h.combine(2); h.combine(Double(i))
        case .double(let d): h.combine(2); h.combine(d.isNaN ? Double.nan.bitPattern : d.bitPattern == (-0.0).bitPattern ? 0 : d.bitPattern)
        case .string(let s): h.combine(3); h.combine(s)
        case .list(let xs): h.combine(4); h.combine(xs.count); for x in xs { hashValue(x, into: &h) }
        case .map(let m):
            h.combine(5); h.combine(m.count)
            for k in m.keys.sorted() { h.combine(k); if let x = m[k] { hashValue(x, into: &h) } }
        case .node(let n): h.combine(6); h.combine(n)
        case .rel(let r): h.combine(7); h.combine(r)
        case .path(let p): h.combine(8); h.combine(p)
        }
    }
}

// MARK: Ordering (ORDER BY, min, max): a total order across types, as openCypher defines it

extension Value {
    /// Rank of the type in the global sort order: MAP < NODE < REL < LIST < PATH < STRING < BOOLEAN < NUMBER < NULL.
    private var orderRank: Int {
        switch self {
        case .map: return 0
        case .node: return 1
        case .rel: return 2
        case .list: return 3
        case .path: return 4
        case .string: return 5
        case .bool: return 6
        case .int, .double: return 7
        case .null: return 9
        }
    }

    /// Total order for ORDER BY (ascending): nulls last, NaN after all other numbers.
    static func orderCompare(_ a: Value, _ b: Value) -> Int {
        let ra = a.orderRank, rb = b.orderRank
        if ra != rb { return ra < rb ? -1 : 1 }
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.int, .double), (.double, .int), (.double, .double):
            return compareNumbers(a, b)
        case (.string(let x), .string(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.node(let x), .node(let y)), (.rel(let x), .rel(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) { let c = orderCompare(p, q); if c != 0 { return c } }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        case (.map(let x), .map(let y)):
            let kx = x.keys.sorted(), ky = y.keys.sorted()
            for (p, q) in zip(kx, ky) {
                if p != q { return p < q ? -1 : 1 }
                let c = orderCompare(x[p] ?? .null, y[q] ?? .null); if c != 0 { return c }
            }
            return kx.count < ky.count ? -1 : (kx.count > ky.count ? 1 : 0)
        case (.path(let x), .path(let y)):
            return orderCompare(.list(x.nodes.map { .node($0) }), .list(y.nodes.map { .node($0) }))
        default: return 0
        }
    }

    private static func compareNumbers(_ a: Value, _ b: Value) -> Int {
        let x: Double, y: Double
        switch a { case .int(let i): x = Double(i); case .double(let d): x = d; default: return 0 }
        switch b { case .int(let i): y = Double(i); case .double(let d): y = d; default: return 0 }
        if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
        if x < y { return -1 }
        if x > y { return 1 }
        // Equal as doubles: break ties between large ints exactly.
        if case .int(let i) = a, case .int(let j) = b { return i < j ? -1 : (i > j ? 1 : 0) }
        return 0
    }

    /// `<` and friends: defined within numbers, strings, booleans, lists; null otherwise.
    static func comparablyCompare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.int, .double), (.double, .int), (.double, .double):
            if case .double(let d) = a, d.isNaN { return nil }
            if case .double(let d) = b, d.isNaN { return nil }
            return compareNumbers(a, b)
        case (.string(let x), .string(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
        case (.list(let x), .list(let y)):
            for (p, q) in zip(x, y) {
                guard let c = comparablyCompare(p, q) else { return nil }
                if c != 0 { return c }
            }
            return x.count < y.count ? -1 : (x.count > y.count ? 1 : 0)
        default: return nil
        }
    }
}
