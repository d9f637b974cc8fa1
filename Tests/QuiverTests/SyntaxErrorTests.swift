// SyntaxErrorTests: what the parser refuses and how: error kinds, TCK detail codes, messages
// and positions; unsupported features; deep nesting.
import XCTest
@testable import QuiverSyntax

final class SyntaxErrorTests: XCTestCase {
    /// Asserts kind, detail and the offending text (the span's slice) of an error.
    func assertError(_ query: String, _ kind: QuiverError.Kind, _ detail: String, at text: String? = nil,
                     message: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        guard let e = parseError(query, file: file, line: line) else { return }
        XCTAssertEqual(e.kind, kind, "\(query): \(e.message)", file: file, line: line)
        XCTAssertEqual(e.detail, detail, "\(query): \(e.message)", file: file, line: line)
        XCTAssertEqual(e.phase, .compileTime, file: file, line: line)
        guard let span = e.span else { return XCTFail("no span for \(query)", file: file, line: line) }
        XCTAssertLessThanOrEqual(span.end, query.utf8.count, file: file, line: line)
        if let text {
            XCTAssertEqual(SourceText(query).slice(span), text, "\(query): \(e.message)", file: file, line: line)
        }
        if let message {
            XCTAssertTrue(e.message.contains(message), "\(query): '\(e.message)' lacks '\(message)'", file: file, line: line)
        }
    }

    func testUnexpectedSyntax() {
        assertError("RETURN 1 +", .syntaxError, "UnexpectedEnd", message: "expected an expression")
        assertError("RETURN )", .syntaxError, "UnexpectedSyntax", at: ")", message: "Invalid input ')': expected an expression")
        assertError("MATCH (n RETURN n", .syntaxError, "UnexpectedSyntax", at: "RETURN")
        assertError("MATCH (n)-[r->(m) RETURN n", .syntaxError, "UnexpectedSyntax", at: "-")
        assertError("MATCH (n) RETURN n n", .syntaxError, "UnexpectedSyntax", at: "n", message: "end of statement")
        assertError("MATCH (n) WHERE RETURN n", .syntaxError, "UnexpectedSyntax", at: "RETURN")
        assertError("RETURN [1, 2", .syntaxError, "UnexpectedEnd")
        assertError("RETURN {a 1}", .syntaxError, "UnexpectedSyntax", at: "1", message: "expected ':'")
        assertError("RETURN CASE END", .syntaxError, "UnexpectedSyntax", at: "END", message: "WHEN")
        assertError("RETURN a IS 1", .syntaxError, "UnexpectedSyntax", at: "1")
        assertError("RETURN 1 = NOT 2", .syntaxError, "UnexpectedSyntax", at: "NOT")
        assertError("FOO (n)", .syntaxError, "UnexpectedSyntax", at: "FOO", message: "expected a clause")
        assertError("RETURN 'abc", .syntaxError, "UnexpectedEnd", at: "'abc")
        assertError("RETURN 1 /* open", .syntaxError, "UnexpectedEnd", at: "/* open")
        assertError("RETURN `open", .syntaxError, "UnexpectedEnd", at: "`open")
        assertError("RETURN 12abc", .syntaxError, "InvalidNumberLiteral", at: "12abc")
        assertError("RETURN 0x", .syntaxError, "InvalidNumberLiteral", at: "0x")
        assertError("RETURN 1 # 2", .syntaxError, "UnexpectedSyntax", at: "#")
        assertError("RETURN 1 ! 2", .syntaxError, "UnexpectedSyntax", at: "!")
        assertError("RETURN $", .syntaxError, "UnexpectedSyntax", at: "$")
        assertError("RETURN n.", .syntaxError, "UnexpectedEnd", message: "property key")
        assertError("", .syntaxError, "UnexpectedEnd")
        assertError("EXPLAIN", .syntaxError, "UnexpectedEnd")
        assertError("RETURN {1B2c3e67: 1}", .syntaxError, "UnexpectedSyntax", at: "1B2c3e67", message: "map key")
        assertError("RETURN 0x1A2b3c4Z5E6f7", .syntaxError, "InvalidNumberLiteral", at: "0x1A2b3c4Z5E6f7")
        assertError("RETURN count(*", .syntaxError, "UnexpectedEnd", message: "expected ')'")
        assertError("MATCH (a)->(b) RETURN a", .syntaxError, "UnexpectedSyntax", at: ">", message: "expected '[' or '-'")
        assertError("MATCH (a)-[r]>(b) RETURN a", .syntaxError, "UnexpectedSyntax", at: ">", message: "expected '-' or '->'")
        assertError("RETURN CASE", .syntaxError, "UnexpectedEnd", message: "an expression or WHEN")
        assertError("MATCH (n) RETURN n:Person.name", .syntaxError, "UnexpectedSyntax", at: ".")
        assertError("MATCH (a)-[*1.5]->(b) RETURN a", .syntaxError, "UnexpectedSyntax", at: "1.5")
    }

    func testUnexpectedEndBeforeSemicolonIsNotEndOfInput() {
        let parsed = Parser.parseScript(SourceText("RETURN 1 +;"))
        guard case .failure(let e)? = parsed.first?.result else { return XCTFail("expected an error") }
        XCTAssertEqual(e.detail, "UnexpectedSyntax")
        XCTAssertEqual(e.span, SourceSpan(start: 10, end: 10))
        XCTAssertEqual(e.located(in: SourceText("RETURN 1 +;")).column, 11)
    }

    func testSpansAreUTF8ByteOffsets() {
        let query = "RETURN '公司' AS 公司 公司"
        guard let e = parseError(query) else { return }
        XCTAssertEqual(e.span, SourceSpan(start: 26, end: 32))  // 公 and 司 take 3 bytes each
        let located = e.located(in: SourceText(query))
        XCTAssertEqual(located.column, 19)
        XCTAssertEqual(located.rendered().components(separatedBy: "\n").last,
                       String(repeating: " ", count: DisplayWidth.of("RETURN '公司' AS 公司 ")) + "^")
    }

    func testCopyErrors() {
        assertError("COPY Person 'p.csv'", .syntaxError, "UnexpectedSyntax", at: "'p.csv'", message: "expected FROM")
        assertError("COPY Person FROM p", .syntaxError, "UnexpectedSyntax", at: "p", message: "file path")
        assertError("COPY Person FROM 'p.csv' (HEADER=)", .syntaxError, "UnexpectedSyntax", at: ")")
        assertError("COPY Person FROM 'p.csv' (HEADER=true", .syntaxError, "UnexpectedEnd")
        assertError("COPY Person FROM 'p.csv' RETURN 1", .syntaxError, "UnexpectedSyntax", at: "RETURN")
    }

    func testLiteralErrors() {
        assertError("RETURN 9223372036854775808", .syntaxError, "IntegerOverflow", at: "9223372036854775808")
        assertError("RETURN -9223372036854775809", .syntaxError, "IntegerOverflow")
        assertError("RETURN 0xFFFFFFFFFFFFFFFFFF", .syntaxError, "IntegerOverflow")
        assertError("RETURN 1e400", .syntaxError, "FloatingPointOverflow", at: "1e400")
        assertError(#"RETURN 'a\u12'"#, .syntaxError, "InvalidUnicodeLiteral", at: #"\u12"#)
        assertError(#"RETURN 'a\uD800'"#, .syntaxError, "InvalidUnicodeLiteral", at: #"\uD800"#)
        assertError(#"RETURN 'é\q'"#, .syntaxError, "UnexpectedSyntax", at: #"\q"#)
        assertError("RETURN 1 \u{2013} 2", .syntaxError, "InvalidUnicodeCharacter", at: "\u{2013}")
        assertError("RETURN \u{2212}1", .syntaxError, "InvalidUnicodeCharacter", at: "\u{2212}")
        assertError("MATCH (a)\u{2014}\u{2014}>(b) RETURN a", .syntaxError, "InvalidUnicodeCharacter", at: "\u{2014}")
    }

    func testClauseComposition() {
        assertError("MATCH (n)", .syntaxError, "InvalidClauseComposition", at: "MATCH (n)")
        assertError("UNWIND [1] AS x", .syntaxError, "InvalidClauseComposition")
        assertError("MATCH (n) WITH n", .syntaxError, "InvalidClauseComposition", at: "WITH n")
        assertError("RETURN 1 RETURN 2", .syntaxError, "InvalidClauseComposition", at: "RETURN")
        assertError("RETURN 1 MATCH (n)", .syntaxError, "InvalidClauseComposition", at: "MATCH")
        assertError("CREATE () MATCH () RETURN 1", .syntaxError, "InvalidClauseComposition", at: "MATCH")
        assertError("CREATE () UNWIND [] AS x RETURN 1", .syntaxError, "InvalidClauseComposition", at: "UNWIND")
        assertError("MATCH (n) COPY A FROM 'x'", .syntaxError, "InvalidClauseComposition", at: "COPY")
        XCTAssertEqual(sexpr("CREATE (a) WITH a MATCH (b) RETURN b"), "(create (a)) (with a) (match (b)) (return b)")
    }

    func testUnsupportedFeatures() {
        let cases: [(String, String, String)] = [
            ("MERGE (n)", "MERGE", "MERGE"),
            ("MATCH (n) SET n.x = 1", "SET", "SET"),
            ("MATCH (n) DELETE n", "DELETE", "DELETE"),
            ("MATCH (n) DETACH DELETE n", "DETACH DELETE", "DETACH DELETE"),
            ("MATCH (n) REMOVE n.x", "REMOVE", "REMOVE"),
            ("CALL db.labels()", "CALL", "CALL"),
            ("RETURN 1 UNION RETURN 2", "UNION", "UNION"),
            ("FOREACH (x IN [1] | CREATE ())", "FOREACH", "FOREACH"),
            ("LOAD CSV FROM 'x' AS row RETURN row", "LOAD CSV", "LOAD CSV"),
            ("RETURN [x IN [1, 2] | x * 2]", "list comprehension", "["),
            ("RETURN [x IN [1, 2] WHERE x > 1]", "list comprehension", "["),
            ("MATCH (a) RETURN [(a)-->(b) | b.name]", "pattern comprehension", "["),
            ("MATCH (a) RETURN [p = (a)-[:T]->(b) | p]", "pattern comprehension", "["),
            ("MATCH (a), (b) WHERE (a)-->(b) RETURN a", "pattern expression", "("),
            ("MATCH (a), (b) WHERE NOT (a)<-[:T]-(b) RETURN a", "pattern expression", "("),
            ("MATCH (a) WHERE EXISTS { (a)-->() } RETURN a", "EXISTS", "EXISTS"),
            ("RETURN all(x IN [1] WHERE x > 0)", "all", "all"),
            ("RETURN none(x IN [1] WHERE x > 0)", "none", "none"),
            ("RETURN reduce(s = 0, x IN [1] | s + x)", "reduce", "reduce"),
            ("MATCH (n) RETURN n {.name}", "map projection", "{"),
            ("RETURN 'a' =~ 'b'", "=~", "=~"),
            ("CREATE INDEX FOR (n:A) ON (n.x)", "CREATE INDEX", "CREATE INDEX"),
            ("CREATE CONSTRAINT c FOR (n:A) REQUIRE n.x IS UNIQUE", "CREATE CONSTRAINT", "CREATE CONSTRAINT"),
            ("USE db MATCH (n) RETURN n", "USE", "USE"),
            ("SHOW DATABASES", "SHOW", "SHOW"),
            ("MATCH p = ((a)-->(b)) RETURN p", "parenthesized path pattern", "("),
        ]
        for (query, detail, text) in cases {
            assertError(query, .unsupportedFeature, detail, at: text)
        }
    }

    func testDeepNesting() {
        let n = 10_000
        for (open, close) in [("(", ")"), ("[", "]"), ("{a: ", "}")] {
            let query = "RETURN " + String(repeating: open, count: n) + "1" + String(repeating: close, count: n)
            assertError(query, .syntaxError, "NestingTooDeep", message: "nesting too deep")
        }
        let cases = "RETURN " + String(repeating: "CASE WHEN true THEN ", count: n) + "1" + String(repeating: " END", count: n)
        assertError(cases, .syntaxError, "NestingTooDeep")
        let index = "RETURN x" + String(repeating: "[x", count: n) + String(repeating: "]", count: n)
        assertError(index, .syntaxError, "NestingTooDeep")
        let props = "CREATE (a {k: " + String(repeating: "{k: ", count: n) + "1" + String(repeating: "}", count: n + 1) + ")"
        assertError(props, .syntaxError, "NestingTooDeep")
        // Operator chains are parsed by loops but build deep trees: refused past the height limit.
        assertError("RETURN " + String(repeating: "- ", count: n) + "1", .syntaxError, "NestingTooDeep")
        assertError("RETURN " + String(repeating: "NOT ", count: n) + "true", .syntaxError, "NestingTooDeep")
        assertError("RETURN 1" + String(repeating: " + 1", count: n), .syntaxError, "NestingTooDeep")
        XCTAssertNoThrow(try Parser.parseStatement(SourceText("RETURN 1" + String(repeating: " + 1", count: 300))))
        // Just under the limit is fine.
        let ok = "RETURN " + String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        XCTAssertNoThrow(try Parser.parseStatement(SourceText(ok)))
    }
}
