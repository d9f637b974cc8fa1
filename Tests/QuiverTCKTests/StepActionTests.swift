// Unit tests of step recognition and of the result and side-effect checks on hand-made results.
import XCTest
@testable import QuiverTCK
import Quiver

final class StepActionTests: XCTestCase {
    func testRecognisesSteps() {
        XCTAssertEqual(StepAction("an empty graph"), .emptyGraph)
        XCTAssertEqual(StepAction("the binary-tree-1 graph"), .namedGraph("binary-tree-1"))
        XCTAssertEqual(StepAction("executing  control query:"), .executeControlQuery)
        XCTAssertEqual(StepAction("the result should be, in any order:"), .expectResult(ordered: false, ignoreListOrder: false))
        XCTAssertEqual(StepAction("the result should be, in order:"), .expectResult(ordered: true, ignoreListOrder: false))
        XCTAssertEqual(StepAction("the result should be (ignoring element order for lists):"),
                       .expectResult(ordered: false, ignoreListOrder: true))
        XCTAssertEqual(StepAction("the result should be, in order (ignoring element order for lists):"),
                       .expectResult(ordered: true, ignoreListOrder: true))
        XCTAssertEqual(StepAction("the result should be empty"), .expectEmptyResult)
        XCTAssertEqual(StepAction("a SyntaxError should be raised at compile time: UndefinedVariable"),
                       .expectError(type: "SyntaxError", phase: .compileTime, detail: "UndefinedVariable"))
        XCTAssertEqual(StepAction("a TypeError should be raised at any time: *"),
                       .expectError(type: "TypeError", phase: .anyTime, detail: "*"))
        XCTAssertEqual(StepAction("there exists a procedure test.doNothing() :: ():"), .procedure)
        XCTAssertEqual(StepAction("the result should be, sorted somehow:"), .unknown)
        XCTAssertEqual(StepAction("a SyntaxError should be raised at noon: X"), .unknown)
    }

    func table(_ rows: [[String]]) -> DataTable { DataTable(rows: rows, lines: Array(1...rows.count)) }

    func testResultMatching() {
        let result = QueryResult(kind: .rows, columns: ["x", "y"], rows: [[.int(1), .string("a")], [.int(2), .null]])
        XCTAssertNil(ResultMatcher.mismatch(expected: table([["x", "y"], ["2", "null"], ["1", "'a'"]]), actual: result,
                                            ordered: false, ignoreListOrder: false))
        XCTAssertNotNil(ResultMatcher.mismatch(expected: table([["x", "y"], ["2", "null"], ["1", "'a'"]]), actual: result,
                                               ordered: true, ignoreListOrder: false))
        XCTAssertEqual(ResultMatcher.mismatch(expected: table([["y", "x"]]), actual: result, ordered: false, ignoreListOrder: false),
                       "columns: expected [y, x], got [x, y]")
        XCTAssertEqual(ResultMatcher.mismatch(expected: table([["x", "y"], ["1", "'a'"], ["1", "'a'"]]), actual: result,
                                              ordered: false, ignoreListOrder: false),
                       "missing | 1 | 'a' |; unexpected | 2 | null |")
        XCTAssertEqual(ResultMatcher.mismatch(expected: table([["x", "y"], ["1", "'a'"]]), actual: result,
                                              ordered: true, ignoreListOrder: false),
                       "expected 1 row, got 2; first extra | 2 | null |")
        XCTAssertNotNil(ResultMatcher.emptyMismatch(result))
        XCTAssertNil(ResultMatcher.emptyMismatch(QueryResult(kind: .empty, columns: [], rows: [])))
    }

    func testSideEffects() throws {
        var stats = UpdateStats()
        stats.nodesCreated = 2
        stats.labelsAdded = 1
        let expected = try SideEffects(table: table([["+nodes", "2"], ["+labels", "1"]]))
        XCTAssertNil(expected.mismatch(actual: SideEffects(stats)))
        XCTAssertEqual(SideEffects().mismatch(actual: SideEffects(stats)),
                       "side effects: +nodes expected 0, got 2, +labels expected 0, got 1")
        XCTAssertThrowsError(try SideEffects(table: table([["+widgets", "1"]])))
    }
}
