// API tests: host functions registered on a Session: raw and typed closures, use in any
// expression, null handling, arity and name checks, and errors surfacing at the call.
import XCTest
import Quiver

final class APIHostFunctionTests: XCTestCase {
    struct Boom: Error, CustomStringConvertible { var description: String { "boom" } }

    func testTypedFunctionInProjectionWhereAndOrderBy() throws {
        let session = Session(graph: Graph())
        try session.register("slug") { (s: String) -> String in s.lowercased().replacingOccurrences(of: " ", with: "-") }
        try session.register("text.len") { (s: String) -> Int in s.count }
        try session.run("CREATE (:C {name: 'Stability AI'}), (:C {name: 'Air Street Capital'}), (:C {name: 'X'})")
        let r = try session.run("MATCH (c:C) WHERE text.len(c.name) > 1 RETURN slug(c.name) AS s ORDER BY SLUG(c.name) DESC")
        XCTAssertEqual(try r.column("s", as: String.self), ["stability-ai", "air-street-capital"])
        XCTAssertEqual(session.registeredFunctions, ["slug", "text.len"])
    }

    func testRawFunctionWithFixedAndRangedArity() throws {
        let session = Session(graph: Graph())
        try session.register("pick", arity: 2) { args in args[1] }
        try session.register("total", arity: 0...8) { args in
            .int(args.reduce(0) { acc, v in if case .int(let i) = v { return acc + i }; return acc })
        }
        XCTAssertEqual(try session.run("RETURN pick(1, [2, 3]) AS p").scalar([Int].self), [2, 3])
        XCTAssertEqual(try session.run("RETURN total() AS t").scalar(Int.self), 0)
        XCTAssertEqual(try session.run("UNWIND [1, 2] AS x RETURN total(x, x, 10) AS t ORDER BY t").column("t", as: Int.self), [12, 14])
        XCTAssertThrowsError(try session.run("RETURN pick(1)")) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.kind, .syntaxError)
            XCTAssertEqual(q?.detail, "InvalidNumberOfArguments")
            XCTAssertEqual(q?.column, 8)
        }
    }

    func testNullArgumentsSkipNonOptionalClosures() throws {
        let session = Session(graph: Graph())
        try session.register("shout") { (s: String) -> String in s.uppercased() + "!" }
        try session.register("orDefault") { (s: String?) -> String in s ?? "default" }
        try session.register("both") { (a: Int, b: Int?) -> Int in a + (b ?? 100) }
        let row = try XCTUnwrap(try session.run("RETURN shout(null) AS a, orDefault(null) AS b, both(1, null) AS c, both(null, 1) AS d").first)
        XCTAssertNil(try row.get("a", as: String?.self))
        XCTAssertEqual(try row.get("b", as: String.self), "default")
        XCTAssertEqual(try row.get("c", as: Int.self), 101)
        XCTAssertNil(try row.get("d", as: Int?.self))
    }

    func testHostErrorIsPositionedAtTheCall() throws {
        let session = Session(graph: Graph())
        try session.register("fail") { (x: Int) throws -> Int in if x > 1 { throw Boom() }; return x }
        XCTAssertEqual(try session.run("RETURN fail(1) AS x").scalar(Int.self), 1)
        XCTAssertThrowsError(try session.run("UNWIND [1, 2] AS x\nRETURN x, fail(x) AS y")) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.kind, .hostError)
            XCTAssertEqual(q?.message, "fail(): boom")
            XCTAssertEqual(q?.phase, .runtime)
            XCTAssertEqual(q?.line, 2)
            XCTAssertEqual(q?.column, 11)
            XCTAssertTrue(q?.rendered().contains("RETURN x, fail(x) AS y\n          ^") ?? false, q?.rendered() ?? "")
        }
    }

    func testWrongArgumentTypeIsATypeErrorAtTheCall() throws {
        let session = Session(graph: Graph())
        try session.register("twice") { (x: Int) -> Int in x * 2 }
        XCTAssertThrowsError(try session.run("RETURN twice('a')")) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.kind, .typeError)
            XCTAssertEqual(q?.message, "twice(): argument 1: expected Integer, got String")
            XCTAssertEqual(q?.column, 8)
        }
    }

    func testWritesStopAtAHostErrorAndLeaveTheGraphAsItWas() throws {
        let graph = Graph()
        let session = Session(graph: graph)
        try session.register("check") { (x: Int) throws -> Int in if x == 500 { throw Boom() }; return x }
        XCTAssertThrowsError(try session.run("UNWIND range(1, 1000) AS i CREATE (:N {v: check(i)})"))
        XCTAssertEqual(graph.nodeCount, 0)
    }

    func testHostNodesMustExistInTheGraph() throws {
        let session = Session(graph: Graph())
        try session.run("CREATE (:A {k: 1})")
        try session.register("first", arity: 0) { _ in .node(Node(id: 0, labels: [], properties: [:])) }
        try session.register("ghost", arity: 0) { _ in .list([.node(Node(id: 99, labels: [], properties: [:]))]) }
        XCTAssertEqual(try session.run("RETURN first().k AS k").scalar(Int.self), 1)
        XCTAssertThrowsError(try session.run("RETURN ghost() AS g")) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .hostError)
            XCTAssertEqual((e as? QuiverError)?.message, "ghost(): returned a node (id 99) that is not in the graph")
        }
    }

    func testNamesAreCheckedAndReplaceable() throws {
        let session = Session(graph: Graph())
        for bad in ["size", "COUNT", "collect", "", "1x", "a b", "a.", "x(1)"] {
            XCTAssertThrowsError(try session.register(bad) { (s: String) -> String in s }, bad) { e in
                XCTAssertEqual((e as? QuiverError)?.kind, .apiError, bad)
                XCTAssertEqual((e as? QuiverError)?.detail, "InvalidHostFunction", bad)
            }
        }
        try session.register("v") { () -> Int in 1 }
        try session.register("V") { () -> Int in 2 }
        XCTAssertEqual(try session.run("RETURN v() AS v").scalar(Int.self), 2)
        XCTAssertTrue(session.unregister("v"))
        XCTAssertFalse(session.unregister("v"))
        XCTAssertThrowsError(try session.run("RETURN v()")) { e in
            XCTAssertEqual((e as? QuiverError)?.detail, "UnknownFunction")
        }
        // Another session does not see this session's functions.
        try session.register("only") { () -> Int in 1 }
        XCTAssertThrowsError(try Session(graph: session.graph).run("RETURN only()"))
    }
}
