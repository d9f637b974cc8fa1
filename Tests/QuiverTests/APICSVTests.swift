// API tests: CSV imports from Swift (Graph(csv:), importCSV) and COPY through a session with
// file access on; a failing import leaves the graph as it was.
import Foundation
import XCTest
import Quiver

final class APICSVTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    private func file(_ name: String, _ text: String) throws -> URL {
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testGraphFromCSVFiles() throws {
        let companies = try file("it's companies.csv", "id,name,founded\n1,NVIDIA,1993\n2,TSMC,1987\n")
        let people = try file("people.tsv", "name\ttitle\nJensen Huang\tCEO\n")
        let makes = try file("supplies.csv", "from,to,since\n2,1,2000\n")
        let graph = try Graph(csv: [
            .nodes(label: "Company", file: companies),
            .nodes(label: "Person", file: people, key: "name", delimiter: "\t"),
            .relationships(type: "SUPPLIES", file: makes, from: "Company", to: "Company"),
        ])
        XCTAssertEqual(graph.nodeCount, 3)
        XCTAssertEqual(graph.relationshipCount, 1)
        let r = try Session(graph: graph).run("MATCH (a:Company)-[s:SUPPLIES]->(b:Company) RETURN a.name AS a, b.name AS b, s.since AS since")
        XCTAssertEqual(try r.first?.get("a", as: String.self), "TSMC")
        XCTAssertEqual(try r.first?.get("b", as: String.self), "NVIDIA")
        XCTAssertEqual(try r.first?.get("since", as: Int.self), 2000)
        XCTAssertEqual(try Session(graph: graph).run("MATCH (p:Person) RETURN p.title AS t").scalar(String.self), "CEO")
    }

    func testFailingImportThrowsAndKeepsTheEarlierFiles() throws {
        let good = try file("a.csv", "id,name\n1,a\n")
        let bad = try file("b.csv", "id,name\n1,b\n1,c\n")
        let graph = Graph()
        XCTAssertThrowsError(try graph.importCSV([.nodes(label: "A", file: good), .nodes(label: "B", file: bad)])) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .importError, "\(e)")
        }
        XCTAssertEqual(graph.nodeCount, 1)
        XCTAssertThrowsError(try graph.importCSV([.nodes(label: "C", file: dir.appendingPathComponent("none.csv"))])) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .ioError, "\(e)")
        }
    }

    func testCopyThroughASessionWithFileAccess() throws {
        _ = try file("n.csv", "id,v\n1,x\n2,y\n")
        var options = SessionOptions()
        options.allowFileAccess = true
        options.fileRoot = dir
        let graph = Graph()
        let stats = try Session(graph: graph, options: options).run("COPY N FROM 'n.csv'").stats
        XCTAssertEqual(stats.nodesCreated, 2)
        XCTAssertEqual(graph.nodeCount, 2)
    }
}
