// SyntaxTests: the parser's accepted language: every clause, operator precedence, chained
// comparisons, patterns of every shape, literals, escapes and Unicode names.
import XCTest
@testable import QuiverSyntax

final class SyntaxTests: XCTestCase {
    func testClauses() {
        XCTAssertEqual(sexpr("MATCH (n) RETURN n"), "(match (n)) (return n)")
        XCTAssertEqual(sexpr("OPTIONAL MATCH (n:A), (m) WHERE n.x > 1 RETURN n, m"),
                       "(optional-match (n:A) (m) (where (> (. n x) 1))) (return n m)")
        XCTAssertEqual(sexpr("UNWIND [1, 2] AS x RETURN x"), "(unwind [1 2] x) (return x)")
        XCTAssertEqual(sexpr("CREATE (a:A {name: 'a'})-[:T]->(b)"), "(create (a:A {name: 'a'})-[:T]->(b))")
        XCTAssertEqual(sexpr("MATCH (n) WITH DISTINCT n.x AS x ORDER BY x DESC SKIP 1 LIMIT 2 WHERE x > 0 RETURN x"),
                       "(match (n)) (with distinct (as (. n x) x) (order (desc x)) (skip 1) (limit 2) (where (> x 0))) (return x)")
        XCTAssertEqual(sexpr("MATCH (n) WITH n WHERE n.x > 1 ORDER BY n.x RETURN n"),
                       "(match (n)) (with n (order (. n x)) (where (> (. n x) 1))) (return n)")
        XCTAssertEqual(sexpr("RETURN DISTINCT 1 AS a ORDER BY a ASC, a DESCENDING SKIP 0 LIMIT 10"),
                       "(return distinct (as 1 a) (order a (desc a)) (skip 0) (limit 10))")
        XCTAssertEqual(sexpr("MATCH (n) RETURN *"), "(match (n)) (return *)")
        XCTAssertEqual(sexpr("MATCH (n) WITH *, n.x AS y RETURN y"), "(match (n)) (with * (as (. n x) y)) (return y)")
        XCTAssertEqual(sexpr("EXPLAIN MATCH (n) RETURN n"), "(explain (match (n)) (return n))")
        XCTAssertEqual(sexpr("profile RETURN 1"), "(profile (return 1))")
        XCTAssertEqual(sexpr("create (a) create (b) return a, b"), "(create (a)) (create (b)) (return a b)")
        XCTAssertEqual(sexpr("MATCH (a) CREATE (a)-[:T]->(b)"), "(match (a)) (create (a)-[:T]->(b))")
    }

    func testCopy() {
        XCTAssertEqual(sexpr("COPY Person FROM 'people.csv' (HEADER=true, DELIM='|', KEY=id)"),
                       "(copy Person 'people.csv' HEADER=true DELIM=| KEY=id)")
        XCTAssertEqual(sexpr("COPY Knows FROM \"k.csv\" (FROM Person, TO Person, header=false)"),
                       "(copy Knows 'k.csv' FROM=Person TO=Person HEADER=false)")
        XCTAssertEqual(sexpr("copy Person from 'p.csv' (KEY id)"), "(copy Person 'p.csv' KEY=id)")
        XCTAssertEqual(sexpr("COPY Person FROM 'p.csv'"), "(copy Person 'p.csv')")
    }

    func testProjectionText() throws {
        let stmt = try Parser.parseStatement(SourceText("RETURN count(*), n.name, 12 / 4 * 3 - 2 * 4, (1 + 2) AS x, -1"))
        guard case .return(let p)? = stmt.clauses.first else { return XCTFail("no RETURN") }
        XCTAssertEqual(p.items.map(\.text), ["count(*)", "n.name", "12 / 4 * 3 - 2 * 4", "(1 + 2)", "-1"])
        XCTAssertEqual(p.items.map(\.columnName), ["count(*)", "n.name", "12 / 4 * 3 - 2 * 4", "x", "-1"])
    }

    func testPrecedence() {
        XCTAssertEqual(expr("1 + 2 * 3"), "(+ 1 (* 2 3))")
        XCTAssertEqual(expr("12 / 4 * 3 - 2 * 4"), "(- (* (/ 12 4) 3) (* 2 4))")
        XCTAssertEqual(expr("2 ^ 3 ^ 2"), "(^ (^ 2 3) 2)")
        XCTAssertEqual(expr("-2 ^ 2"), "(^ -2 2)")
        XCTAssertEqual(expr("- x ^ 2"), "(^ (- x) 2)")
        XCTAssertEqual(expr("a OR b XOR c AND NOT d"), "(OR a (XOR b (AND c (NOT d))))")
        XCTAssertEqual(expr("NOT a = b AND c"), "(AND (NOT (= a b)) c)")
        XCTAssertEqual(expr("NOT NOT a"), "(NOT (NOT a))")
        XCTAssertEqual(expr("a + 1 IN [1] IS NULL"), "(is-null (IN (+ a 1) [1]))")
        XCTAssertEqual(expr("a IS NOT NULL AND b STARTS WITH 'x'"), "(AND (is-not-null a) (STARTS WITH b 'x'))")
        XCTAssertEqual(expr("a ENDS WITH 'x' OR a CONTAINS 'y'"), "(OR (ENDS WITH a 'x') (CONTAINS a 'y'))")
        XCTAssertEqual(expr("a = b IS NULL"), "(= a (is-null b))")
        XCTAssertEqual(expr("1 - -1"), "(- 1 -1)")
        XCTAssertEqual(expr("1 % 2 + 3"), "(+ (% 1 2) 3)")
        XCTAssertEqual(expr("a != b"), "(<> a b)")
        XCTAssertEqual(expr("+a"), "(+ a)")
    }

    func testChainedComparisons() {
        XCTAssertEqual(expr("a < b < c"), "(AND (< a b) (< b c))")
        XCTAssertEqual(expr("1 <= x < 3 = true"), "(AND (AND (<= 1 x) (< x 3)) (= 3 true))")
        XCTAssertEqual(expr("a < b AND c > d"), "(AND (< a b) (> c d))")
    }

    func testPostfix() {
        XCTAssertEqual(expr("n.name.first"), "(. (. n name) first)")
        XCTAssertEqual(expr("list[0][1]"), "(index (index list 0) 1)")
        XCTAssertEqual(expr("list[1..3]"), "(slice list 1 3)")
        XCTAssertEqual(expr("list[..3]"), "(slice list _ 3)")
        XCTAssertEqual(expr("list[1..]"), "(slice list 1 _)")
        XCTAssertEqual(expr("n:A:B"), "(labels n A B)")
        XCTAssertEqual(expr("n.count + n.order"), "(+ (. n count) (. n order))")
        XCTAssertEqual(expr("n:Match"), "(labels n Match)")
    }

    func testAtoms() {
        XCTAssertEqual(expr("count(*)"), "(count *)")
        XCTAssertEqual(expr("COUNT(DISTINCT n)"), "(COUNT distinct n)")
        XCTAssertEqual(expr("a.b.c(1, 2)"), "(a.b.c 1 2)")
        XCTAssertEqual(expr("f()"), "(f)")
        XCTAssertEqual(expr("[1, [2], {}]"), "[1 [2] {}]")
        XCTAssertEqual(expr("{a: 1, `quoted key`: 2, order: 3}"), "{a: 1, quoted key: 2, order: 3}")
        XCTAssertEqual(expr("$param + $0"), "(+ $param $0)")
        XCTAssertEqual(expr("$`odd name`"), "$odd name")
        XCTAssertEqual(expr("CASE x WHEN 1 THEN 'a' WHEN 2 THEN 'b' ELSE 'c' END"),
                       "(case x (when 1 'a') (when 2 'b') (else 'c'))")
        XCTAssertEqual(expr("CASE WHEN a THEN 1 END"), "(case (when a 1))")
        XCTAssertEqual(expr("true AND false OR null"), "(OR (AND true false) null)")
        XCTAssertEqual(expr("`weird name` + `a``b`"), "(+ weird name a`b)")
        XCTAssertEqual(expr("(1 + 2) * 3"), "(* (+ 1 2) 3)")
        XCTAssertEqual(expr("exists(n.x)"), "(exists (. n x))")
        XCTAssertEqual(expr("{``: null}"), "{: null}")
    }

    func testNumbers() {
        XCTAssertEqual(expr("0x1F"), "31")
        XCTAssertEqual(expr("0o17"), "15")
        XCTAssertEqual(expr("-9223372036854775808"), "-9223372036854775808")
        XCTAssertEqual(expr("9223372036854775807"), "9223372036854775807")
        XCTAssertEqual(expr("-0x8000000000000000"), "-9223372036854775808")
        XCTAssertEqual(expr("1.5"), "1.5")
        XCTAssertEqual(expr(".5"), "0.5")
        XCTAssertEqual(expr("1e10"), "10000000000.0")
        XCTAssertEqual(expr("1.5E-3"), "0.0015")
    }

    func testStrings() {
        XCTAssertEqual(expr(#"'it\'s'"#), "'it's'")
        XCTAssertEqual(expr(#""say \"hi\"""#), "'say \"hi\"'")
        XCTAssertEqual(expr(#"'a\\b'"#), #"'a\b'"#)
        XCTAssertEqual(expr(#"'\n\t\r\b\f'"#), "'\n\t\r\u{08}\u{0C}'")
        XCTAssertEqual(expr(#"'\u00e9\U0001F600'"#), "'é😀'")
        XCTAssertEqual(expr("'英伟达'"), "'英伟达'")
    }

    func testUnicodeIdentifiers() {
        XCTAssertEqual(sexpr("RETURN '英伟达' AS 公司"), "(return (as '英伟达' 公司))")
        XCTAssertEqual(sexpr("MATCH (ñ:Persönlichkeit {имя: 1}) RETURN ñ"), "(match (ñ:Persönlichkeit {имя: 1})) (return ñ)")
    }

    func testComments() {
        XCTAssertEqual(sexpr("MATCH (n) // find\n/* all\n nodes */ RETURN n // done"), "(match (n)) (return n)")
    }

    func testPatterns() {
        XCTAssertEqual(sexpr("MATCH p = (a:L1:L2 {k: 1})-[r:T1|T2|:T3 *1..3 {k: 2}]->(b) RETURN p"),
                       "(match p=(a:L1:L2 {k: 1})-[r:T1|T2|T3*1..3 {k: 2}]->(b)) (return p)")
        XCTAssertEqual(sexpr("MATCH (a)<-[r]-(b)-[s]-(c) RETURN a"), "(match (a)<-[r]-(b)-[s]-(c)) (return a)")
        XCTAssertEqual(sexpr("MATCH (a)-->(b)<--(c)--(d)<-->(e) RETURN a"),
                       "(match (a)-[]->(b)<-[]-(c)-[]-(d)-[]-(e)) (return a)")
        XCTAssertEqual(sexpr("MATCH ()-[*]->() RETURN 1"), "(match ()-[*..]->()) (return 1)")
        XCTAssertEqual(sexpr("MATCH ()-[*2]->() RETURN 1"), "(match ()-[*2..2]->()) (return 1)")
        XCTAssertEqual(sexpr("MATCH ()-[*..3]->() RETURN 1"), "(match ()-[*..3]->()) (return 1)")
        XCTAssertEqual(sexpr("MATCH ()-[*2..]->() RETURN 1"), "(match ()-[*2..]->()) (return 1)")
        XCTAssertEqual(sexpr("MATCH ()-[:T* SHORTEST 1..30]->() RETURN 1"), "(match ()-[:T*S1..30]->()) (return 1)")
        XCTAssertEqual(sexpr("MATCH (a $props) RETURN a"), "(match (a $props)) (return a)")
        XCTAssertEqual(sexpr("MATCH p = shortestPath((a)-[*]->(b)) RETURN p"),
                       "(match p=shortest{(a)-[*..]->(b)}) (return p)")
        XCTAssertEqual(sexpr("MATCH allShortestPaths((a)-[*]-(b)) RETURN 1"),
                       "(match allShortest{(a)-[*..]-(b)}) (return 1)")
        XCTAssertEqual(sexpr("MATCH (from)-->(to) RETURN from, to"), "(match (from)-[]->(to)) (return from to)")
        XCTAssertEqual(sexpr("MATCH (a:Match) RETURN a"), "(match (a:Match)) (return a)")
    }
}
