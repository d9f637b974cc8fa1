// The counts tables of docs/article-graph.md match the article graph (the doc's blocks hold
// the two counting queries and their transcript-style output).
import Foundation
import XCTest
import Quiver

final class ArticleGraphDocTests: XCTestCase {
    /// `| 'Name' | 12 |` rows of the block between the doc's BEGIN/END markers.
    func docCounts(_ block: String) throws -> [String: Int64] {
        let url = ArticleGraphFixture.root.appendingPathComponent("docs/article-graph.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        guard let begin = text.range(of: "<!-- BEGIN \(block) -->"),
              let end = text.range(of: "<!-- END \(block) -->", range: begin.upperBound..<text.endIndex) else {
            XCTFail("docs/article-graph.md has no \(block) block")
            return [:]
        }
        var out: [String: Int64] = [:]
        for line in text[begin.upperBound..<end.lowerBound].split(separator: "\n") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2, let key = cells.first, key.hasPrefix("'"), let n = Int64(cells[1]) else { continue }
            out[String(key.dropFirst().dropLast())] = n
        }
        return out
    }

    func graphCounts(_ query: String) throws -> [String: Int64] {
        var out: [String: Int64] = [:]
        for row in try articleRows(query) {
            guard row.count == 2, let k = row[0].articleString, let n = row[1].articleInt else {
                XCTFail("unexpected row \(row.map(\.literal))")
                continue
            }
            out[k] = n
        }
        return out
    }

    func testLabelCountsMatchTheDoc() throws {
        let graph = try graphCounts("MATCH (n) UNWIND labels(n) AS l RETURN l AS label, count(*) AS n ORDER BY label")
        XCTAssertFalse(graph.isEmpty)
        XCTAssertEqual(try docCounts("counts-by-label"), graph)
    }

    func testTypeCountsMatchTheDoc() throws {
        let graph = try graphCounts("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type")
        XCTAssertFalse(graph.isEmpty)
        XCTAssertEqual(try docCounts("counts-by-type"), graph)
    }
}
