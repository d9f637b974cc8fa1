// Tests of the machine formats and markdown: CSV read back by an RFC 4180 reader, JSON and
// JSON Lines read back with JSONSerialization, the GitHub table, and the error object.
import XCTest
import QuiverSyntax
@testable import Quiver

final class OutputFormatsTests: XCTestCase {
    typealias F = OutputFixtures

    let tricky = F.result(["name", "n", "note", "xs"], [
        [.string("a,b"), .int(1), .string("say \"hi\""), .list([.int(1), .string("x")])],
        [.string("line1\nline2"), .double(2.5), .null, .map(["k": .bool(true)])],
        [.string(""), .int(-3), .string("英伟达"), .node(F.bob)],
    ])

    func render(_ r: QueryResult, _ format: OutputFormat) -> String {
        ResultRenderer.render(r, format: format, options: RenderOptions())
    }

    func testCSVReadsBack() {
        let text = render(tricky, .csv)
        let records = F.parseCSV(text)
        XCTAssertEqual(records.count, 4, text)
        XCTAssertEqual(records[0], ["name", "n", "note", "xs"])
        XCTAssertEqual(records[1], ["a,b", "1", "say \"hi\"", "[1, 'x']"])
        XCTAssertEqual(records[2], ["line1\nline2", "2.5", nil, "{k: true}"])
        XCTAssertEqual(records[3], ["", "-3", "英伟达", "(:Person {name: 'Bob'})"], "empty string differs from null")
        XCTAssertTrue(text.hasSuffix("\n"))
    }

    func testCSVHeaderOnlyWhenNoRows() {
        XCTAssertEqual(render(F.result(["a", "b,c"], []), .csv), "a,\"b,c\"\n")
    }

    func testJSONReadsBackInColumnOrder() throws {
        let text = render(tricky, .json)
        let rows = try XCTUnwrap(try F.parseJSON(text) as? [[String: Any]])
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[0]["name"] as? String, "a,b")
        XCTAssertEqual(rows[0]["note"] as? String, "say \"hi\"")
        XCTAssertEqual(rows[1]["name"] as? String, "line1\nline2")
        XCTAssertEqual(rows[1]["n"] as? Double, 2.5)
        XCTAssertTrue(rows[1]["note"] is NSNull)
        XCTAssertEqual(rows[2]["note"] as? String, "英伟达")
        XCTAssertEqual((rows[2]["xs"] as? [String: Any])?["labels"] as? [String], ["Person"])
        // Keys come in column order, not sorted.
        let first = try XCTUnwrap(text.split(separator: "\n").dropFirst().first)
        let order = ["\"name\"", "\"n\"", "\"note\"", "\"xs\""].compactMap { first.range(of: $0)?.lowerBound }
        XCTAssertEqual(order, order.sorted())
        XCTAssertEqual(order.count, 4)
        XCTAssertEqual(render(F.result(["a"], []), .json), "[]\n")
    }

    func testJSONLinesOneObjectPerLine() throws {
        let text = render(tricky, .jsonl)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        for line in lines { XCTAssertNotNil(try F.parseJSON(String(line)) as? [String: Any]) }
        XCTAssertEqual(render(F.result(["a"], []), .jsonl), "")
    }

    func testMarkdownTable() {
        let r = F.result(["公司", "n"], [[.string("英伟达"), .int(1)], [.string("a|b"), .null]])
        XCTAssertEqual(render(r, .markdown), """
        | 公司   | n    |
        | ------ | ---: |
        | 英伟达 |    1 |
        | a\\|b   | null |

        """)
    }

    func testMarkdownMaxRows() {
        var o = RenderOptions()
        o.maxRows = 1
        let text = ResultRenderer.render(F.result(["i"], [[.int(1)], [.int(2)], [.int(3)]]), format: .markdown, options: o)
        XCTAssertTrue(text.contains("1 |"), text)
        XCTAssertFalse(text.contains("2 |"), text)
        XCTAssertTrue(text.hasSuffix("\n\n… 2 more rows\n"), text)
    }

    func testErrorJSON() throws {
        var e = QuiverError(.typeError, "cannot subtract \"String\" from Integer", detail: "InvalidArgumentType",
                            span: SourceSpan(start: 7, end: 14))
        e = e.located(in: SourceText("RETURN 1 - 'a'", name: "q.cypher"))
        let obj = try XCTUnwrap(try F.parseJSON(ResultRenderer.errorJSON(e)) as? [String: Any])
        XCTAssertEqual(obj["kind"] as? String, "TypeError")
        XCTAssertEqual(obj["detail"] as? String, "InvalidArgumentType")
        XCTAssertEqual(obj["message"] as? String, "cannot subtract \"String\" from Integer")
        XCTAssertEqual(obj["line"] as? Int, 1)
        XCTAssertEqual(obj["column"] as? Int, 8)
        XCTAssertEqual(obj["source"] as? String, "q.cypher")

        let bare = try XCTUnwrap(try F.parseJSON(ResultRenderer.errorJSON(QuiverError(.ioError, "x"))) as? [String: Any])
        XCTAssertTrue(bare["line"] is NSNull)
        XCTAssertTrue(bare["detail"] is NSNull)
    }
}
