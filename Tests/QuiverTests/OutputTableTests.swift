// Tests of the `table` format: box drawing, display-width alignment (CJK), number
// alignment, shrinking to maxWidth, the row cap, the footer, and colour.
import XCTest
import QuiverSyntax
@testable import Quiver

final class OutputTableTests: XCTestCase {
    typealias F = OutputFixtures

    func render(_ r: QueryResult, _ configure: (inout RenderOptions) -> Void = { _ in }) -> String {
        var o = RenderOptions()
        configure(&o)
        return ResultRenderer.render(r, format: .table, options: o)
    }

    func testBasicTable() {
        let text = render(F.result(["x", "name"], [[.int(1), .string("a")], [.int(22), .null]]))
        XCTAssertEqual(text, """
        ┌────┬──────┐
        │ x  │ name │
        ├────┼──────┤
        │  1 │ a    │
        │ 22 │ null │
        └────┴──────┘
        (2 rows)

        """)
    }

    func testOneRowFooterAndElapsed() {
        let r = F.result(["n"], [[.list([.int(1), .string("b")])]])
        let text = render(r) { $0.elapsed = 0.00123 }
        XCTAssertTrue(text.contains("│ [1, 'b'] │"), text)
        XCTAssertTrue(text.hasSuffix("(1 row, 1.2 ms)\n"), text)
        XCTAssertTrue(render(r) { $0.elapsed = 2.5 }.hasSuffix("(1 row, 2.50 s)\n"))
        XCTAssertFalse(render(r) { $0.footer = false }.contains("row"))
    }

    func testCJKColumnsLineUp() {
        let r = F.result(["公司", "n"], [[.string("英伟达"), .int(1)], [.string("AMD"), .int(2)]])
        let lines = render(r).split(separator: "\n").map(String.init)
        let tableLines = lines.filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("├") || $0.hasPrefix("└") }
        XCTAssertEqual(tableLines.count, 6)
        let widths = Set(tableLines.map { DisplayWidth.of($0) })
        XCTAssertEqual(widths.count, 1, "every line has the same display width:\n" + lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("│ 英伟达 │ 1 │"), lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains("│ AMD    │ 2 │"), lines.joined(separator: "\n"))
    }

    func testEmptyResultHasHeaderAndZeroRows() {
        let text = render(F.result(["a"], []))
        XCTAssertTrue(text.contains("│ a │"))
        XCTAssertTrue(text.hasSuffix("(0 rows)\n"))
    }

    func testNoReturnRendersNothing() {
        var r = F.result([], [])
        r.kind = .empty
        r.stats.nodesCreated = 1
        for format in OutputFormat.allCases {
            XCTAssertEqual(ResultRenderer.render(r, format: format, options: RenderOptions()), "", "\(format)")
        }
    }

    func testWideTableShrinksToMaxWidth() {
        let long = String(repeating: "x", count: 200)
        let r = F.result(["id", "text", "more"], [[.int(1), .string(long), .string("short")],
                                                   [.int(2), .string("英伟达英伟达英伟达英伟达英伟达"), .null]])
        let text = render(r) { $0.maxWidth = 40 }
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("(") }
        for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 40, line) }
        XCTAssertEqual(Set(lines.map { DisplayWidth.of($0) }).count, 1, text)
        XCTAssertTrue(text.contains("…"), text)
        XCTAssertTrue(text.contains("│ short │") || text.contains("short"), "short cells stay whole:\n" + text)
        XCTAssertFalse(text.contains(long))
        // Without a width the cell stays whole.
        XCTAssertTrue(render(r).contains(long))
    }

    func testTruncateRespectsWideCharacters() {
        XCTAssertEqual(CellText.truncate("英伟达", to: 4), "英…")
        XCTAssertEqual(CellText.truncate("英伟达", to: 6), "英伟达")
        XCTAssertEqual(CellText.truncate("abcdef", to: 4), "abc…")
        XCTAssertEqual(CellText.truncate("abc", to: 0), "")
    }

    func testMaxRowsCutsWithNote() {
        let r = F.result(["i"], (1...10).map { [.int(Int64($0))] })
        let text = render(r) { $0.maxRows = 3 }
        XCTAssertTrue(text.contains("│ 3 │"))
        XCTAssertFalse(text.contains("│ 4 │"))
        XCTAssertTrue(text.contains("… 7 more rows"), text)
        XCTAssertTrue(text.hasSuffix("(10 rows)\n"), text)
        XCTAssertFalse(render(r).contains("more rows"))
    }

    func testColourOffByDefaultAndOnWhenAsked() {
        let r = F.result(["a", "b", "c"], [[.null, .int(1), .string("s")]])
        XCTAssertFalse(render(r).contains("\u{1B}["), "no escape codes by default")
        let coloured = render(r) { $0.color = true }
        XCTAssertTrue(coloured.contains("\u{1B}[2mnull\u{1B}[0m"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[36m1\u{1B}[0m"), coloured)
        XCTAssertTrue(coloured.contains("\u{1B}[32ms\u{1B}[0m"), coloured)
        // Colour does not change the layout: stripping the codes gives the plain table.
        XCTAssertEqual(stripANSI(coloured), render(r))
    }

    func testStringControlCharactersStayOnOneLine() {
        let text = render(F.result(["s"], [[.string("a\nb")]])) { $0.footer = false }
        XCTAssertEqual(text.split(separator: "\n").count, 5, text)
        XCTAssertTrue(text.contains(#"a\nb"#))
    }

    func testFitKeepsNarrowColumnsAndUsesTheBudget() {
        XCTAssertEqual(CellText.fit([2, 50, 50], budget: 40), [2, 19, 19])
        XCTAssertEqual(CellText.fit([2, 5], budget: 40), [2, 5])
        XCTAssertEqual(CellText.fit([10, 10], budget: 2), [3, 3], "never below three columns")
    }

    private func stripANSI(_ s: String) -> String {
        var out = ""
        var inEscape = false
        for ch in s {
            if inEscape { if ch == "m" { inEscape = false }; continue }
            if ch == "\u{1B}" { inEscape = true; continue }
            out.append(ch)
        }
        return out
    }
}
