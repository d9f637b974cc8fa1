// FastPathTraversalTests: the traversal fast paths against plain reference algorithms written
// here, on small random graphs with self loops, parallel edges and two relationship types:
// bidirectional shortest path (vs. BFS and vs. allShortestPaths), trail enumeration (vs. DFS).
import Foundation
import XCTest
@testable import Quiver

/// A small random multigraph, loaded into a Graph through COPY.
struct RandomGraph {
    var n: Int
    /// (source, target, type) in relationship-id order.
    var edges: [(Int, Int, String)] = []

    init(nodes: Int, edges count: Int, seed: UInt64) {
        n = nodes
        var s = seed
        func next() -> Int {
            s &+= 0x9E37_79B9_7F4A_7C15
            var z = s
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(1 << 31))
        }
        for _ in 0..<count {
            edges.append((next() % nodes, next() % nodes, next() % 4 == 0 ? "U" : "T"))
        }
    }

    func session(in dir: URL) throws -> Session {
        try ("id\n" + (0..<n).map(String.init).joined(separator: "\n") + "\n")
            .write(to: dir.appendingPathComponent("n.csv"), atomically: true, encoding: .utf8)
        var o = SessionOptions()
        o.allowFileAccess = true
        o.fileRoot = dir
        let s = Session(graph: Graph(), options: o)
        try s.run("COPY N FROM 'n.csv'")
        // One file per type keeps relationship ids in edge order within a type; the ids of
        // the engine are not compared, only endpoints and types.
        for t in ["T", "U"] {
            let rows = edges.filter { $0.2 == t }.map { "\($0.0),\($0.1)" }
            try ("s,d\n" + rows.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("\(t).csv"), atomically: true, encoding: .utf8)
            if !rows.isEmpty { try s.run("COPY \(t) FROM '\(t).csv' (FROM N, TO N)") }
        }
        return s
    }

    /// Edges usable from node v: (neighbour, edge index), for the types and direction.
    func steps(_ v: Int, types: Set<String>, dir: Direction) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        for (i, e) in edges.enumerated() where types.contains(e.2) {
            if dir != .incoming && e.0 == v { out.append((e.1, i)) }
            if dir != .outgoing && e.1 == v && !(dir == .both && e.0 == e.1) { out.append((e.0, i)) }
        }
        return out
    }

    /// Hop distance a -> b (>= 1 hop) within `hi` hops, and the number of shortest paths.
    func shortest(_ a: Int, _ b: Int, types: Set<String>, dir: Direction, hi: Int) -> (Int, Int)? {
        var dist = [Int](repeating: -1, count: n), ways = [Int](repeating: 0, count: n)
        dist[a] = 0; ways[a] = 1
        var frontier = [a], d = 0
        while !frontier.isEmpty && d < hi {
            d += 1
            var next: [Int] = []
            for u in frontier {
                for (m, _) in steps(u, types: types, dir: dir) {
                    if m == b && a == b { return (d, 1) }
                    if dist[m] == -1 { dist[m] = d; next.append(m) }
                    if dist[m] == d { ways[m] += ways[u] }
                }
            }
            if a != b, dist[b] >= 1 { return (dist[b], ways[b]) }
            frontier = next
        }
        return nil
    }

    /// Trails (no edge twice) of lo...hi hops from a: count and distinct end nodes.
    func trails(_ a: Int, types: Set<String>, dir: Direction, lo: Int, hi: Int) -> (Int, Int) {
        var count = 0
        var ends = Set<Int>()
        var used: [Int] = []
        func go(_ v: Int) {
            for (m, e) in steps(v, types: types, dir: dir) where !used.contains(e) {
                used.append(e)
                if used.count >= lo { count += 1; ends.insert(m) }
                if used.count < hi { go(m) }
                used.removeLast()
            }
        }
        go(a)
        return (count, ends.count)
    }
}

final class FastPathTraversalTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-fastpath-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// `-[v:T*len]->` in the direction given.
    private func pattern(_ variable: String, _ types: String, _ dir: Direction, _ length: String) -> String {
        let body = variable + types + length
        switch dir {
        case .outgoing: return "-[\(body)]->"
        case .incoming: return "<-[\(body)]-"
        case .both: return "-[\(body)]-"
        }
    }

    func testShortestPathMatchesBreadthFirstSearch() throws {
        for (seed, nodes, edges) in [(1, 30, 45), (2, 40, 120), (3, 25, 25)] as [(UInt64, Int, Int)] {
            let g = RandomGraph(nodes: nodes, edges: edges, seed: seed)
            let s = try g.session(in: dir)
            for (typeText, types) in [(":T", Set(["T"])), (":T|U", Set(["T", "U"]))] {
                for d in [Direction.outgoing, .incoming, .both] {
                    for hi in [2, 30] {
                        for k in 0..<12 {
                            let a = (k * 7 + Int(seed)) % nodes, b = (k * 13 + 3) % nodes
                            // A path back to the start is the shortest returning trail, not a
                            // BFS distance (Tests/Transcripts/regressions/shortest-path-to-itself).
                            if a == b { continue }
                            let want = g.shortest(a, b, types: types, dir: d, hi: hi)
                            let q = "MATCH (a:N {id: $a}), (b:N {id: $b}) MATCH p = shortestPath((a)\(pattern("", typeText, d, "*1..\(hi)"))(b)) RETURN p"
                            let r = try s.run(q, parameters: ["a": .int(Int64(a)), "b": .int(Int64(b))])
                            let ctx = "seed \(seed) \(typeText) \(d) *1..\(hi) \(a)->\(b)"
                            guard let (dist, ways) = want else { XCTAssertEqual(r.rows.count, 0, ctx); continue }
                            guard r.rows.count == 1, case .path(let p)? = r.rows.first?.first else { XCTFail("no path: \(ctx)"); continue }
                            XCTAssertEqual(p.relationships.count, dist, ctx)
                            checkPath(p, from: a, to: b, dir: d, types: types, ctx)
                            // The general search (every shortest path) agrees on count and length.
                            let all = try s.run(q.replacingOccurrences(of: "shortestPath", with: "allShortestPaths"),
                                                parameters: ["a": .int(Int64(a)), "b": .int(Int64(b))])
                            if a != b { XCTAssertEqual(all.rows.count, ways, ctx) }
                            for row in all.rows {
                                if case .path(let q)? = row.first { XCTAssertEqual(q.relationships.count, dist, ctx) }
                            }
                            // Kuzu's form gives the same length.
                            let kq = "MATCH (a:N {id: $a})\(pattern("e", typeText, d, "* SHORTEST 1..\(hi)"))(b:N {id: $b}) RETURN length(e)"
                            let kr = try s.run(kq, parameters: ["a": .int(Int64(a)), "b": .int(Int64(b))])
                            XCTAssertEqual(kr.rows.first?.first, .int(Int64(dist)), ctx)
                        }
                    }
                }
            }
        }
    }

    /// The path starts at a, ends at b, and each relationship joins consecutive nodes the
    /// way the pattern points.
    private func checkPath(_ p: Path, from a: Int, to b: Int, dir: Direction, types: Set<String>, _ ctx: String) {
        XCTAssertEqual(p.nodes.first?.properties["id"], .int(Int64(a)), ctx)
        XCTAssertEqual(p.nodes.last?.properties["id"], .int(Int64(b)), ctx)
        // A path from a node back to itself goes through the general search (not checked here).
        if a != b { XCTAssertEqual(Set(p.relationships.map { $0.id }).count, p.relationships.count, ctx) }
        for (i, r) in p.relationships.enumerated() where i + 1 < p.nodes.count {
            let u = p.nodes[i].id, v = p.nodes[i + 1].id
            XCTAssertTrue(types.contains(r.type), ctx)
            switch dir {
            case .outgoing: XCTAssertTrue(r.startId == u && r.endId == v, ctx)
            case .incoming: XCTAssertTrue(r.startId == v && r.endId == u, ctx)
            case .both: XCTAssertTrue((r.startId == u && r.endId == v) || (r.startId == v && r.endId == u), ctx)
            }
        }
    }

    func testTrailsMatchDepthFirstReference() throws {
        let g = RandomGraph(nodes: 12, edges: 30, seed: 9)
        let s = try g.session(in: dir)
        for (typeText, types) in [(":T", Set(["T"])), ("", Set(["T", "U"]))] {
            for d in [Direction.outgoing, .incoming, .both] {
                for (lo, hi) in [(1, 3), (2, 4), (0, 2)] {
                    for a in [0, 3, 7] {
                        let (count, ends) = g.trails(a, types: types, dir: d, lo: max(lo, 1), hi: hi)
                        let q = "MATCH (a:N {id: \(a)})\(pattern("", typeText, d, "*\(lo)..\(hi)"))(c) RETURN count(*), count(DISTINCT c)"
                        let r = try s.run(q)
                        let zeroHop = lo == 0 ? 1 : 0
                        let ctx = "\(typeText) \(d) *\(lo)..\(hi) from \(a)"
                        XCTAssertEqual(r.rows.first?.first, .int(Int64(count + zeroHop)), ctx)
                        if lo > 0 { XCTAssertEqual(r.rows.first?.last, .int(Int64(ends)), ctx) }
                    }
                }
            }
        }
    }
}
