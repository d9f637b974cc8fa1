// API tests: prepared statements (parsed once, run many times), explain, opening graphs, and
// errors as located Swift values.
import XCTest
import Quiver

final class APIStatementTests: XCTestCase {
    func testPreparedStatementRunsWithDifferentParametersAndSeesWrites() throws {
        let session = Session(graph: Graph())
        let insert = try session.compile("CREATE (:P {name: $name, n: $n})")
        let count = try session.compile("MATCH (p:P) WHERE p.n >= $min RETURN count(p) AS c")
        for (i, name) in ["a", "b", "c"].enumerated() {
            try insert.run(parameters: ["name": .string(name), "n": .int(Int64(i))])
        }
        XCTAssertEqual(try count.run(parameters: ["min": 0]).scalar(Int.self), 3)
        XCTAssertEqual(try count.run(parameters: ["min": 2]).scalar(Int.self), 1)
        struct Min: Encodable { let min: Int }
        XCTAssertEqual(try count.run(parametersFrom: Min(min: 1)).scalar(Int.self), 2)
        XCTAssertThrowsError(try count.run()) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .parameterMissing)
        }
    }

    func testCompileRejectsSyntaxErrorsAndSeveralStatements() {
        let session = Session(graph: Graph())
        XCTAssertThrowsError(try session.compile("MATCH (n RETURN n")) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.kind, .syntaxError)
            XCTAssertEqual(q?.line, 1)
            XCTAssertNotNil(q?.column)
        }
        XCTAssertThrowsError(try session.compile("RETURN 1; RETURN 2")) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .syntaxError)
        }
    }

    func testExplainListsTheProgramWithoutRunning() throws {
        let graph = Graph()
        let session = Session(graph: graph)
        let listing = try session.explain("CREATE (:A) RETURN 1 AS x")
        XCTAssertEqual(listing.kind, .explain)
        XCTAssertEqual(listing.columns.first, "addr")
        XCTAssertTrue(listing.rows.contains { $0.contains(.string("CreateNode")) }, "\(listing.rows)")
        XCTAssertEqual(graph.nodeCount, 0)
        let text = try session.explainText("MATCH (n) RETURN n")
        XCTAssertTrue(text.contains("addr") && text.contains("Halt"), text)
        XCTAssertThrowsError(try session.explain("COPY A FROM 'a.csv'")) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .unsupportedFeature)
        }
    }

    func testRunParsesEveryStatementBeforeRunningAny() throws {
        let graph = Graph()
        let session = Session(graph: graph)
        XCTAssertThrowsError(try session.run("CREATE (:A); CREATE (:B"))
        XCTAssertEqual(graph.nodeCount, 0)
        XCTAssertEqual(try session.run("CREATE (:A); MATCH (n) RETURN count(n) AS c").scalar(Int.self), 1)
    }

    func testErrorsAreLocatedSwiftErrors() {
        let session = Session(graph: Graph())
        do {
            try session.run("RETURN 1 +\n  missing")
            XCTFail("expected an error")
        } catch let e as QuiverError {
            XCTAssertEqual(e.kind, .syntaxError)
            XCTAssertEqual(e.detail, "UndefinedVariable")
            XCTAssertEqual(e.line, 2)
            XCTAssertEqual(e.column, 3)
            XCTAssertTrue(e.rendered().hasSuffix("  missing\n  ^"), e.rendered())
        } catch {
            XCTFail("not a QuiverError: \(error)")
        }
    }

    func testOpeningGraphs() throws {
        XCTAssertEqual(Graph().nodeCount, 0)
        let articles = try Graph.articles()
        XCTAssertGreaterThan(articles.nodeCount, 100)
        let deals = try Session(graph: articles).run("MATCH (d:Deal) RETURN count(d) AS c").scalar(Int.self)
        XCTAssertGreaterThan(deals, 0)

        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-api-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = dir.appendingPathComponent("g.cypher")
        try "CREATE (:A {n: 1});\nCREATE (:A {n: 2});\n".write(to: script, atomically: true, encoding: .utf8)
        let g = try Graph(script: script)
        XCTAssertEqual(g.nodeCount, 2)
        XCTAssertEqual(try Graph(scriptText: "CREATE (:A)-[:R]->(:B)").relationshipCount, 1)
        XCTAssertThrowsError(try Graph(script: dir.appendingPathComponent("none.cypher"))) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .ioError)
        }
        XCTAssertThrowsError(try Graph(scriptText: "CREATE (:A);\nCREATE (")) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .syntaxError)
            XCTAssertEqual((e as? QuiverError)?.line, 2)
        }
    }
}
