// ImportOrderTests: a COPY numbers its relationships in source order (their endpoints are
// then read from the CSR), so every property column is permuted along. Random files with
// every column kind, checked row by row against the file: properties, endpoints through
// the pattern, startNode/endNode, the API's Relationship (type, startId, endId) and ids;
// then a second COPY into the same type, a CREATE and a COPY of another type.
import Foundation
import XCTest
@testable import Quiver

final class ImportOrderTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    /// One relationship as the test expects it: endpoint keys and property literals.
    private struct Row: Hashable {
        var type: String
        var src: Int, dst: Int
        var props: [String: CypherValue]
    }

    private func session(_ g: Graph) -> Session {
        var o = SessionOptions()
        o.allowFileAccess = true
        o.fileRoot = dir
        return Session(graph: g, options: o)
    }

    /// Writes a relationship file of `n` random rows over `keys`; returns the expected rows.
    private func writeRels(_ name: String, type: String, n: Int, keys: [Int], rng: inout SplitMix64) throws -> [Row] {
        var text = "src,dst,w,k,s,b,m\n"
        var rows: [Row] = []
        for i in 0..<n {
            let a = keys[rng.below(keys.count)]
            let b = rng.next() % 10 == 0 ? a : keys[rng.below(keys.count)]
            var props: [String: CypherValue] = [:]
            var cells: [String] = []
            let w = Double(rng.next() % 1000) / 8
            cells.append(String(w)); props["w"] = .double(w)
            if rng.next() % 4 == 0 { cells.append("") } else { cells.append(String(i)); props["k"] = .int(Int64(i)) }
            if rng.next() % 5 == 0 { cells.append("") } else { let s = "s\(rng.next() % 7)"; cells.append(s); props["s"] = .string(s) }
            let flag = rng.next() % 2 == 0
            cells.append(flag ? "true" : "false"); props["b"] = .bool(flag)
            // Mixed: integers, then text from some row on (the column becomes text).
            if i % 3 == 0 { cells.append("") } else if i < n / 2 { cells.append(String(i * 7)); props["m"] = .string(String(i * 7)) } else {
                cells.append("t\(i)"); props["m"] = .string("t\(i)")
            }
            text += "\(a),\(b)," + cells.joined(separator: ",") + "\n"
            rows.append(Row(type: type, src: a, dst: b, props: props))
        }
        try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return rows
    }

    /// Every relationship of the graph, read three ways, must equal `want` (as multisets).
    private func check(_ s: Session, _ want: [Row], file: StaticString = #filePath, line: UInt = #line) throws {
        let nodes = try s.run("MATCH (n:P) RETURN n")
        var keyOf: [Int: Int] = [:]
        for row in nodes.rows { if case .node(let n) = row[0], case .int(let k)? = n.properties["id"] { keyOf[n.id] = Int(k) } }
        let r = try s.run("MATCH (a)-[r]->(b) RETURN a.id, b.id, r, startNode(r).id, endNode(r).id, type(r), id(r)")
        var got: [Row] = []
        var ids = Set<Int>()
        for row in r.rows {
            guard case .int(let a) = row[0], case .int(let b) = row[1], case .relationship(let rel) = row[2] else {
                XCTFail("unexpected row \(row)", file: file, line: line); continue
            }
            XCTAssertEqual(row[3], .int(a), file: file, line: line)
            XCTAssertEqual(row[4], .int(b), file: file, line: line)
            XCTAssertEqual(row[5], .string(rel.type), file: file, line: line)
            XCTAssertEqual(row[6], .int(Int64(rel.id)), file: file, line: line)
            XCTAssertEqual(keyOf[rel.startId], Int(a), file: file, line: line)
            XCTAssertEqual(keyOf[rel.endId], Int(b), file: file, line: line)
            ids.insert(rel.id)
            // The file writes mixed integers as text once the column turned to text.
            got.append(Row(type: rel.type, src: Int(a), dst: Int(b), props: rel.properties))
        }
        XCTAssertEqual(ids.count, want.count, "ids are distinct", file: file, line: line)
        XCTAssertEqual(ids.min() ?? 0, 0, file: file, line: line)
        XCTAssertEqual(ids.max() ?? -1, want.count - 1, file: file, line: line)
        XCTAssertEqual(counts(got), counts(want), file: file, line: line)
        // The incoming side sees the same relationships.
        let back = try s.run("MATCH (b)<-[r]-(a) RETURN a.id, b.id, r")
        var gotBack: [Row] = []
        for row in back.rows {
            guard case .int(let a) = row[0], case .int(let b) = row[1], case .relationship(let rel) = row[2] else { continue }
            gotBack.append(Row(type: rel.type, src: Int(a), dst: Int(b), props: rel.properties))
        }
        XCTAssertEqual(counts(gotBack), counts(want), file: file, line: line)
    }

    private func counts(_ rows: [Row]) -> [Row: Int] {
        var c: [Row: Int] = [:]
        for r in rows { c[r, default: 0] += 1 }
        return c
    }

    func testPropertiesFollowTheirRelationships() throws {
        var rng = SplitMix64(state: 42)
        let keys = (0..<200).map { 1000 + ($0 * 37) % 200 * 3 }
        try ("id\n" + keys.map(String.init).joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
        let g = Graph()
        let s = session(g)
        try s.run("COPY P FROM 'p.csv'")
        var want = try writeRels("r1.csv", type: "R", n: 1500, keys: keys, rng: &rng)
        try s.run("COPY R FROM 'r1.csv' (FROM P, TO P)")
        try check(s, want)
        // A second COPY into the same type (the mixed column is text in both files).
        want += try writeRels("r2.csv", type: "R", n: 700, keys: keys, rng: &rng)
        try s.run("COPY R FROM 'r2.csv' (FROM P, TO P)")
        try check(s, want)
        // CREATE after COPY, then another type, then the first type again.
        try s.run("MATCH (a:P {id: \(keys[3])}), (b:P {id: \(keys[5])}) CREATE (a)-[:R {w: 0.5, b: true}]->(b)")
        want.append(Row(type: "R", src: keys[3], dst: keys[5], props: ["w": .double(0.5), "b": .bool(true)]))
        try check(s, want)
        want += try writeRels("q.csv", type: "Q", n: 400, keys: keys, rng: &rng)
        try s.run("COPY Q FROM 'q.csv' (FROM P, TO P)")
        want += try writeRels("r3.csv", type: "R", n: 300, keys: keys, rng: &rng)
        try s.run("COPY R FROM 'r3.csv' (FROM P, TO P)")
        try check(s, want)
        XCTAssertEqual(g.relationshipCount, want.count)
    }
}
