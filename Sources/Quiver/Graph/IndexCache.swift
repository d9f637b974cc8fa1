// IndexCache: indexes derived from one GraphStore snapshot, built on first use and shared by
// every reader of that snapshot: (label, key) hash indexes for equality seeks and the name index.
import Foundation

final class IndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var propertyIndexes: [Int: PropertyIndex] = [:]
    private var nameIndex: [String: [Int32]]? = nil

    /// The (label, key) index when it is built already (no store needed: the machine does not
    /// copy its store to ask).
    func builtIndex(label: Int, key: Int) -> PropertyIndex? {
        lock.lock(); defer { lock.unlock() }
        return propertyIndexes[label &* 65_536 &+ key]
    }

    /// The (label, key) index, built now if it is not yet. An index never changes once
    /// built (its snapshot does not), so a reader may keep it.
    func index(_ store: borrowing GraphStore, label: Int, key: Int) -> PropertyIndex {
        let slot = label &* 65_536 &+ key
        lock.lock(); defer { lock.unlock() }
        if let idx = propertyIndexes[slot] { return idx }
        let idx = PropertyIndex(store, label: label, key: key)
        propertyIndexes[slot] = idx
        return idx
    }

    /// Builds the (label, key) index now (after an import), so the first seek finds it ready.
    func warm(_ store: GraphStore, label: Int, key: Int) {
        _ = index(store, label: label, key: key)
    }

    func hasPropertyIndex(label: Int, key: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return propertyIndexes[label &* 65_536 &+ key] != nil
    }

    /// The same node indexes for a store whose nodes did not change (a relationship import).
    func keepingNodeIndexes() -> IndexCache {
        lock.lock(); defer { lock.unlock() }
        let c = IndexCache()
        c.propertyIndexes = propertyIndexes
        c.nameIndex = nameIndex
        return c
    }

    private var selfLoops: [String: Bool] = [:]

    /// Whether some relationship of the given types is a self loop (cached per snapshot).
    func hasSelfLoops(_ store: GraphStore, types: [String]) -> Bool {
        let key = types.sorted().joined(separator: "|")
        lock.lock()
        if let known = selfLoops[key] { lock.unlock(); return known }
        lock.unlock()
        let found = store.scanSelfLoops(types: types)
        lock.withLock { selfLoops[key] = found }
        return found
    }

    /// Normalised form for name lookups: case-folded, surrounding blanks removed.
    static func normalise(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Every node whose name, name_zh or alias equals `text` (normalised).
    func resolve(_ store: GraphStore, _ text: String) -> [Int32] {
        lock.lock(); defer { lock.unlock() }
        if nameIndex == nil { nameIndex = IndexCache.buildNameIndex(store) }
        return nameIndex?[IndexCache.normalise(text)] ?? []
    }

    /// Every name (normalised) with its nodes, for substring search.
    func allNames(_ store: GraphStore) -> [String: [Int32]] {
        lock.lock(); defer { lock.unlock() }
        if nameIndex == nil { nameIndex = IndexCache.buildNameIndex(store) }
        return nameIndex ?? [:]
    }

    private static func buildNameIndex(_ store: GraphStore) -> [String: [Int32]] {
        var idx: [String: [Int32]] = [:]
        func add(_ s: String, _ n: Int) {
            let k = normalise(s)
            guard !k.isEmpty else { return }
            if idx[k]?.contains(Int32(n)) != true { idx[k, default: []].append(Int32(n)) }
        }
        for key in ["name", "name_zh", "aliases"] {
            guard let k = store.keys.id(key), let col = store.nodeColumn(k) else { continue }
            for n in 0..<store.nodeCount where col.has(n) {
                switch col.get(n) {
                case .string(let s): add(s, n)
                case .list(let xs): for case .string(let s) in xs { add(s, n) }
                default: break
                }
            }
        }
        return idx
    }
}

/// One (label, key) equality index. An integer column gets a typed table: key -> node, with
/// the rare duplicate keys in a side list; any other column a table of GroupKeys.
enum PropertyIndex {
    /// node >= 0: the one node; node < 0: dups[-1 - node].
    case ints([Int64: Int32], dups: [[Int32]])
    /// Unique integer keys (an imported key column): the importer's table, often a plain
    /// array or no table at all (ids in node order), so warming it after a COPY is cheap.
    case unique(KeyLookup)
    case values([GroupKey: [Int32]])

    private struct Duplicate: Error {}

    init(_ store: borrowing GraphStore, label: Int, key: Int) {
        let nodes = store.nodesWithLabel(label)
        guard let col = store.nodeColumn(key) else { self = .values([:]); return }
        if col.kind == .int, let lookup = try? KeyLookup.build(store, label: label, key: key, onDuplicate: { _ in throw Duplicate() }) {
            self = .unique(lookup)
            return
        }
        if col.kind == .int {
            var table: [Int64: Int32] = [:]
            table.reserveCapacity(nodes.count)
            var dups: [[Int32]] = []
            for n in nodes where col.has(Int(n)) {
                let v = col.ints[Int(n)]
                if let old = table.updateValue(n, forKey: v) {
                    if old >= 0 { dups.append([old, n]); table[v] = Int32(-dups.count) }
                    else { dups[Int(-1 - old)].append(n); table[v] = old }
                }
            }
            self = .ints(table, dups: dups)
            return
        }
        var idx: [GroupKey: [Int32]] = [:]
        for n in nodes where col.has(Int(n)) {
            idx[GroupKey(col.get(Int(n))), default: []].append(n)
        }
        self = .values(idx)
    }

    /// The nodes whose key is equivalent to `value`, written over `out` (a seek per input row
    /// reuses one array instead of allocating one).
    func nodes(_ value: Value, into out: inout [Int32]) {
        out.removeAll(keepingCapacity: true)
        switch self {
        case .values(let idx): if let ns = idx[GroupKey(value)] { out.append(contentsOf: ns) }
        case .unique(let lookup):
            if let k = PropertyIndex.intKey(value), let n = lookup.node(int: k) { out.append(n) }
        case .ints(let table, let dups):
            guard let k = PropertyIndex.intKey(value), let n = table[k] else { return }
            if n >= 0 { out.append(n); return }
            let i = Int(-1 - n)
            if i < dups.count { out.append(contentsOf: dups[i]) }
        }
    }

    /// The integer a seek value stands for: an int, or a float that is exactly an integer.
    static func intKey(_ value: Value) -> Int64? {
        switch value {
        case .int(let i): return i
        case .double(let d):
            guard d.isFinite, d.rounded(.towardZero) == d, abs(d) < 9.2e18 else { return nil }
            return Int64(d)
        default: return nil
        }
    }
}
