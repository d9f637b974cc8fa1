// FastPathSeekTests: `{key: value}` seeks through the typed indexes (unique keys in node order,
// shuffled unique keys, sparse unique keys, keys with duplicates) agree with a filter over all
// nodes, for integer, float, string and null search values.
import Foundation
import XCTest
@testable import Quiver

final class FastPathSeekTests: XCTestCase {
    func testSeeksAgreeWithFilters() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-seek-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let n = 300
        // id: 0..n-1 in order; shuf: a permutation; sparse: far apart; dup: many repeats; gap: some empty.
        let lines = (0..<n).map { i in "\(i),\((i * 37) % n),\(i * 1_000_003 - 5_000_000_000),\(i % 7),\(i % 3 == 0 ? "" : String(i))" }
        try ("id,shuf,sparse,dup,gap\n" + lines.joined(separator: "\n") + "\n")
            .write(to: dir.appendingPathComponent("n.csv"), atomically: true, encoding: .utf8)
        var o = SessionOptions()
        o.allowFileAccess = true
        o.fileRoot = dir
        let s = Session(graph: Graph(), options: o)
        try s.run("COPY N FROM 'n.csv'")
        let probes: [CypherValue] = [.int(0), .int(5), .int(299), .int(300), .int(1000), .int(-1), .int(7), .int(3),
                                     .int(-5_000_000_000), .int(-4_998_999_997), .double(5.0), .double(5.5), .string("5"), .null]
        func compare(_ when: String) throws {
            for key in ["id", "shuf", "sparse", "dup", "gap"] {
                for v in probes {
                    let seek = try s.run("MATCH (n:N {\(key): $v}) RETURN count(*), sum(n.id)", parameters: ["v": v])
                    let scan = try s.run("MATCH (n:N) WITH n WHERE n.\(key) = $v RETURN count(*), sum(n.id)", parameters: ["v": v])
                    XCTAssertEqual(seek.rows.first, scan.rows.first, "\(when): \(key) = \(v)")
                }
            }
        }
        try compare("imported")
        // A node created afterwards, outside the imported order.
        try s.run("CREATE (:N {id: 1000, shuf: 1000, sparse: 7, dup: 3, gap: 1})")
        try compare("after CREATE")
        // The probes find something: the comparison is not between two empty answers.
        let hits = try s.run("MATCH (n:N {dup: 3}) RETURN count(*)").rows.first?.first
        XCTAssertEqual(hits, .int(Int64((0..<n).filter { $0 % 7 == 3 }.count + 1)))
        XCTAssertEqual(try s.run("MATCH (n:N {shuf: 5.0}) RETURN n.id").rows.first?.first, .int(Int64((0..<n).first { ($0 * 37) % n == 5 } ?? -1)))
    }
}
