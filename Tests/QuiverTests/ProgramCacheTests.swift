// ProgramCacheTests: a session reuses the program of a statement it ran before only while
// the graph, the parameters and the host functions are what the program was planned with.
import XCTest
@testable import Quiver

final class ProgramCacheTests: XCTestCase {
    private func scalar(_ s: Session, _ q: String, _ p: [String: CypherValue] = [:]) throws -> CypherValue? {
        try s.run(q, parameters: p).rows.first?.first
    }

    func testWritesParametersAndHostFunctionsInvalidate() throws {
        let s = Session(graph: Graph())
        try s.run("CREATE (:A), (:A)")
        let q = "MATCH (n:A) RETURN count(*) AS c"
        XCTAssertEqual(try scalar(s, q), .int(2))
        XCTAssertEqual(try scalar(s, q), .int(2))
        // While every node is an :A the plan skips the label test; a :B node must not count.
        try s.run("CREATE (:B)")
        XCTAssertEqual(try scalar(s, q), .int(2))
        XCTAssertEqual(try scalar(s, "MATCH (n) RETURN count(*) AS c"), .int(3))
        try s.run("CREATE (:A)")
        XCTAssertEqual(try scalar(s, q), .int(3))
        // Parameters are constants of the program.
        XCTAssertEqual(try scalar(s, "RETURN $x + 1 AS y", ["x": .int(1)]), .int(2))
        XCTAssertEqual(try scalar(s, "RETURN $x + 1 AS y", ["x": .int(41)]), .int(42))
        s.parameters["x"] = .int(9)
        XCTAssertEqual(try scalar(s, "RETURN $x + 1 AS y"), .int(10))
        // Host functions: registering, replacing with another arity, removing.
        try s.register("f", arity: 0) { _ in .int(1) }
        XCTAssertEqual(try scalar(s, "RETURN f() AS v"), .int(1))
        _ = s.unregister("f")
        try s.register("f", arity: 1) { args in args[0] }
        XCTAssertThrowsError(try s.run("RETURN f() AS v"))
        XCTAssertEqual(try scalar(s, "RETURN f(5) AS v"), .int(5))
        _ = s.unregister("f")
        XCTAssertThrowsError(try s.run("RETURN f(5) AS v"))
        // A write through another session is seen too (the graph's generation).
        try Session(graph: s.graph).run("CREATE (:A)")
        XCTAssertEqual(try scalar(s, q), .int(4))
    }

    func testSameTextInOneScriptAndErrorsStayLocated() throws {
        let s = Session(graph: Graph())
        let r = try s.run("CREATE (:A); MATCH (n) RETURN count(*) AS c; CREATE (:A); MATCH (n) RETURN count(*) AS c")
        XCTAssertEqual(r.rows.first?.first, .int(2))
        for _ in 0..<2 {
            XCTAssertThrowsError(try s.run("MATCH (n) RETURN 1 / (count(*) - 2) AS x")) { e in
                XCTAssertEqual((e as? QuiverError)?.span?.start, 17)
            }
        }
    }

    func testReusedMachinesAnswerAsNewOnes() throws {
        let g = Graph()
        try Session(graph: g).run("""
            UNWIND range(1, 300) AS i CREATE (:P {id: i, k: i % 7})
            """)
        try Session(graph: g).run("MATCH (a:P), (b:P) WHERE b.id = a.id + 1 OR b.id = a.id * 2 CREATE (a)-[:R]->(b)")
        let queries = [
            "MATCH (p:P) RETURN p.k AS k, count(*) AS c, collect(p.id)[0] AS first ORDER BY k",
            "MATCH (p:P {id: 3})-[:R*1..3]->(q) RETURN count(DISTINCT q) AS c",
            "MATCH (p:P) WHERE p.k = 2 OPTIONAL MATCH (p)-[:R]->(q:P {k: 5}) RETURN p.id AS id, q.id AS q ORDER BY id LIMIT 7",
            "MATCH (p:P) RETURN DISTINCT p.k AS k ORDER BY k DESC SKIP 2 LIMIT 3",
            "MATCH (a:P {id: 1}), (b:P {id: 250}) MATCH path = shortestPath((a)-[:R*]->(b)) RETURN length(path) AS n",
            "UNWIND range(1, 5000) AS x RETURN sum(x % 7) AS s, count(*) AS c",
        ]
        let s = Session(graph: g)
        let first = try queries.map { try s.run($0).rows }
        for _ in 0..<4 {
            for (q, want) in zip(queries, first) { XCTAssertEqual(try s.run(q).rows, want, q) }
        }
        // A run that fails leaves no machine behind; the next run of the text still answers.
        XCTAssertThrowsError(try s.run("UNWIND [1, 0] AS x RETURN 10 / x AS y"))
        XCTAssertThrowsError(try s.run("UNWIND [1, 0] AS x RETURN 10 / x AS y"))
        XCTAssertEqual(try s.run("UNWIND [2, 5] AS x RETURN 10 / x AS y").rows, [[.int(5)], [.int(2)]])
        var o = SessionOptions()
        o.maxRows = 3
        let limited = Session(graph: g, options: o)
        for _ in 0..<3 {
            XCTAssertThrowsError(try limited.run("MATCH (p:P) RETURN p.id"))
            XCTAssertEqual(try limited.run("MATCH (p:P) RETURN count(*) AS c").rows, [[.int(300)]])
        }
    }

    /// A reused machine keeps its seek index and its DISTINCT sets (emptied) between runs:
    /// answers checked against ones computed here, over runs with other parameters between.
    func testSeeksAndDistinctSetsAcrossReuse() throws {
        let g = Graph()
        try Session(graph: g).run("UNWIND range(1, 300) AS i CREATE (:P {id: i, k: i % 7})")
        try Session(graph: g).run("MATCH (a:P), (b:P) WHERE b.id = a.id + 1 OR b.id = a.id * 2 CREATE (a)-[:R]->(b)")
        func out(_ a: Int) -> [Int] { [a + 1, a * 2].filter { $0 <= 300 && $0 != a } }
        func twoHop(_ a: Int) -> Int { Set(out(a).flatMap(out)).count }
        var perK: [Int: Set<Int>] = [:]
        for a in 1...300 { for b in out(a) { perK[a % 7, default: []].insert(b) } }
        let grouped = perK.keys.sorted().map { [CypherValue.int(Int64($0)), .int(Int64(perK[$0]!.count))] }
        let s = Session(graph: g)
        for round in 0..<3 {
            for a in [7, 1, 150, 299, 300, 7] {
                let r = try s.run("MATCH (a:P {id: $id})-[:R]->(:P)-[:R]->(c:P) RETURN count(DISTINCT c) AS n",
                                  parameters: ["id": .int(Int64(a))])
                XCTAssertEqual(r.rows, [[.int(Int64(twoHop(a)))]], "id \(a), round \(round)")
            }
            XCTAssertEqual(try s.run("MATCH (a:P {id: 7})-[:R]->(:P)-[:R]->(c:P) RETURN count(DISTINCT c) AS n").rows,
                           [[.int(Int64(twoHop(7)))]])
            XCTAssertEqual(try s.run("MATCH (a:P {id: 1000})-[:R]->(c) RETURN count(DISTINCT c) AS n").rows, [[.int(0)]])
            XCTAssertEqual(try s.run("MATCH (a:P)-[:R]->(b:P) RETURN a.k AS k, count(DISTINCT b) AS n ORDER BY k").rows, grouped)
        }
    }
}
