// Adjacency: one relationship type in one direction, as CSR (offsets, neighbours, relationship
// ids) plus a small append area for relationships created after the CSR was built; the
// append area is merged into the CSR when it grows past a fraction of it.

struct Adjacency: Sendable {
    /// offsets[v]..<offsets[v+1] index nbrs/rels for node v; nodes past the end have none.
    private(set) var offsets: [Int32] = [0]
    private(set) var nbrs: [Int32] = []
    private(set) var rels: [Int32] = []
    /// Appended edges per node, not yet merged: (neighbour, relationship).
    private(set) var extra: [Int32: [(Int32, Int32)]] = [:]
    private(set) var extraCount = 0

    var edgeCount: Int { nbrs.count + extraCount }

    /// Builds the CSR from edge lists by counting sort on the source: edge k runs
    /// sources[k] -> targets[k] and is relationship relIds[k]. Sources must lie in
    /// 0..<nodeCount (the store's invariant); the loops run over raw buffers because a
    /// rebuild may cover millions of relationships.
    init(nodeCount: Int, sources: [Int32], targets: [Int32], relIds: [Int32]) {
        let m = min(sources.count, targets.count, relIds.count)
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        var n = [Int32](repeating: 0, count: 0)
        var r = [Int32](repeating: 0, count: 0)
        counts.withUnsafeMutableBufferPointer { c in
            sources.withUnsafeBufferPointer { src in
                for k in 0..<m {
                    let s = Int(src[k])
                    if s >= 0 && s < nodeCount { c[s + 1] &+= 1 }
                }
            }
            for i in 0..<nodeCount { c[i + 1] &+= c[i] }
            let placed = Int(c[nodeCount])
            n = [Int32](repeating: 0, count: placed)
            r = [Int32](repeating: 0, count: placed)
            // c[v] serves as v's fill pointer, then holds the end of v's run: shifted back
            // into offsets afterwards (offsets[v + 1] = end of v).
            n.withUnsafeMutableBufferPointer { nb in
                r.withUnsafeMutableBufferPointer { rb in
                    sources.withUnsafeBufferPointer { src in
                        targets.withUnsafeBufferPointer { tgt in
                            relIds.withUnsafeBufferPointer { rid in
                                for k in 0..<m {
                                    let s = Int(src[k])
                                    guard s >= 0 && s < nodeCount else { continue }
                                    let pos = Int(c[s]); c[s] &+= 1
                                    nb[pos] = tgt[k]; rb[pos] = rid[k]
                                }
                            }
                        }
                    }
                }
            }
            var i = nodeCount
            while i > 0 { c[i] = c[i - 1]; i -= 1 }
            c[0] = 0
        }
        offsets = counts
        nbrs = n; rels = r
    }

    /// A CSR already sorted by source (a bulk import's segment): position i is relationship
    /// firstRel + i. The arrays are shared with the caller, not copied.
    init(offsets: [Int32], nbrs: [Int32], firstRel: Int) {
        self.offsets = offsets
        self.nbrs = nbrs
        let n = nbrs.count
        rels = [Int32](unsafeUninitializedCapacity: n) { r, c in
            for i in 0..<n { r[i] = Int32(truncatingIfNeeded: firstRel + i) }
            c = n
        }
    }

    /// The other direction of such a CSR: for every edge v -> nbrs[i] (position i,
    /// relationship firstRel + i), the edge nbrs[i] -> v. Each node's edges come out in
    /// order of v.
    init(transposing outOffsets: [Int32], _ outNbrs: [Int32], firstRel: Int, nodeCount: Int) {
        var counts = [Int32](repeating: 0, count: nodeCount + 1)
        let m = outNbrs.count
        var n = [Int32](repeating: 0, count: m)
        var r = [Int32](repeating: 0, count: m)
        counts.withUnsafeMutableBufferPointer { c in
            outNbrs.withUnsafeBufferPointer { tgt in
                for k in 0..<m {
                    let d = Int(tgt[k])
                    precondition(d >= 0 && d < nodeCount, "CSR target is not a node")
                    c[d + 1] &+= 1
                }
                for i in 0..<nodeCount { c[i + 1] &+= c[i] }
                n.withUnsafeMutableBufferPointer { nb in
                    r.withUnsafeMutableBufferPointer { rb in
                        outOffsets.withUnsafeBufferPointer { off in
                            let sources = min(nodeCount, off.count - 1)
                            for v in 0..<max(0, sources) {
                                var k = Int(off[v])
                                let end = Int(off[v + 1])
                                while k < end {
                                    let d = Int(tgt[k])
                                    let pos = Int(c[d]); c[d] &+= 1
                                    nb[pos] = Int32(truncatingIfNeeded: v)
                                    rb[pos] = Int32(truncatingIfNeeded: firstRel + k)
                                    k &+= 1
                                }
                            }
                        }
                    }
                }
            }
            var i = nodeCount
            while i > 0 { c[i] = c[i - 1]; i -= 1 }
            c[0] = 0
        }
        offsets = counts
        nbrs = n; rels = r
    }

    init() {}

    /// Degree of node v.
    @inline(__always) func degree(_ v: Int) -> Int {
        var d = 0
        if v >= 0 && v + 1 < offsets.count { d = Int(offsets[v + 1] - offsets[v]) }
        if extraCount > 0, let e = extra[Int32(truncatingIfNeeded: v)] { d += e.count }
        return d
    }

    /// Calls body(neighbour, relationship) for each edge of v.
    @inline(__always) func forEach(_ v: Int, _ body: (Int, Int) throws -> Void) rethrows {
        if v >= 0 && v + 1 < offsets.count {
            var i = Int(offsets[v]); let end = Int(offsets[v + 1])
            while i < end { try body(Int(nbrs[i]), Int(rels[i])); i += 1 }
        }
        if extraCount > 0, let e = extra[Int32(truncatingIfNeeded: v)] {
            for (n, r) in e { try body(Int(n), Int(r)) }
        }
    }

    /// CSR range of v (without the append area).
    @inline(__always) func csrRange(_ v: Int) -> Range<Int> {
        guard v >= 0 && v + 1 < offsets.count else { return 0..<0 }
        return Int(offsets[v])..<Int(offsets[v + 1])
    }

    func extraEdges(_ v: Int) -> [(Int32, Int32)] {
        guard extraCount > 0 else { return [] }
        return extra[Int32(truncatingIfNeeded: v)] ?? []
    }

    mutating func append(from v: Int, to n: Int, rel: Int) {
        extra[Int32(v), default: []].append((Int32(n), Int32(rel)))
        extraCount += 1
        if extraCount > 4096 && extraCount * 8 > nbrs.count { merge(nodeCount: offsets.count - 1) }
    }

    /// Folds the append area into the CSR.
    mutating func merge(nodeCount: Int) {
        let maxNode = max(nodeCount, (extra.keys.max().map { Int($0) + 1 }) ?? 0, offsets.count - 1)
        var src: [Int32] = [], dst: [Int32] = [], rid: [Int32] = []
        src.reserveCapacity(edgeCount); dst.reserveCapacity(edgeCount); rid.reserveCapacity(edgeCount)
        for v in 0..<maxNode {
            forEach(v) { n, r in src.append(Int32(v)); dst.append(Int32(n)); rid.append(Int32(r)) }
        }
        self = Adjacency(nodeCount: maxNode, sources: src, targets: dst, relIds: rid)
    }

    /// Raw buffers for batch kernels: offsets, nbrs, rels.
    var csrOffsets: [Int32] { offsets }
    var csrNbrs: [Int32] { nbrs }
    var csrRels: [Int32] { rels }
}
