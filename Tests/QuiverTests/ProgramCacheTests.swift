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
}
