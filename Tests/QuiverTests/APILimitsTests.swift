// API tests: untrusted queries. Each limit of SessionOptions (timeout, maxIntermediateValues,
// maxRows, file access and fileRoot) stops a hostile statement with the right kind and leaves
// the graph as it was.
import Foundation
import XCTest
import Quiver

final class APILimitsTests: XCTestCase {
    /// A small dense graph: `n` nodes, a relationship from every node to every other one.
    private func denseGraph(_ n: Int) throws -> Graph {
        let graph = Graph()
        try Session(graph: graph).run("UNWIND range(1, $n) AS i CREATE (:V {i: i})", parameters: ["n": .int(Int64(n))])
        try Session(graph: graph).run("MATCH (a:V), (b:V) WHERE a.i <> b.i CREATE (a)-[:E]->(b)")
        return graph
    }

    private func expectLimit(_ session: Session, _ query: String, kind: QuiverError.Kind, detail: String?,
                             within seconds: Double, file: StaticString = #filePath, line: UInt = #line) {
        let started = Date()
        XCTAssertThrowsError(try session.run(query), file: file, line: line) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.kind, kind, "\(e)", file: file, line: line)
            if let detail { XCTAssertEqual(q?.detail, detail, "\(e)", file: file, line: line) }
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), seconds, query, file: file, line: line)
    }

    func testTimeoutStopsARunawayVariableLengthPattern() throws {
        let graph = try denseGraph(12)
        var options = SessionOptions()
        options.timeout = 0.3
        let session = Session(graph: graph, options: options)
        expectLimit(session, "MATCH p = ()-[*]-() RETURN count(*)", kind: .resourceLimit, detail: "Timeout", within: 3)
        expectLimit(session, "MATCH (a)-[*]->(b) WITH a, b CREATE (:Out) RETURN count(*)", kind: .resourceLimit, detail: "Timeout", within: 3)
        XCTAssertEqual(graph.nodeCount, 12)
        // Ordinary queries still run under the limit.
        XCTAssertEqual(try session.run("MATCH (v:V) RETURN count(v) AS c").scalar(Int.self), 12)
    }

    func testIntermediateValueLimitStopsHugeRanges() throws {
        var options = SessionOptions()
        options.maxIntermediateValues = 1_000_000
        let graph = Graph()
        let session = Session(graph: graph, options: options)
        expectLimit(session, "RETURN size(range(1, 100000000000)) AS n", kind: .resourceLimit, detail: "MemoryLimit", within: 3)
        expectLimit(session, "UNWIND range(1, 10000000) AS x RETURN collect(x) AS xs", kind: .resourceLimit, detail: "MemoryLimit", within: 5)
        expectLimit(session, "UNWIND range(1, 10000000) AS x CREATE (:N {x: x})", kind: .resourceLimit, detail: "MemoryLimit", within: 5)
        XCTAssertEqual(graph.nodeCount, 0)
        XCTAssertEqual(try session.run("RETURN size(range(1, 1000)) AS n").scalar(Int.self), 1000)
    }

    func testRowLimitStopsCartesianProducts() throws {
        var options = SessionOptions()
        options.maxRows = 1000
        let session = Session(graph: try denseGraph(20), options: options)
        expectLimit(session, "MATCH (a), (b), (c) RETURN a.i, b.i, c.i", kind: .resourceLimit, detail: "RowLimit", within: 3)
        expectLimit(session, "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN a, b", kind: .resourceLimit, detail: "RowLimit", within: 3)
        XCTAssertEqual(try session.run("MATCH (a), (b) RETURN count(*) AS c").scalar(Int.self), 400)
        XCTAssertEqual(try session.run("UNWIND range(1, 1000) AS x RETURN x").count, 1000)
    }

    func testFileAccessIsOffByDefault() throws {
        let graph = Graph()
        let session = Session(graph: graph)
        XCTAssertFalse(session.options.allowFileAccess)
        XCTAssertThrowsError(try session.run("COPY X FROM '/etc/passwd'")) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.kind, .ioError)
            XCTAssertEqual(q?.detail, "FileAccessDenied")
            XCTAssertEqual(q?.column, 13)
        }
        XCTAssertEqual(graph.nodeCount, 0)
    }

    func testFileRootConfinesCopy() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-root-\(UUID().uuidString)")
        let inside = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "name\nx\n".write(to: root.appendingPathComponent("outside.csv"), atomically: true, encoding: .utf8)
        try "name\na\nb\n".write(to: inside.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: inside.appendingPathComponent("link.csv"), withDestinationURL: root.appendingPathComponent("outside.csv"))

        var options = SessionOptions()
        options.allowFileAccess = true
        options.fileRoot = inside
        let graph = Graph()
        let session = Session(graph: graph, options: options)
        for path in ["/etc/passwd", "../outside.csv", "sub/../../outside.csv", "link.csv", root.appendingPathComponent("outside.csv").path] {
            XCTAssertThrowsError(try session.run("COPY X FROM '\(path)'"), path) { e in
                XCTAssertEqual((e as? QuiverError)?.kind, .ioError, "\(path): \(e)")
                XCTAssertEqual((e as? QuiverError)?.detail, "FileAccessDenied", "\(path): \(e)")
            }
        }
        XCTAssertEqual(graph.nodeCount, 0)
        try session.run("COPY Person FROM 'people.csv'")
        XCTAssertEqual(try session.run("MATCH (p:Person) RETURN p.name ORDER BY p.name").decode(String.self), ["a", "b"])
    }
}
