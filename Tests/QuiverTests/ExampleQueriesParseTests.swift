// Every query in grammar/ and examples/ parses, so the grammar, the docs' examples and the
// parser never drift apart. Statements a transcript expects to fail with a SyntaxError are
// the exception.
import XCTest
@testable import Quiver

final class ExampleQueriesParseTests: XCTestCase {
    func testQueriesInGrammarAndExamplesParse() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files: [URL] = []
        for dir in ["grammar", "examples"] {
            let base = root.appendingPathComponent(dir)
            guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
            for case let u as URL in e where u.pathExtension == "cypher" && !u.path.contains("/.build") { files.append(u) }
        }
        XCTAssertFalse(files.isEmpty)
        var statements = 0
        for f in files {
            let text = try String(contentsOf: f, encoding: .utf8)
            let source = SourceText(text, name: f.lastPathComponent)
            for p in Parser.parseScript(source) {
                statements += 1
                if case .failure(let e) = p.result {
                    // A transcript may expect this error on purpose.
                    let after = String(decoding: source.utf8[min(p.span.end, source.utf8.count)...], as: UTF8.self)
                    if after.prefix(200).contains("error: SyntaxError") || after.prefix(200).contains("error: UnsupportedFeature") { continue }
                    XCTFail("\(f.lastPathComponent): \(e.located(in: source).rendered())")
                }
            }
        }
        XCTAssertGreaterThan(statements, 30)
    }
}
