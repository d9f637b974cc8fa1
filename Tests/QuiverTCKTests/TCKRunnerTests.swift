// Tests of the runner's own behaviour that do not depend on the engine: file discovery,
// @ignore, unparsable files and unknown steps as failures, named-graph lookup, totals.
import Foundation
import XCTest
@testable import QuiverTCK

final class TCKRunnerTests: XCTestCase {
    /// A fresh folder per test: features/ and graphs/ side by side, like the TCK.
    var root = FileManager.default.temporaryDirectory

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tck-runner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("features/sub"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("graphs/g1"), withIntermediateDirectories: true)
        try "CREATE ()".write(to: root.appendingPathComponent("graphs/g1/g1.cypher"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: root.appendingPathComponent("features/\(name)"), atomically: true, encoding: .utf8)
    }

    func testIgnoredUnknownAndUnparsable() throws {
        try write("sub/A.feature", """
            Feature: A
              @ignore
              Scenario: [1] ignored
                Given any graph
              Scenario: [2] odd step
                Given a graph made of cheese
            """)
        try write("B.feature", "Scenario: no feature header\n")
        let report = TCKRunner(featuresDir: root.appendingPathComponent("features")).run()
        XCTAssertEqual(report.results.map(\.location), ["B.feature:1", "sub/A.feature:3", "sub/A.feature:5"])
        XCTAssertEqual(report.results.dropFirst().first?.status, .ignored)
        XCTAssertEqual(report.totals, "0 passed, 2 failed, 0 skipped")
        XCTAssertEqual(report.failureLines.last,
                       "FAIL sub/A.feature:5 [2] odd step: unknown step at line 6: Given a graph made of cheese")
    }

    func testNamedGraphIsFoundAboveTheFeatureFolder() {
        let feature = root.appendingPathComponent("features/sub/A.feature")
        let found = GraphLocator().scripts(for: "g1", near: feature)
        XCTAssertEqual(found?.map(\.lastPathComponent), ["g1.cypher"])
        XCTAssertNil(GraphLocator().scripts(for: "nope", near: feature))
    }
}
