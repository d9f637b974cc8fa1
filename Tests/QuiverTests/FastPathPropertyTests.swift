// FastPathPropertyTests: node properties read by the typed-column batch kernel (every row a
// node) and by the general loop (rows that hold null or a map), for every column type,
// checked against the values written to the CSV.
import Foundation
import XCTest
@testable import Quiver

final class FastPathPropertyTests: XCTestCase {
    func testTypedColumnsReadLikeTheGeneralPath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-props-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // i: int, d: double, s: string, b: bool, m: mixed (int then text), every column with gaps.
        var rows: [(Int, Int?, Double?, String?, Bool?)] = []
        for k in 0..<2500 {
            rows.append((k, k % 3 == 0 ? nil : k * 7, k % 5 == 0 ? nil : Double(k) / 4, k % 7 == 0 ? nil : "s\(k)", k % 2 == 0 ? nil : k % 4 == 1))
        }
        func cell<T>(_ v: T?) -> String { v.map { "\($0)" } ?? "" }
        let csv = "id,i,d,s,b,m\n" + rows.map { r in
            "\(r.0),\(cell(r.1)),\(cell(r.2)),\(cell(r.3)),\(cell(r.4)),\(r.0 % 11 == 0 ? "t\(r.0)" : String(r.0))"
        }.joined(separator: "\n") + "\n"
        try csv.write(to: dir.appendingPathComponent("n.csv"), atomically: true, encoding: .utf8)
        try "a,b\n0,1\n1,2\n".write(to: dir.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
        var o = SessionOptions()
        o.allowFileAccess = true
        o.fileRoot = dir
        let s = Session(graph: Graph(), options: o)
        try s.run("COPY N FROM 'n.csv'")
        try s.run("COPY T FROM 't.csv' (FROM N, TO N)")

        let r = try s.run("MATCH (n:N) RETURN n.id, n.i, n.d, n.s, n.b, n.m ORDER BY n.id")
        XCTAssertEqual(r.rows.count, rows.count)
        for (row, want) in zip(r.rows, rows) {
            XCTAssertEqual(row[0], .int(Int64(want.0)))
            XCTAssertEqual(row[1], want.1.map { .int(Int64($0)) } ?? .null, "i of \(want.0)")
            XCTAssertEqual(row[2], want.2.map { .double($0) } ?? .null, "d of \(want.0)")
            XCTAssertEqual(row[3], want.3.map { .string($0) } ?? .null, "s of \(want.0)")
            XCTAssertEqual(row[4], want.4.map { .bool($0) } ?? .null, "b of \(want.0)")
            // A column with any text is a string column.
            XCTAssertEqual(row[5], .string(want.0 % 11 == 0 ? "t\(want.0)" : String(want.0)), "m of \(want.0)")
        }
        // Rows where the variable is null (OPTIONAL MATCH) take the general loop.
        let o2 = try s.run("MATCH (n:N) WHERE n.id < 4 OPTIONAL MATCH (n)-[:T]->(m) RETURN n.id, m.i ORDER BY n.id")
        XCTAssertEqual(o2.rows.map { $0[1] }, [.int(7), .int(14), .null, .null])
        // A map and a node in one column.
        let o3 = try s.run("MATCH (n:N {id: 1}) UNWIND [n, {i: 99}] AS x RETURN x.i")
        XCTAssertEqual(o3.rows.map { $0[0] }, [.int(7), .int(99)])
    }
}
