// FastPathStringTests: dictionary-encoded string columns. An imported column whose values
// repeat is stored as codes, a column of distinct names stays plain; equality filters,
// comparisons and grouping over codes must answer exactly as the general path (checked
// against counts computed here from the CSV), over several batches and with batches that
// mix rows holding the property with rows that lack it.
import Foundation
import XCTest
@testable import Quiver

final class FastPathStringTests: XCTestCase {
    private let cities = ["北京", "Paris", "Austin", "Taipei", "Santa Clara", "Hsinchu", "上海"]

    /// Row k's city, or nil (empty field) for every 97th row.
    private func city(_ k: Int) -> String? { k % 97 == 0 ? nil : cities[(k * 7 + k / 13) % cities.count] }

    private func session(rows: Int) throws -> (Session, Graph, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-strings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var csv = "id,city,name\n"
        for k in 0..<rows { csv += "\(k),\(city(k) ?? ""),person \(k)\n" }
        try csv.write(to: dir.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)
        var o = SessionOptions()
        o.allowFileAccess = true
        o.fileRoot = dir
        let g = Graph()
        let s = Session(graph: g, options: o)
        try s.run("COPY P FROM 'p.csv'")
        return (s, g, dir)
    }

    func testRepeatingStringsAreCodesAndDistinctOnesPlain() throws {
        let (_, g, dir) = try session(rows: 5000)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = g.snapshot
        let city = try XCTUnwrap(store.keys.id("city").flatMap { store.nodeColumn($0) })
        let name = try XCTUnwrap(store.keys.id("name").flatMap { store.nodeColumn($0) })
        XCTAssertEqual(city.kind, .string)
        XCTAssertEqual(city.dict?.count, cities.count)
        XCTAssertEqual(name.kind, .string)
        XCTAssertNil(name.dict)
        XCTAssertEqual(city.get(1), .string(self.city(1) ?? ""))
        XCTAssertEqual(city.get(0), .null)
    }

    func testCodePathsAnswerLikeTheGeneralPath() throws {
        let rows = 5000
        let (s, _, dir) = try session(rows: rows)
        defer { try? FileManager.default.removeItem(at: dir) }
        var want: [String: Int] = [:]
        for k in 0..<rows { if let c = city(k) { want[c, default: 0] += 1 } }
        let withCity = want.values.reduce(0, +)

        func count(_ q: String) throws -> Int64 {
            let r = try s.run(q)
            guard case .int(let n)? = r.rows.first?.first else { XCTFail("no count for \(q)"); return -1 }
            return n
        }
        for c in cities + ["Mars"] {
            let lit = "'\(c)'"
            // FilterProperty over codes (after another conjunct, so no index seek), the
            // comparison instruction over codes, and the general path (plain strings).
            XCTAssertEqual(try count("MATCH (p:P) WHERE p.id >= 0 AND p.city = \(lit) RETURN count(*)"), Int64(want[c] ?? 0), c)
            XCTAssertEqual(try count("MATCH (p:P) WHERE p.city <> \(lit) RETURN count(*)"), Int64(withCity - (want[c] ?? 0)), c)
            XCTAssertEqual(try count("MATCH (p:P) WHERE p.city IS NOT NULL WITH p.city = \(lit) AS hit WHERE hit RETURN count(*)"), Int64(want[c] ?? 0), c)
            XCTAssertEqual(try count("MATCH (p:P) WHERE p.city + '' = \(lit) RETURN count(*)"), Int64(want[c] ?? 0), c)
        }
        // Grouping: batches with a row lacking the city group by Value, the others by code;
        // both must land in the same groups.
        for q in ["MATCH (p:P) RETURN p.city AS c, count(*) AS n",
                  "MATCH (p:P) WHERE p.city IS NOT NULL RETURN p.city AS c, count(*) AS n",
                  "MATCH (p:P) RETURN p.city + '' AS c, count(*) AS n"] {
            var got: [String: Int] = [:]
            for row in try s.run(q).rows {
                guard case .int(let n) = row[1] else { XCTFail(q); continue }
                if case .string(let c) = row[0] { got[c] = Int(n) } else { XCTAssertEqual(row[0], .null, q) }
            }
            XCTAssertEqual(got, want, q)
        }
        // Two code registers of one dictionary.
        XCTAssertEqual(try count("MATCH (a:P), (b:P) WHERE a.id < 300 AND b.id < 300 AND a.city = b.city RETURN count(*)"),
                       try count("MATCH (a:P), (b:P) WHERE a.id < 300 AND b.id < 300 AND a.city + '' = b.city + '' RETURN count(*)"))
    }
}
