// FastPathNarrowTests: an imported integer column whose values span less than 65,536 keeps a
// 16-bit copy that range filters scan. Counts must equal those computed here from the CSV,
// for bounds inside, at and beyond the column's values, and after a write drops the copy.
import Foundation
import XCTest
@testable import Quiver

final class FastPathNarrowTests: XCTestCase {
    func testIntervalFiltersOverTheCompactCopy() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-narrow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = FuzzRandom(state: 11)
        let rows = 5000
        var small: [Int64] = [], big: [Int64] = []
        var csv = "id,small,big\n"
        for k in 0..<rows {
            let s = Int64(rng.next() % 700) - 300
            let b = Int64(bitPattern: rng.next()) >> 20
            small.append(s); big.append(b)
            csv += "\(k),\(s),\(b)\n"
        }
        try csv.write(to: dir.appendingPathComponent("n.csv"), atomically: true, encoding: .utf8)
        var o = SessionOptions()
        o.allowFileAccess = true
        o.fileRoot = dir
        o.threads = 1
        let g = Graph()
        let s = Session(graph: g, options: o)
        try s.run("COPY N FROM 'n.csv'")
        let store = g.snapshot
        let smallCol = try XCTUnwrap(store.keys.id("small").flatMap { store.nodeColumn($0) })
        let bigCol = try XCTUnwrap(store.keys.id("big").flatMap { store.nodeColumn($0) })
        XCTAssertEqual(smallCol.narrow.count, rows)
        XCTAssertEqual(smallCol.narrowBase, small.min())
        XCTAssertTrue(bigCol.narrow.isEmpty)

        func count(_ q: String) throws -> Int64 {
            guard case .int(let n)? = try s.run(q).rows.first?.first else { return -1 }
            return n
        }
        let bounds: [(Int64, Int64)] = [(-300, 399), (-301, 400), (0, 0), (-5, 17), (398, 399), (-300, -300),
                                        (50, 10), (Int64.min, Int64.max), (-10_000, -301), (400, 100_000)]
        for (lo, hi) in bounds {
            let want = Int64(small.filter { $0 >= lo && $0 <= hi }.count)
            XCTAssertEqual(try count("MATCH (n:N) WHERE n.small >= \(lo) AND n.small <= \(hi) RETURN count(*)"), want, "\(lo)...\(hi)")
            XCTAssertEqual(try count("MATCH (n:N) WHERE n.small + 0 >= \(lo) AND n.small + 0 <= \(hi) RETURN count(*)"), want, "\(lo)...\(hi)")
            let wantBig = Int64(big.filter { $0 >= lo && $0 <= hi }.count)
            XCTAssertEqual(try count("MATCH (n:N) WHERE n.big >= \(lo) AND n.big <= \(hi) RETURN count(*)"), wantBig, "big \(lo)...\(hi)")
        }
        XCTAssertEqual(try count("MATCH (n:N) WHERE n.small = 7 RETURN count(*)"), Int64(small.filter { $0 == 7 }.count))
        XCTAssertEqual(try count("MATCH (n:N) WHERE n.small > 100 AND n.small < 200 RETURN count(*)"),
                       Int64(small.filter { $0 > 100 && $0 < 200 }.count))
        // A write drops the copy; the answers stay.
        try s.run("MATCH (n:N {id: 0}) CREATE (:N {id: -1, small: 100000})")
        XCTAssertTrue(try XCTUnwrap(g.snapshot.keys.id("small").flatMap { g.snapshot.nodeColumn($0) }).narrow.isEmpty)
        XCTAssertEqual(try count("MATCH (n:N) WHERE n.small >= -300 AND n.small <= 100000 RETURN count(*)"), Int64(rows + 1))
        XCTAssertEqual(try count("MATCH (n:N) WHERE n.small > 100 AND n.small < 200 RETURN count(*)"),
                       Int64(small.filter { $0 > 100 && $0 < 200 }.count))
    }
}
