// Tests of the transcript pieces that do not need the engine: block bodies rendered from
// outcomes, the line diff, and finding `;` and `/* expect */` blocks in a file's text.
import XCTest
import QuiverSyntax
@testable import Quiver

final class OutputTranscriptTests: XCTestCase {
    typealias F = OutputFixtures

    func outcome(_ result: Result<QueryResult, QuiverError>) -> StatementOutcome {
        StatementOutcome(text: "RETURN 1", span: SourceSpan(start: 0, end: 8), result: result)
    }

    func testRowsBlock() {
        let r = F.result(["x", "公司"], [[.int(1), .string("英伟达")], [.int(22), .null]])
        XCTAssertEqual(Transcript.render(outcome(.success(r))), """
        | x  | 公司     |
        | 1  | '英伟达' |
        | 22 | null     |
        (2 rows)
        """)
        XCTAssertEqual(Transcript.render(outcome(.success(F.result(["a"], [[.int(1)]])))), "| a |\n| 1 |\n(1 row)")
        XCTAssertEqual(Transcript.render(outcome(.success(F.result(["a"], [])))), "| a |\n(0 rows)")
    }

    func testUpdateBlocks() {
        var created = QueryResult(kind: .empty, columns: [], rows: [])
        created.stats.nodesCreated = 1
        created.stats.propertiesSet = 1
        created.stats.labelsAdded = 1
        XCTAssertEqual(Transcript.render(outcome(.success(created))), "created 1 node, 1 property, 1 label")
        XCTAssertEqual(Transcript.render(outcome(.success(QueryResult(kind: .empty, columns: [], rows: [])))), "(no changes)")
        var both = F.result(["n"], [[.node(F.carol)]])
        both.stats.nodesCreated = 1
        XCTAssertEqual(Transcript.render(outcome(.success(both))), "| n          |\n| (:Company) |\n(1 row)\ncreated 1 node")
    }

    func testErrorBlock() {
        let source = SourceText("RETURN 1;\nRETURN 1 - 'a';", name: "t.cypher")
        let e = QuiverError(.typeError, "bad operands", span: SourceSpan(start: 17, end: 24)).located(in: source)
        XCTAssertEqual(Transcript.render(outcome(.failure(e))), "error: TypeError at 2:8: bad operands")
        XCTAssertEqual(Transcript.render(outcome(.failure(QuiverError(.ioError, "gone")))), "error: IOError: gone")
    }

    func testBlockCloserInOutputIsEscaped() {
        let body = Transcript.render(outcome(.success(F.result(["s"], [[.string("*/")]]))))
        XCTAssertFalse(body.contains("*/"), body)
    }

    func testDiff() {
        XCTAssertEqual(Transcript.diff(expected: "a\nb", actual: "a\nb"), "")
        XCTAssertEqual(Transcript.diff(expected: "| x |\n| 1 |\n(1 row)", actual: "| x |\n| 2 |\n(1 row)"),
                       "--- expected\n+++ actual\n | x |\n-| 1 |\n+| 2 |\n (1 row)\n")
        XCTAssertEqual(Transcript.diff(expected: "", actual: "x"), "--- expected\n+++ actual\n+x\n")
    }

    func testScannerFindsSemicolonAndBlock() {
        let text = "RETURN 1 ;\n/* expect\n| 1 |\n*/\nRETURN 2; RETURN 3"
        let bytes = Array(text.utf8)
        let first = TranscriptScanner.after(statementEnd: 8, in: bytes)
        XCTAssertTrue(first.hasSemicolon)
        XCTAssertEqual(first.insertAt, 10)
        XCTAssertEqual(first.block.map { TranscriptScanner.normalize($0.body) }, "| 1 |")
        let secondEnd = Array("RETURN 1 ;\n/* expect\n| 1 |\n*/\nRETURN 2".utf8).count
        let second = TranscriptScanner.after(statementEnd: secondEnd, in: bytes)
        XCTAssertTrue(second.hasSemicolon)
        XCTAssertNil(second.block)
        let third = TranscriptScanner.after(statementEnd: bytes.count, in: bytes)
        XCTAssertFalse(third.hasSemicolon)
        XCTAssertEqual(third.insertAt, bytes.count)
        XCTAssertEqual(TranscriptScanner.allOpeners(in: bytes), [11])
    }

    func testScannerSkipsComments() {
        let bytes = Array("  // c\n /* c */ RETURN".utf8)
        XCTAssertEqual(TranscriptScanner.skipTrivia(from: 0, in: bytes), bytes.count - 6)
        let withBlock = Array(" /* expect\nx\n*/".utf8)
        XCTAssertEqual(TranscriptScanner.skipTrivia(from: 0, in: withBlock, keepExpect: true), 1)
        XCTAssertEqual(TranscriptScanner.skipTrivia(from: 0, in: withBlock), withBlock.count)
    }

    func testWildcardLines() {
        XCTAssertTrue(TranscriptScanner.matches(expected: "error: TypeError at 1:8: ...", actual: "error: TypeError at 1:8: bad"))
        XCTAssertFalse(TranscriptScanner.matches(expected: "error: TypeError at 1:9: ...", actual: "error: TypeError at 1:8: bad"))
        XCTAssertFalse(TranscriptScanner.matches(expected: "| a |\n(1 row)", actual: "| a |\n(2 rows)"))
        XCTAssertFalse(TranscriptScanner.matches(expected: "x...", actual: "x\ny"), "line counts must agree")
        XCTAssertTrue(TranscriptScanner.matches(expected: "| a |", actual: "| a |"))
    }

    func testRewriteKeepsWildcards() {
        XCTAssertEqual(TranscriptScanner.rewrite(expected: "error: TypeError at 3:8: ...", actual: "error: TypeError at 5:8: bad"),
                       "error: TypeError at 5:8: ...")
        XCTAssertEqual(TranscriptScanner.rewrite(expected: "error: TypeError at 3:8: cannot ...", actual: "error: ArithmeticError at 3:8: overflow"),
                       "error: ArithmeticError at 3:8: overflow")
        XCTAssertEqual(TranscriptScanner.rewrite(expected: "error: IOError: gone ...", actual: "error: IOError: gone away"),
                       "error: IOError: gone ...")
        XCTAssertEqual(TranscriptScanner.rewrite(expected: "| x |\n| 1 |", actual: "| x |\n| 2 |\n(1 row)"), "| x |\n| 2 |\n(1 row)")
    }

    func testGraphHeaderAndNormalize() {
        XCTAssertEqual(TranscriptScanner.graphName(in: "\n// graph: articles\nRETURN 1;"), "articles")
        XCTAssertNil(TranscriptScanner.graphName(in: "// other comment\n// graph: articles"))
        XCTAssertNil(TranscriptScanner.graphName(in: "RETURN 1;"))
        XCTAssertEqual(TranscriptScanner.normalize("\n| a |  \r\n(1 row)\n\n"), "| a |\n(1 row)")
    }

    // MARK: check and record on a real file (needs the engine)

    func tempFile(_ text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-transcript-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("t.cypher")
        try Data(text.utf8).write(to: url)
        return url
    }

    func testCheckReportsMissingWrongAndOrphanBlocks() throws {
        let url = try tempFile("""
        RETURN 1 AS x;
        RETURN 2 AS y;
        /* expect
        | y |
        | 3 |
        (1 row)
        */
        UNWIND [1, 2] AS z RETURN z;
        /* expect
        | z |
        | 1 |
        | 2 |
        (2 rows)
        */
        // a block no statement claims
        /* expect
        nothing
        */
        """)
        let mismatches = try Transcript.check(url)
        XCTAssertEqual(mismatches.map(\.line), [1, 2, 16])
        XCTAssertEqual(mismatches.first?.expected, "")
        XCTAssertEqual(mismatches.first?.actual, "| x |\n| 1 |\n(1 row)")
        XCTAssertEqual(mismatches.dropFirst().first?.statement, "RETURN 2 AS y")
    }

    func testRecordInsertsAndReplacesThenCheckPasses() throws {
        let url = try tempFile("""
        CREATE (:A {k: 1});
        MATCH (a:A) RETURN a.k AS k;
        /* expect
        | k |
        | 2 |
        (1 row)
        */
        RETURN 1 - 'a';
        /* expect
        error: TypeError at 8:8: ...
        */
        RETURN 3 AS last
        """)
        try Transcript.record(url)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains("CREATE (:A {k: 1});\n/* expect\ncreated 1 node, 1 property, 1 label\n*/"), text)
        XCTAssertTrue(text.contains("| k |\n| 1 |\n(1 row)"), text)
        XCTAssertTrue(text.contains("error: TypeError at 11:8: ...\n"), "the wildcard survives, the line moves:\n" + text)
        XCTAssertTrue(text.hasSuffix("RETURN 3 AS last;\n/* expect\n| last |\n| 3    |\n(1 row)\n*/"), text)
        XCTAssertEqual(try Transcript.check(url).count, 0)
    }

    func testUnknownGraphNameIsAnError() throws {
        let url = try tempFile("// graph: nosuch\nRETURN 1;\n")
        XCTAssertThrowsError(try Transcript.check(url))
    }
}
