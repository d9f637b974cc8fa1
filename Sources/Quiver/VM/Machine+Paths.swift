// Machine+Paths: variable-length expansion (depth-first enumeration of trails: no
// relationship twice in one path) and shortest paths (breadth-first over the CSR).
import QuiverSyntax

extension Machine {
    /// Every edge of node n for the cursor's types and direction: (neighbour, relationship).
    func edges(of n: Int, types: [Int], dir: Direction) -> [(Int32, Int32)] {
        var e: [(Int32, Int32)] = []
        for t in types {
            if dir != .incoming, let a = store.adjacency(type: t, outgoing: true) {
                a.forEach(n) { m, r in e.append((Int32(m), Int32(r))) }
            }
            if dir != .outgoing, let a = store.adjacency(type: t, outgoing: false) {
                a.forEach(n) { m, r in if !(dir == .both && m == n) { e.append((Int32(m), Int32(r))) } }
            }
        }
        return e
    }

    /// Fills cur.nbrs (end nodes) and cur.relLists (when keepLists) with every trail of
    /// min...max hops from `from`.
    func enumerateTrails(_ cur: CursorState, from: Int, dir: Direction, min lo: Int, max hi: Int, keepLists: Bool) throws {
        var pathRels: [Int] = []
        if lo == 0 { cur.nbrs.append(Int32(from)); if keepLists { cur.relLists.append([]) } }
        guard hi > 0 else { return }
        var stack: [(edges: [(Int32, Int32)], idx: Int)] = [(edges(of: from, types: cur.types, dir: dir), 0)]
        var emitted = 0
        while !stack.isEmpty {
            let top = stack.count - 1
            if stack[top].idx >= stack[top].edges.count {
                stack.removeLast()
                if !pathRels.isEmpty { pathRels.removeLast() }
                continue
            }
            let (m, r) = stack[top].edges[stack[top].idx]
            stack[top].idx += 1
            if pathRels.contains(Int(r)) { continue }
            pathRels.append(Int(r))
            if pathRels.count >= lo {
                cur.nbrs.append(m)
                if keepLists { cur.relLists.append(pathRels) }
                emitted += 1
                if emitted & 4095 == 0 { try checkInterrupts(); try reserveValues(4096 * (keepLists ? pathRels.count + 1 : 1)) }
            }
            if pathRels.count < hi {
                stack.append((edges(of: Int(m), types: cur.types, dir: dir), 0))
            } else {
                pathRels.removeLast()
            }
        }
    }

    /// Shortest path(s) from a to b with min...max hops (relationship lists).
    func shortestPaths(_ cur: CursorState, from a: Int, to b: Int, dir: Direction, min lo: Int, max hi: Int, all: Bool) -> [[Int]] {
        if a == b && lo == 0 { return [[]] }
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
                for (m32, r32) in edges(of: u, types: cur.types, dir: dir) {
                    let m = Int(m32), r = Int(r32)
                    if let isNew = levelSeen[m] {
                        if all && isNew { parents[m, default: []].append((u, r)) }
                        continue
                    }
                    if parents[m] != nil && !(m == b && a == b) { continue }
                    levelSeen[m] = true
                    parents[m] = [(u, r)]
                    next.append(m)
                    if m == b { found = true }
                }
            }
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
