// BenchmarkAccess: read-only copies of the store's raw arrays (an integer node column, a CSR)
// for quiver-bench's hand-written native loops, the floor each query is compared with.
// Behind `@_spi(Benchmark)`: not part of the public API.

@_spi(Benchmark)
public struct RawCSR: Sendable {
    public let offsets: [Int32]
    public let neighbours: [Int32]
}

@_spi(Benchmark)
extension Graph {
    /// The integer values of property `key` over the nodes of `label` (nil when the column is
    /// not a pure integer column or a node lacks the value).
    public func rawIntColumn(label: String, key: String) -> [Int64]? {
        let store = snapshot
        guard let l = store.labels.id(label), let k = store.keys.id(key), let col = store.nodeColumn(k), col.kind == .int else { return nil }
        let nodes = store.nodesWithLabel(l)
        // Every node has the label (the list is ascending) and the property: the column's
        // own array, shared rather than copied (it would count in the bench's peak RSS).
        if nodes.count == store.nodeCount, nodes.first == 0, col.ints.count == nodes.count, col.presentCount == nodes.count {
            return col.ints
        }
        var out: [Int64] = []
        out.reserveCapacity(nodes.count)
        for n in nodes {
            guard col.has(Int(n)) else { return nil }
            out.append(col.ints[Int(n)])
        }
        return out
    }

    /// The outgoing CSR of relationship type `type` (without relationships appended since).
    public func rawOutgoingCSR(type: String) -> RawCSR? {
        let store = snapshot
        guard let t = store.types.id(type), let a = store.adjacency(type: t, outgoing: true) else { return nil }
        return RawCSR(offsets: a.csrOffsets, neighbours: a.csrNbrs)
    }
}
