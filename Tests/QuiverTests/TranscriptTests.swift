// The transcript driver: replays every `*.cypher` transcript (a file holding `/* expect`)
// under Tests/Transcripts/ and examples/, one failure with a diff per mismatching statement.
import Foundation
import XCTest
import Quiver

final class TranscriptTests: XCTestCase {
    /// The package root: three folders up from this file (Tests/QuiverTests/<file>).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func transcripts() -> [URL] {
        var found: [URL] = []
        for folder in ["Tests/Transcripts", "examples"] {
            let dir = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where url.pathExtension == "cypher" {
                if let text = try? String(contentsOf: url, encoding: .utf8), text.contains("/* expect") {
                    found.append(url)
                }
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    func testTranscripts() throws {
        let files = Self.transcripts()
        XCTAssertFalse(files.isEmpty, "no transcripts found under \(Self.root.path)")
        for url in files {
            let name = String(url.path.dropFirst(Self.root.path.count + 1))
            let mismatches: [Transcript.Mismatch]
            do { mismatches = try Transcript.check(url) } catch {
                XCTFail("\(name): \(error)")
                continue
            }
            for m in mismatches {
                XCTFail("\(name):\(m.line): \(m.statement)\n" + Transcript.diff(expected: m.expected, actual: m.actual))
            }
        }
    }
}
