// ImportPartsTests: a relationship file read by two threads (one half each, the threshold
// lowered) must give exactly what one thread gives: the same relationships, properties and
// column types, the same first error at the same line:col, and the one-thread path whenever
// the halves cannot be joined (quoted fields, columns typed differently).
import Foundation
import Synchronization
import XCTest
@testable import Quiver

final class ImportPartsTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-parts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var nodes = "id\n"
        for i in 0..<500 { nodes += "\(i)\n" }
        try nodes.write(to: dir.appendingPathComponent("n.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// A session with the nodes loaded; `parts`: whether files over 1 KB are read in two parts.
    private func session(parts: Bool) throws -> Session {
        var o = SessionOptions()
        o.allowFileAccess = true
        o.fileRoot = dir
        o.threads = parts ? 2 : 1
        o.parallelImportMinimumBytes = 1024
        let s = Session(graph: Graph(), options: o)
        try s.run("COPY N FROM 'n.csv'")
        return s
    }

    /// Every relationship with its endpoints and properties, in a fixed order (values compare
    /// with their types: an integer 5 is not the float 5.0).
    private func dump(_ s: Session, _ columns: [String]) throws -> [[CypherValue]] {
        let props = columns.map { ", r.\($0) AS p_\($0)" }.joined()
        let q = "MATCH (a:N)-[r:R]->(b:N) RETURN a.id AS src, b.id AS dst\(props) ORDER BY src, dst\(columns.map { ", p_\($0)" }.joined())"
        return try s.run(q).rows
    }

    /// Imports `text` as R with and without parts and compares everything; `joined`: whether
    /// the two halves were joined (false: the two-thread reading fell back to one thread).
    private func check(_ text: String, columns: [String], joined: Bool, file: StaticString = #filePath, line: UInt = #line) throws {
        try text.write(to: dir.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        let one = try session(parts: false), two = try session(parts: true)
        let a = try one.run("COPY R FROM 'r.csv' (FROM N, TO N)")
        let before = RelationshipImport.joinedInParts.load(ordering: .relaxed)
        let b = try two.run("COPY R FROM 'r.csv' (FROM N, TO N)")
        XCTAssertEqual(RelationshipImport.joinedInParts.load(ordering: .relaxed) - before, joined ? 1 : 0, "halves joined", file: file, line: line)
        XCTAssertEqual(a.stats, b.stats, file: file, line: line)
        let da = try dump(one, columns), db = try dump(two, columns)
        XCTAssertEqual(da.count, b.stats.relationshipsCreated, file: file, line: line)
        XCTAssertEqual(da, db, file: file, line: line)
    }

    /// Rows (source, target, then one field per column from `field(row, column)`).
    /// Rows whose number is in `missing` name a source node that does not exist.
    private func rows(_ n: Int, header: String, _ field: (Int, Int) -> String, columns: Int, newline: String = "\n",
                      missing: Set<Int> = []) -> String {
        var out = header + newline
        for i in 0..<n {
            var fields = [missing.contains(i) ? "999" : "\(i % 500)", "\((i * 7 + 3) % 500)"]
            for c in 0..<columns { fields.append(field(i, c)) }
            out += fields.joined(separator: ",") + newline
        }
        return out
    }

    func testHalvesJoinAsOneThreadReadsThem() throws {
        let n = 4000
        // w: ints in the first half, a float in the second (double); e: empty in the first
        // half, ints later; d: declared strings; f: floats with empties.
        try check(rows(n, header: "s,t,w,e,d:STRING,f", { i, c in
            switch c {
            case 0: return i == n - 5 ? "2.5" : "\(i)"
            case 1: return i < n / 2 + 100 ? "" : "\(i * 3)"
            case 2: return "x\(i % 17)"
            default: return i % 9 == 0 ? "" : "\(Double(i) / 8)"
            }
        }, columns: 4), columns: ["w", "e", "d", "f"], joined: true)
        // Windows line ends, and no property columns at all.
        try check(rows(n, header: "s,t,k", { i, _ in "\(i)" }, columns: 1, newline: "\r\n"), columns: ["k"], joined: true)
        try check(rows(n, header: "s,t", { _, _ in "" }, columns: 0), columns: [], joined: true)
    }

    func testHalvesThatCannotJoinFallBackToOneThread() throws {
        let n = 4000
        // Booleans in the first half, integers in the second: a text column after a second pass.
        try check(rows(n, header: "s,t,b", { i, _ in i < n / 2 ? (i % 2 == 0 ? "true" : "false") : "\(i)" }, columns: 1),
                  columns: ["b"], joined: false)
        // Quoted fields (one with a line end inside, near the middle of the file).
        try check(rows(n, header: "s,t,q", { i, _ in i == n / 2 ? "\"two\nlines\"" : "\"q,\(i)\"" }, columns: 1),
                  columns: ["q"], joined: false)
    }

    func testTheFirstErrorIsReportedAtItsLineAndColumn() throws {
        let n = 4000
        // One missing node in the first half, one in the second, one in each (the first wins).
        for bad in [[n / 4], [3 * n / 4], [n / 3, 3 * n / 4]] {
            let text = rows(n, header: "s,t,w", { i, _ in "\(i)" }, columns: 1, missing: Set(bad))
            try text.write(to: dir.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
            var messages: [String] = []
            for parts in [false, true] {
                let s = try session(parts: parts)
                do {
                    try s.run("COPY R FROM 'r.csv' (FROM N, TO N)")
                    XCTFail("expected an error")
                } catch let e as QuiverError {
                    XCTAssertEqual(e.kind, .importError)
                    messages.append(e.message)
                }
                // Nothing was imported.
                XCTAssertEqual(try s.run("MATCH ()-[r]->() RETURN count(r) AS c").rows, [[.int(0)]])
            }
            XCTAssertEqual(messages.count, 2)
            XCTAssertEqual(messages.first, messages.last)
            XCTAssertTrue(messages.first?.contains("r.csv:\(bad[0] + 2):1:") ?? false, messages.first ?? "")
        }
        // A short row in the second half only.
        var text = rows(n, header: "s,t,w", { i, _ in "\(i)" }, columns: 1)
        text += "1,2\n"
        try text.write(to: dir.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        var messages: [String] = []
        for parts in [false, true] {
            do { try session(parts: parts).run("COPY R FROM 'r.csv' (FROM N, TO N)") } catch let e as QuiverError { messages.append(e.message) }
        }
        XCTAssertEqual(messages.count, 2)
        XCTAssertEqual(messages.first, messages.last)
        XCTAssertTrue(messages.first?.contains("r.csv:\(n + 2):") ?? false, messages.first ?? "")
    }
}
