// TCKValueComparer: TCK equality of values. Integers and floats never equal each other;
// floats compare as numbers with NaN equal to NaN; lists may be compared as multisets.

public struct TCKValueComparer: Sendable {
    /// When true, every list (at any depth) is compared as a multiset.
    public var ignoreListOrder: Bool

    public init(ignoreListOrder: Bool = false) { self.ignoreListOrder = ignoreListOrder }

    public func equal(_ a: TCKValue, _ b: TCKValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y || (x.isNaN && y.isNaN)
        case let (.string(x), .string(y)): return x == y
        case let (.list(x), .list(y)): return ignoreListOrder ? equalAsMultisets(x, y) : equalInOrder(x, y)
        case let (.map(x), .map(y)): return equal(x, y)
        case let (.node(x), .node(y)): return equal(x, y)
        case let (.relationship(x), .relationship(y)): return equal(x, y)
        case let (.path(x), .path(y)):
            guard equal(x.start, y.start), x.hops.count == y.hops.count else { return false }
            return zip(x.hops, y.hops).allSatisfy { h, k in
                h.forward == k.forward && equal(h.relationship, k.relationship) && equal(h.node, k.node)
            }
        default: return false
        }
    }

    public func equal(_ x: [String: TCKValue], _ y: [String: TCKValue]) -> Bool {
        guard x.count == y.count else { return false }
        for (k, v) in x {
            guard let w = y[k], equal(v, w) else { return false }
        }
        return true
    }

    public func equal(_ x: TCKNode, _ y: TCKNode) -> Bool {
        x.labels == y.labels && equal(x.properties, y.properties)
    }

    public func equal(_ x: TCKRelationship, _ y: TCKRelationship) -> Bool {
        x.type == y.type && equal(x.properties, y.properties)
    }

    public func equalInOrder(_ x: [TCKValue], _ y: [TCKValue]) -> Bool {
        x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
    }

    /// Equality is an equivalence, so greedy matching finds a pairing whenever one exists.
    public func equalAsMultisets(_ x: [TCKValue], _ y: [TCKValue]) -> Bool {
        MultisetDiff(expected: x, actual: y, equal: { equal($0, $1) }).isEmpty
    }
}

/// The result of pairing expected items with equal actual items (each used at most once).
public struct MultisetDiff: Sendable {
    /// Indices of expected items without a partner.
    public var missing: [Int]
    /// Indices of actual items never paired.
    public var extra: [Int]
    public var isEmpty: Bool { missing.isEmpty && extra.isEmpty }

    public init<T>(expected: [T], actual: [T], equal: (T, T) -> Bool) {
        var used = [Bool](repeating: false, count: actual.count)
        var missing: [Int] = []
        for (i, e) in expected.enumerated() {
            if let j = actual.indices.first(where: { !used[$0] && equal(e, actual[$0]) }) {
                used[j] = true
            } else {
                missing.append(i)
            }
        }
        self.missing = missing
        self.extra = used.indices.filter { !used[$0] }
    }
}
