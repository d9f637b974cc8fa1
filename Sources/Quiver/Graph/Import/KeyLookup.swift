// KeyLookup: key value -> node id for the nodes of one label, used to resolve the endpoints of
// imported relationships and to reject duplicate keys. Integer keys in a compact range use a
// plain array; other integers a dictionary; strings a dictionary.

enum KeyLookup {
    /// nodes[key - base] is the node, or -1.
    case dense(base: Int64, nodes: [Int32])
    /// Keys base..<base+count belong to nodes first..<first+count in order (ids imported in
    /// id order): the node is computed, with no table to miss the cache on.
    case sequential(base: Int64, first: Int32, count: Int)
    case ints([Int64: Int32])
    case strings([String: Int32])

    /// The lookup over the nodes of `label` by property `key` (typed int or string column).
    /// `onDuplicate(node)` is called for a node whose key an earlier node already has.
    static func build(_ store: GraphStore, label: Int, key: Int, onDuplicate: (Int) throws -> Void) throws -> KeyLookup? {
        guard let col = store.nodeColumn(key) else { return nil }
        let nodes = store.nodesWithLabel(label)
        switch col.kind {
        case .int:
            var lo = Int64.max, hi = Int64.min
            for n in nodes where col.has(Int(n)) { let v = col.ints[Int(n)]; lo = min(lo, v); hi = max(hi, v) }
            if lo > hi { return .dense(base: 0, nodes: []) }
            let (span, overflow) = hi.subtractingReportingOverflow(lo)
            if !overflow, span < Int64(4 * nodes.count + 1024) {
                var table = [Int32](repeating: -1, count: Int(span) + 1)
                for n in nodes where col.has(Int(n)) {
                    let slot = Int(col.ints[Int(n)] - lo)
                    if table[slot] >= 0 { try onDuplicate(Int(n)) } else { table[slot] = n }
                }
                if let first = table.first, first >= 0, table.indices.allSatisfy({ table[$0] == first &+ Int32(truncatingIfNeeded: $0) }) {
                    return .sequential(base: lo, first: first, count: table.count)
                }
                return .dense(base: lo, nodes: table)
            }
            var d: [Int64: Int32] = [:]
            d.reserveCapacity(nodes.count)
            for n in nodes where col.has(Int(n)) {
                if d.updateValue(n, forKey: col.ints[Int(n)]) != nil { try onDuplicate(Int(n)) }
            }
            return .ints(d)
        case .string:
            var d: [String: Int32] = [:]
            d.reserveCapacity(nodes.count)
            for n in nodes where col.has(Int(n)) {
                if d.updateValue(n, forKey: col.stringAt(Int(n))) != nil { try onDuplicate(Int(n)) }
            }
            return .strings(d)
        default:
            return nil
        }
    }

    var wantsInts: Bool {
        if case .strings = self { return false }
        return true
    }

    @inline(__always) func node(int v: Int64) -> Int32? {
        switch self {
        case .dense(let base, let nodes):
            let (i, o) = v.subtractingReportingOverflow(base)
            guard !o, i >= 0, i < Int64(nodes.count) else { return nil }
            let n = nodes[Int(i)]
            return n >= 0 ? n : nil
        case .sequential(let base, let first, let count):
            let (i, o) = v.subtractingReportingOverflow(base)
            guard !o, i >= 0, i < Int64(count) else { return nil }
            return first &+ Int32(truncatingIfNeeded: i)
        case .ints(let d): return d[v]
        case .strings: return nil
        }
    }

    func node(string s: String) -> Int32? {
        if case .strings(let d) = self { return d[s] }
        return nil
    }
}
