// EdgeLists: the adjacency a traversal reads (its relationship types in one direction, or
// both), fetched from the store once per cursor instead of once per node, and walked over
// the CSR arrays directly: no per-node array of edges is built.

struct EdgeLists {
    struct Part {
        let adj: Adjacency
        let offsets: [Int32]
        let nbrs: [Int32]
        let rels: [Int32]
        /// An undirected pattern meets a self loop once: its incoming copy is skipped.
        let skipSelfLoops: Bool
    }

    let parts: [Part]

    init(_ store: borrowing GraphStore, types: [Int], direction dir: Direction) {
        var p: [Part] = []
        for t in types {
            if dir != .incoming, let a = store.adjacency(type: t, outgoing: true) {
                p.append(Part(adj: a, offsets: a.csrOffsets, nbrs: a.csrNbrs, rels: a.csrRels, skipSelfLoops: false))
            }
            if dir != .outgoing, let a = store.adjacency(type: t, outgoing: false) {
                p.append(Part(adj: a, offsets: a.csrOffsets, nbrs: a.csrNbrs, rels: a.csrRels, skipSelfLoops: dir == .both))
            }
        }
        parts = p
    }

    /// The same relationships walked from the other end.
    static func reversed(_ d: Direction) -> Direction {
        switch d { case .outgoing: return .incoming; case .incoming: return .outgoing; case .both: return .both }
    }

    /// Calls body(neighbour, relationship) for every edge of n; body returns false to stop.
    @inline(__always)
    func forEach(_ n: Int, _ body: (Int32, Int32) throws -> Bool) rethrows {
        for part in parts {
            if n >= 0 && n + 1 < part.offsets.count {
                var i = Int(part.offsets[n])
                let end = Int(part.offsets[n + 1])
                while i < end {
                    let m = part.nbrs[i]
                    if !(part.skipSelfLoops && Int(m) == n) {
                        if try !body(m, part.rels[i]) { return }
                    }
                    i &+= 1
                }
            }
            if part.adj.extraCount > 0 {
                for (m, r) in part.adj.extraEdges(n) where !(part.skipSelfLoops && Int(m) == n) {
                    if try !body(m, r) { return }
                }
            }
        }
    }

    /// Number of edges of n (what forEach would visit).
    func degree(_ n: Int) -> Int {
        var d = 0
        for part in parts {
            if part.skipSelfLoops {
                forEachIn(part, n) { m, _ in if Int(m) != n { d += 1 } }
            } else {
                d += part.adj.degree(n)
            }
        }
        return d
    }

    private func forEachIn(_ part: Part, _ n: Int, _ body: (Int32, Int32) -> Void) {
        if n >= 0 && n + 1 < part.offsets.count {
            for i in Int(part.offsets[n])..<Int(part.offsets[n + 1]) { body(part.nbrs[i], part.rels[i]) }
        }
        for (m, r) in part.adj.extraEdges(n) { body(m, r) }
    }
}
