// FastPathCarryTests: multi-hop patterns on random multigraphs (self loops, parallel edges,
// two types) against answers counted here by brute force. They cover what expansions write
// to the typed side (node and relationship ids), carried variables copied only when read
// (start and middle nodes read after later hops, through WITH and OPTIONAL MATCH), typed
// relationship uniqueness and count(DISTINCT node), over batches of more than 1024 rows.
import Foundation
import XCTest
@testable import Quiver

final class FastPathCarryTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-carry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    private func int(_ r: QueryResult, _ row: Int = 0, _ col: Int = 0) -> Int? {
        guard row < r.rows.count, col < r.rows[row].count, case .int(let x) = r.rows[row][col] else { return nil }
        return Int(x)
    }

    /// Directed two-hop paths per start: count, distinct ends, sum of middle ids.
    func testTwoHopsPerStartWithCarriedReads() throws {
        for (seed, nodes, edges) in [(11, 40, 400), (12, 25, 300), (13, 60, 200)] as [(UInt64, Int, Int)] {
            let g = RandomGraph(nodes: nodes, edges: edges, seed: seed)
            let s = try g.session(in: dir)
            var want: [[CypherValue]] = []
            for a in 0..<nodes {
                var n = 0, sb = 0
                var ends = Set<Int>()
                for (b, e1) in g.steps(a, types: ["T"], dir: .outgoing) {
                    for (c, e2) in g.steps(b, types: ["T"], dir: .outgoing) where e2 != e1 {
                        n += 1; sb += b; ends.insert(c)
                    }
                }
                if n > 0 { want.append([.int(Int64(a)), .int(Int64(n)), .int(Int64(ends.count)), .int(Int64(sb))]) }
            }
            let r = try s.run("""
                MATCH (a:N)-[r1:T]->(b)-[r2:T]->(c)
                RETURN a.id AS a, count(*) AS n, count(DISTINCT c) AS d, sum(b.id) AS sb ORDER BY a
                """)
            XCTAssertEqual(r.rows, want, "seed \(seed)")
        }
    }

    /// Undirected two hops over both types from one start, and three directed hops with every
    /// relationship distinct, reading the start and the middle nodes at the end.
    func testUndirectedAndThreeHops() throws {
        for (seed, nodes, edges) in [(21, 30, 240), (22, 50, 500)] as [(UInt64, Int, Int)] {
            let g = RandomGraph(nodes: nodes, edges: edges, seed: seed)
            let s = try g.session(in: dir)
            let all: Set<String> = ["T", "U"]
            for start in [0, 3, nodes - 1] {
                var n = 0, sum = 0
                for (b, e1) in g.steps(start, types: all, dir: .both) {
                    for (c, e2) in g.steps(b, types: all, dir: .both) where e2 != e1 {
                        n += 1; sum += start + b * 100 + c * 10_000
                    }
                }
                let r = try s.run("MATCH (a:N {id: $s})-[r1]-(b)-[r2]-(c) RETURN count(*) AS n, sum(a.id + b.id * 100 + c.id * 10000) AS s",
                                  parameters: ["s": .int(Int64(start))])
                XCTAssertEqual(int(r), n, "seed \(seed) start \(start)")
                XCTAssertEqual(int(r, 0, 1) ?? 0, sum, "seed \(seed) start \(start)")
            }
            var n3 = 0, ab = 0
            for a in 0..<5 {
                for (b, e1) in g.steps(a, types: all, dir: .outgoing) {
                    for (c, e2) in g.steps(b, types: all, dir: .outgoing) where e2 != e1 {
                        for (_, e3) in g.steps(c, types: all, dir: .outgoing) where e3 != e1 && e3 != e2 {
                            n3 += 1; ab += a * b
                        }
                    }
                }
            }
            let r = try s.run("MATCH (a:N)-[r1]->(b)-[r2]->(c)-[r3]->(d) WHERE a.id < 5 RETURN count(*) AS n, sum(a.id * b.id) AS ab")
            XCTAssertEqual(int(r), n3, "seed \(seed)")
            XCTAssertEqual(int(r, 0, 1) ?? 0, ab, "seed \(seed)")
        }
    }

    /// Variables carried through WITH and OPTIONAL MATCH (no uniqueness across clauses).
    func testCarriedThroughWithAndOptionalMatch() throws {
        let g = RandomGraph(nodes: 35, edges: 350, seed: 31)
        let s = try g.session(in: dir)
        func outDegree(_ v: Int, _ t: String) -> Int { g.steps(v, types: [t], dir: .outgoing).count }
        var sa = 0, n = 0
        for e in g.edges where e.2 == "T" && e.1 % 2 == 0 {
            let d = outDegree(e.1, "T")
            sa += e.0 * d; n += d
        }
        let r = try s.run("MATCH (a:N)-[:T]->(b) WITH a, b WHERE b.id % 2 = 0 MATCH (b)-[:T]->(c) RETURN sum(a.id) AS sa, count(*) AS n")
        XCTAssertEqual(int(r) ?? 0, sa)
        XCTAssertEqual(int(r, 0, 1), n)
        var perPair: [[Int]: Int] = [:]
        for e in g.edges where e.2 == "U" { perPair[[e.0, e.1], default: 0] += outDegree(e.1, "U") }
        let want = perPair.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { k -> [CypherValue] in
            [.int(Int64(k[0])), .int(Int64(k[1])), .int(Int64(perPair[k] ?? 0))]
        }
        let o = try s.run("MATCH (a:N)-[:U]->(b) OPTIONAL MATCH (b)-[:U]->(c) RETURN a.id AS a, b.id AS b, count(c) AS n ORDER BY a, b")
        XCTAssertEqual(o.rows, want)
        // The same statements again run on the cached machine.
        XCTAssertEqual(try s.run("MATCH (a:N)-[:U]->(b) OPTIONAL MATCH (b)-[:U]->(c) RETURN a.id AS a, b.id AS b, count(c) AS n ORDER BY a, b").rows, want)
    }

    /// Variable-length expansions write their end nodes to the typed side: count(DISTINCT)
    /// of one group and of several, and the trails themselves, against a depth-first count.
    func testVariableLengthEndsAgainstTrails() throws {
        for (seed, nodes, edges) in [(41, 30, 200), (42, 50, 260)] as [(UInt64, Int, Int)] {
            let g = RandomGraph(nodes: nodes, edges: edges, seed: seed)
            let s = try g.session(in: dir)
            /// Trails of lo...hi hops from a over T: (count, distinct ends).
            func trails(_ a: Int, _ lo: Int, _ hi: Int) -> (Int, Set<Int>) {
                var count = 0
                var ends = Set<Int>()
                var used = Set<Int>()
                func walk(_ v: Int, _ depth: Int) {
                    if depth >= lo { count += 1; ends.insert(v) }
                    if depth == hi { return }
                    for (w, e) in g.steps(v, types: ["T"], dir: .outgoing) where !used.contains(e) {
                        used.insert(e); walk(w, depth + 1); used.remove(e)
                    }
                }
                for (w, e) in g.steps(a, types: ["T"], dir: .outgoing) { used.insert(e); walk(w, 1); used.remove(e) }
                return (count, ends)
            }
            for a in [0, 7, nodes - 1] {
                let (n, ends) = trails(a, 1, 3)
                let r = try s.run("MATCH (a:N {id: $a})-[:T*1..3]->(c) RETURN count(DISTINCT c) AS d, count(*) AS n",
                                  parameters: ["a": .int(Int64(a))])
                XCTAssertEqual(r.rows, [[.int(Int64(ends.count)), .int(Int64(n))]], "seed \(seed) a \(a)")
            }
            let want = (0..<6).compactMap { a -> [CypherValue]? in
                let (n, ends) = trails(a, 2, 2)
                return n == 0 ? nil : [.int(Int64(a)), .int(Int64(ends.count)), .int(Int64(n))]
            }
            let r = try s.run("MATCH (a:N)-[:T*2]->(c) WHERE a.id < 6 RETURN a.id AS a, count(DISTINCT c) AS d, count(*) AS n ORDER BY a")
            XCTAssertEqual(r.rows, want, "seed \(seed)")
        }
    }
}
