// Machine+Paths: variable-length expansion (depth-first enumeration of trails: no
// relationship twice in one path) and shortest paths: one shortest path by bidirectional
// breadth-first search over the CSR with generation-stamped visited marks; all shortest
// paths (or a path that must return to its start) by a one-sided search with parent lists.
import QuiverSyntax

extension EdgeLists {
    /// Position in the edges of one node: part, index in the CSR range, index in the append area.
    struct Cursor {
        var part = 0
        var pos = -1
        var end = 0
        var extra = -1
    }

    /// The next edge of n after `c` (neighbour, relationship), or nil when there is none.
    @inline(__always)
    func next(_ n: Int, _ c: inout Cursor) -> (Int32, Int32)? {
        while c.part < parts.count {
            if c.pos < 0 && c.extra < 0 {
                let offs = parts[c.part].offsets
                if n >= 0 && n + 1 < offs.count { c.pos = Int(offs[n]); c.end = Int(offs[n + 1]) } else { c.pos = 0; c.end = 0 }
            }
            if c.extra < 0 {
                while c.pos < c.end {
                    let m = parts[c.part].nbrs[c.pos], r = parts[c.part].rels[c.pos]
                    c.pos += 1
                    if parts[c.part].skipSelfLoops && Int(m) == n { continue }
                    return (m, r)
                }
                c.extra = 0
            }
            if parts[c.part].adj.extraCount > 0 {
                let e = parts[c.part].adj.extraEdges(n)
                while c.extra < e.count {
                    let (m, r) = e[c.extra]
                    c.extra += 1
                    if parts[c.part].skipSelfLoops && Int(m) == n { continue }
                    return (m, r)
                }
            }
            c.part += 1; c.pos = -1; c.extra = -1
        }
        return nil
    }
}

extension Machine {
    func edgeLists(_ cur: CursorState, _ dir: Direction) -> EdgeLists {
        EdgeLists(store, types: cur.types, direction: dir)
    }

    /// Fills cur.nbrs (end nodes) and cur.relLists (when keepLists) with every trail of
    /// min...max hops from `from`.
    func enumerateTrails(_ cur: CursorState, from: Int, dir: Direction, min lo: Int, max hi: Int, keepLists: Bool) throws {
        if lo == 0 { cur.nbrs.append(Int32(from)); if keepLists { cur.relLists.append([]) } }
        guard hi > 0 else { return }
        let lists = edgeLists(cur, dir)
        // stack[d]: the node at depth d and where its edge walk stands; pathRels[d-1] the hop into it.
        var stack: [(node: Int, at: EdgeLists.Cursor)] = [(from, EdgeLists.Cursor())]
        var pathRels: [Int] = []
        var emitted = 0
        while let top = stack.indices.last {
            guard let (m32, r32) = lists.next(stack[top].node, &stack[top].at) else {
                stack.removeLast()
                if !pathRels.isEmpty { pathRels.removeLast() }
                continue
            }
            let r = Int(r32)
            if pathRels.contains(r) { continue }
            pathRels.append(r)
            if pathRels.count >= lo {
                cur.nbrs.append(m32)
                if keepLists { cur.relLists.append(pathRels) }
                emitted += 1
                if emitted & 4095 == 0 { try checkInterrupts(); try reserveValues(4096 * (keepLists ? pathRels.count + 1 : 1)) }
            }
            if pathRels.count < hi {
                stack.append((Int(m32), EdgeLists.Cursor()))
            } else {
                pathRels.removeLast()
            }
        }
    }

    /// Shortest path(s) from a to b with min...max hops (relationship lists).
    func shortestPaths(_ cur: CursorState, from a: Int, to b: Int, dir: Direction, min lo: Int, max hi: Int, all: Bool) throws -> [[Int]] {
        if a == b && lo == 0 { return [[]] }
        if a == b { return try shortestCycles(cur, at: a, dir: dir, min: lo, max: hi, all: all) }
        if !all && a != b, a >= 0, b >= 0, a < store.nodeCount, b < store.nodeCount {
            guard let path = try bidirectionalShortest(cur, from: a, to: b, dir: dir, max: hi) else { return [] }
            return path.count >= lo ? [path] : []
        }
        return try levelShortest(cur, from: a, to: b, dir: dir, min: lo, max: hi, all: all)
    }

    /// One shortest path a -> b (a != b) of at most `hi` hops: breadth-first from both ends,
    /// always growing the side whose frontier has fewer edges, a whole level at a time; the
    /// first node seen from both sides lies on a shortest path.
    func bidirectionalShortest(_ cur: CursorState, from a: Int, to b: Int, dir: Direction, max hi: Int) throws -> [Int]? {
        let lists = [edgeLists(cur, dir), edgeLists(cur, EdgeLists.reversed(dir))]
        let scratch = TraversalScratch.take()
        defer { TraversalScratch.give(scratch) }
        let (fwd, bwd) = scratch.begin(nodes: store.nodeCount)
        let sides = [fwd, bwd]
        fwd.visit(a, from: -1, via: -1)
        bwd.visit(b, from: -1, via: -1)
        var frontier: [[Int32]] = [[Int32(a)], [Int32(b)]]
        var depth = [0, 0]
        var meet = -1
        var work = 0
        search: while depth[0] + depth[1] < hi {
            // The side whose next level costs fewer edges.
            var cost = [0, 0]
            for s in 0..<2 {
                for n in frontier[s] { cost[s] += lists[s].degree(Int(n)); if cost[s] > cost[1 - s] && s == 1 { break } }
            }
            let s = cost[0] <= cost[1] ? 0 : 1
            let me = sides[s], other = sides[1 - s]
            var next: [Int32] = []
            for u in frontier[s] {
                lists[s].forEach(Int(u)) { m32, r32 in
                    let m = Int(m32)
                    if me.visited(m) { return true }
                    me.visit(m, from: u, via: r32)
                    if other.visited(m) { meet = m; return false }
                    next.append(m32)
                    return true
                }
                if meet >= 0 { break search }
                work += 1
                if work & 4095 == 0 { try checkInterrupts() }
            }
            depth[s] += 1
            if next.isEmpty { return nil }
            frontier[s] = next
        }
        guard meet >= 0 else { return nil }
        // a ... meet by forward parents, meet ... b by backward parents.
        var head: [Int] = []
        var n = meet
        while n != a { head.append(Int(fwd.via[n])); n = Int(fwd.parent[n]) }
        var path = Array(head.reversed())
        n = meet
        while n != b { path.append(Int(bwd.via[n])); n = Int(bwd.parent[n]) }
        return path
    }

    /// Shortest paths from a node back to itself: the shortest trails (no relationship twice)
    /// that return to it, so an undirected hop is never walked out and straight back.
    func shortestCycles(_ cur: CursorState, at a: Int, dir: Direction, min lo: Int, max hi: Int, all: Bool) throws -> [[Int]] {
        let savedNbrs = cur.nbrs, savedLists = cur.relLists
        defer { cur.nbrs = savedNbrs; cur.relLists = savedLists }
        // Iterative deepening: the first length with a returning trail is the shortest.
        var length = max(1, lo)
        while length <= min(hi, store.relationshipCount) {
            cur.nbrs = []
            cur.relLists = []
            try enumerateTrails(cur, from: a, dir: dir, min: length, max: length, keepLists: true)
            var cycles: [[Int]] = []
            for (end, rels) in zip(cur.nbrs, cur.relLists) where Int(end) == a { cycles.append(rels) }
            if !cycles.isEmpty { return all ? cycles : [cycles[0]] }
            length += 1
        }
        return []
    }

    /// Level-by-level search from a with every shortest parent kept (all shortest paths, and
    /// the a == b case, where the path must leave a and come back).
    func levelShortest(_ cur: CursorState, from a: Int, to b: Int, dir: Direction, min lo: Int, max hi: Int, all: Bool) throws -> [[Int]] {
        let lists = edgeLists(cur, dir)
        // parents[node] = [(previous node, relationship)] on shortest routes.
        var parents: [Int: [(Int, Int)]] = [a: []]
        var frontier = [a]
        var depth = 0
        var found = false
        while !frontier.isEmpty && depth < hi && !found {
            depth += 1
            var next: [Int] = []
            var levelSeen: [Int: Bool] = [:]
            for u in frontier {
                lists.forEach(u) { m32, r32 in
                    let m = Int(m32), r = Int(r32)
                    if let isNew = levelSeen[m] {
                        if all && isNew { parents[m, default: []].append((u, r)) }
                        return true
                    }
                    if parents[m] != nil && !(m == b && a == b) { return true }
                    levelSeen[m] = true
                    parents[m] = [(u, r)]
                    next.append(m)
                    if m == b { found = true }
                    return true
                }
            }
            try checkInterrupts()
            frontier = next
        }
        guard found, depth >= lo else { return [] }
        // Walk the parents back from b.
        var results: [[Int]] = []
        func walk(_ node: Int, _ suffix: [Int]) {
            if results.count > 100_000 { return }
            if node == a && (suffix.count == depth) { results.append(suffix.reversed()); return }
            if suffix.count >= depth { return }
            for (p, r) in parents[node] ?? [] {
                walk(p, suffix + [r])
                if !all && !results.isEmpty { return }
            }
        }
        walk(b, [])
        return results
    }
}
