// IndexCache: indexes derived from one GraphStore snapshot, built on first use and shared by
// every reader of that snapshot: (label, key) hash indexes for equality seeks and the name index.
import Foundation

final class IndexCache: @unchecked Sendable {
    private let lock = NSLock()
    private var propertyIndexes: [Int: [GroupKey: [Int32]]] = [:]
    private var nameIndex: [String: [Int32]]? = nil

    /// Nodes with `label` whose property `key` is equivalent to `value`.
    func seek(_ store: GraphStore, label: Int, key: Int, value: Value) -> [Int32] {
        let slot = label &* 65_536 &+ key
        lock.lock(); defer { lock.unlock() }
        if let idx = propertyIndexes[slot] { return idx[GroupKey(value)] ?? [] }
        var idx: [GroupKey: [Int32]] = [:]
        if let col = store.nodeColumn(key) {
            for n in store.nodesWithLabel(label) where col.has(Int(n)) {
                idx[GroupKey(col.get(Int(n))), default: []].append(n)
            }
        }
        propertyIndexes[slot] = idx
        return idx[GroupKey(value)] ?? []
    }

    func hasPropertyIndex(label: Int, key: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return propertyIndexes[label &* 65_536 &+ key] != nil
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
