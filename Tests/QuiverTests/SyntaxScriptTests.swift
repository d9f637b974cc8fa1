// SyntaxScriptTests: the lexer's tokens and the script-level entry points: statement
// splitting, spans, skipped empty statements, isComplete for the REPL.
import XCTest
@testable import QuiverSyntax

final class SyntaxScriptTests: XCTestCase {
    func testTokenKinds() {
        let tokens = Lexer.tokenize("match (n:`A b`) // c\nWHERE n.x >= 1.5 AND $p <> 'q' RETURN 0x1F /* d */")
        let summary = tokens.map { "\($0.kind.rawValue):\($0.text)" }
        XCTAssertEqual(summary, [
            "keyword:match", "punctuation:(", "identifier:n", "punctuation::", "identifier:`A b`", "punctuation:)",
            "comment:// c", "keyword:WHERE", "identifier:n", "punctuation:.", "identifier:x", "operator:>=",
            "float:1.5", "keyword:AND", "parameter:$p", "operator:<>", "string:'q'", "keyword:RETURN",
            "integer:0x1F", "comment:/* d */",
        ])
        XCTAssertEqual(tokens[4].identifierName, "A b")
        XCTAssertTrue(Lexer.keywords.contains("MATCH"))
        XCTAssertTrue(Lexer.keywords.contains("OPTIONAL"))
    }

    func testTokenSpansAreUTF8Offsets() {
        let text = "RETURN 'é' AS 公司"
        let tokens = Lexer.tokenize(text)
        let source = SourceText(text)
        XCTAssertEqual(tokens.map { source.slice($0.span) }, tokens.map(\.text))
        XCTAssertEqual(tokens.last?.span, SourceSpan(start: 15, end: 21))
    }

    func testLexerErrorTokens() {
        XCTAssertEqual(Lexer.tokenize("'open").map(\.kind), [.error])
        XCTAssertEqual(Lexer.tokenize("1 # 2").map(\.kind), [.integer, .error, .integer])
        XCTAssertEqual(Lexer.tokenize("a\u{2013}b").map(\.kind), [.identifier, .error, .identifier])
        XCTAssertEqual(Lexer.tokenize("1..3").map(\.text), ["1", "..", "3"])
        XCTAssertEqual(Lexer.tokenize("-->").map(\.text), ["-", "-", ">"])
        XCTAssertEqual(Lexer.tokenize("<-[").map(\.text), ["<", "-", "["])
        XCTAssertEqual(Lexer.tokenize("`a``b`").map(\.identifierName), ["a`b"])
        XCTAssertEqual(Lexer.tokenize("\u{FEFF}RETURN\u{00A0}1").map(\.text), ["RETURN", "1"])
        XCTAssertEqual(Lexer.tokenize("ſet SET").map(\.kind), [.identifier, .keyword])
    }

    func testParseScriptSplitsAtTopLevelSemicolons() {
        let text = "RETURN ';' AS a; // x;\n/* ; */ RETURN `;` ; ;  ; RETURN 1 +; MATCH (n) RETURN n"
        let source = SourceText(text)
        let parsed = Parser.parseScript(source)
        XCTAssertEqual(parsed.map { source.slice($0.span) },
                       ["RETURN ';' AS a", "RETURN `;`", "RETURN 1 +", "MATCH (n) RETURN n"])
        XCTAssertEqual(parsed.map { (try? $0.result.get()) != nil }, [true, true, false, true])
        if case .success(let stmt) = parsed[0].result { XCTAssertEqual(stmt.span, parsed[0].span) }
        // The error of the third statement points into the script, at its `;`.
        if case .failure(let e) = parsed[2].result {
            let located = e.located(in: source)
            XCTAssertEqual(located.line, 2)
            XCTAssertEqual(located.column, "/* ; */ RETURN `;` ; ;  ; RETURN 1 +".count + 1)
        }
    }

    func testParseScriptSkipsEmptyStatements() {
        XCTAssertTrue(Parser.parseScript(SourceText("")).isEmpty)
        XCTAssertTrue(Parser.parseScript(SourceText(" ; // only a comment\n;; /* c */")).isEmpty)
        XCTAssertEqual(Parser.parseScript(SourceText("RETURN 1;\n")).count, 1)
    }

    func testParseStatementWantsOneStatement() {
        XCTAssertNoThrow(try Parser.parseStatement(SourceText("RETURN 1;")))
        XCTAssertThrowsError(try Parser.parseStatement(SourceText("RETURN 1; RETURN 2"))) { error in
            XCTAssertEqual((error as? QuiverError)?.span, SourceSpan(start: 10, end: 18))
        }
    }

    func testIsComplete() {
        XCTAssertTrue(Parser.isComplete(""))
        XCTAssertTrue(Parser.isComplete("  \n"))
        XCTAssertTrue(Parser.isComplete("RETURN 1;"))
        XCTAssertTrue(Parser.isComplete("RETURN 1; // done\n  "))
        XCTAssertTrue(Parser.isComplete("RETURN 1; /* done */"))
        XCTAssertFalse(Parser.isComplete("RETURN 1"))
        XCTAssertFalse(Parser.isComplete("RETURN ';"))
        XCTAssertFalse(Parser.isComplete("RETURN 1 // ;"))
        XCTAssertFalse(Parser.isComplete("RETURN 1; /* open"))
        XCTAssertFalse(Parser.isComplete("RETURN `;"))
        XCTAssertFalse(Parser.isComplete("RETURN 1; RETURN 2"))
    }
}
