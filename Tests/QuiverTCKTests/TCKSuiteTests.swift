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
        let dir = try Self.featuresDir()
        let report = TCKRunner(featuresDir: dir).run()
        for line in report.failureLines { print(line) }
        print(report.totals)
        XCTAssertFalse(report.results.isEmpty, "no scenarios found under \(dir.path)")
        let baseline = try Self.baseline()
        XCTAssertGreaterThanOrEqual(report.passed, baseline,
                                    "\(report.passed) TCK scenarios passed, tck-baseline.txt records \(baseline)")
    }

    /// Every value in a result or parameters table of the suite must be readable, so that
    /// a failure is never the value reader's fault. Does not need the engine.
    func testEveryTableValueOfTheSuiteParses() throws {
        let dir = try Self.featuresDir()
        var cells = 0
        for (file, name) in TCKRunner(featuresDir: dir).featureFiles() {
            let feature = try GherkinParser.parse(try String(contentsOf: file, encoding: .utf8))
            for scenario in feature.scenarios {
                for step in scenario.steps {
                    guard let table = step.table else { continue }
                    let rows: [[String]]
                    switch StepAction(step.text) {
                    case .expectResult: rows = Array(table.rows.dropFirst())
                    case .parameters: rows = table.rows.compactMap { $0.last }.map { [$0] }
                    default: continue
                    }
                    for cell in rows.joined() {
                        cells += 1
                        XCTAssertNoThrow(try TCKValueParser.parse(cell), "\(name):\(step.line): \(cell)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(cells, 0)
    }

    /// QUIVER_TCK_DIR, else ../shared/tck/features beside the package; skips when absent.
    static func featuresDir() throws -> URL {
        let dir = ProcessInfo.processInfo.environment["QUIVER_TCK_DIR"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent("../shared/tck/features").standardizedFileURL
        guard FileManager.default.fileExists(atPath: dir.path) else {
            throw XCTSkip("no TCK feature files at \(dir.path) (set QUIVER_TCK_DIR)")
        }
        return dir
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
