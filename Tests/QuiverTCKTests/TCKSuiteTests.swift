// Runs the openCypher TCK feature files (QUIVER_TCK_DIR, default ../shared/tck/features next
// to the package) and fails when fewer scenarios pass than tck-baseline.txt records.
import Foundation
import XCTest
import QuiverTCK

final class TCKSuiteTests: XCTestCase {
    /// The package root, three levels above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testSuiteDoesNotFallBelowBaseline() throws {
        let dir = ProcessInfo.processInfo.environment["QUIVER_TCK_DIR"].map { URL(fileURLWithPath: $0) }
            ?? Self.packageRoot.appendingPathComponent("../shared/tck/features").standardizedFileURL
        guard FileManager.default.fileExists(atPath: dir.path) else {
            throw XCTSkip("no TCK feature files at \(dir.path) (set QUIVER_TCK_DIR)")
        }
        let report = TCKRunner(featuresDir: dir).run()
        for line in report.failureLines { print(line) }
        print(report.totals)
        XCTAssertFalse(report.results.isEmpty, "no scenarios found under \(dir.path)")
        let baseline = try Self.baseline()
        XCTAssertGreaterThanOrEqual(report.passed, baseline,
                                    "\(report.passed) TCK scenarios passed, tck-baseline.txt records \(baseline)")
    }

    /// The first line of tck-baseline.txt that is a number (`#` lines are comments).
    static func baseline() throws -> Int {
        let url = packageRoot.appendingPathComponent("tck-baseline.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        for line in text.split(whereSeparator: \.isNewline) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("#") { continue }
            if let n = Int(t) { return n }
            XCTFail("tck-baseline.txt: '\(t)' is not a number")
            return Int.max
        }
        XCTFail("tck-baseline.txt holds no number")
        return Int.max
    }
}
