// End-to-end runs of small feature files through the real engine: results, parameters,
// side effects, control queries, named graphs, expected errors, skips and failure messages.
import Foundation
import XCTest
@testable import QuiverTCK

final class TCKRunnerEngineTests: XCTestCase {
    /// A fresh folder per test: features/ and graphs/ side by side, like the TCK.
    var root = FileManager.default.temporaryDirectory

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tck-engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("features"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("graphs/two"), withIntermediateDirectories: true)
        try "CREATE (:X {n: 1}), (:X {n: 2})".write(to: root.appendingPathComponent("graphs/two/two.cypher"),
                                                     atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    let feature = #"""
        Feature: Engine

          Scenario: [1] Create then match
            Given an empty graph
            When executing query:
              """
              CREATE (:A {name: 'a'})-[:T {w: 0.5}]->(:B)
              """
            Then the result should be empty
            And the side effects should be:
              | +nodes         | 2 |
              | +relationships | 1 |
              | +properties    | 2 |
              | +labels        | 2 |
            When executing control query:
              """
              MATCH p = (a:A)-[r]->(b) RETURN a, r, p
              """
            Then the result should be, in any order:
              | a                | r               | p                                         |
              | (:A {name: 'a'}) | [:T {w: 0.5}]   | <(:A {name: 'a'})-[:T {w: 0.5}]->(:B)>    |

          Scenario: [2] Parameters and ordering
            Given any graph
            And parameters are:
              | p | [3, 1, 2] |
            When executing query:
              """
              UNWIND $p AS x RETURN x ORDER BY x
              """
            Then the result should be, in order:
              | x |
              | 1 |
              | 2 |
              | 3 |
            And no side effects

          Scenario: [3] Named graph
            Given the two graph
            When executing query:
              """
              MATCH (n:X) RETURN collect(n.n) AS ns
              """
            Then the result should be (ignoring element order for lists):
              | ns     |
              | [2, 1] |

          Scenario: [4] Expected error
            Given any graph
            When executing query:
              """
              RETURN nope
              """
            Then a SyntaxError should be raised at compile time: UndefinedVariable

          Scenario: [5] Wrong expectation
            Given any graph
            When executing query:
              """
              RETURN 1 AS one
              """
            Then the result should be, in any order:
              | one |
              | 1.0 |

          Scenario: [6] Outside v1
            Given an empty graph
            When executing query:
              """
              MERGE (n:A)
              """
            Then the result should be empty
        """#

    func testScenariosThroughTheEngine() throws {
        try feature.write(to: root.appendingPathComponent("features/Engine.feature"), atomically: true, encoding: .utf8)
        let report = TCKRunner(featuresDir: root.appendingPathComponent("features")).run()
        XCTAssertEqual(report.totals, "4 passed, 1 failed, 1 skipped", report.results.map(\.reportLine).joined(separator: "\n"))
        XCTAssertEqual(report.failureLines, ["FAIL Engine.feature:56 [5] Wrong expectation: missing | 1.0 |; unexpected | 1 |"])
        XCTAssertEqual(report.skips.map(\.line), [66])
    }
}
