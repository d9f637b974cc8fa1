// SyntaxFuzzTests: over 100k generated inputs (random bytes, random token sequences, mutated
// valid queries, fixed seed) the lexer and parser never crash, and every span they report
// lies within the text.
import XCTest
@testable import QuiverSyntax

/// SplitMix64: a small deterministic generator, so that a failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

final class SyntaxFuzzTests: XCTestCase {
    static let seeds = [
        "MATCH (a:Person {name: 'x'})-[r:KNOWS*1..3]->(b) WHERE a.age > 30 AND b.name STARTS WITH 'A' RETURN a, count(*) AS c ORDER BY c DESC LIMIT 5",
        "UNWIND [1, 2, 3] AS x WITH x WHERE x % 2 = 1 RETURN x, x ^ 2, -x, CASE WHEN x > 1 THEN 'big' ELSE 'small' END",
        "CREATE (a:A {k: $p})-[:T {w: 1.5e3}]->(b:B), (c)<-[:U]-(a)",
        "OPTIONAL MATCH p = shortestPath((a)-[*]-(b)) RETURN p, [1, 2][0], {k: [1, {m: null}]}.k, 'é\\u00e9\\n'",
        "COPY Person FROM 'people.csv' (HEADER=true, DELIM=',', KEY=id)",
        "EXPLAIN MATCH (n) WITH DISTINCT n.x AS x SKIP 1 LIMIT 2 RETURN x IS NOT NULL, 1 < x <= 3, `odd name`",
        "MATCH (n) WHERE n:A:B AND n.list[1..2] IN [[1]] RETURN n.a.b.c, a.b.c(1, 2), count(DISTINCT n); RETURN 0x1F, 0o17",
    ]

    static let vocabulary = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "CREATE", "COPY", "FROM", "ORDER", "BY",
        "SKIP", "LIMIT", "DISTINCT", "AND", "OR", "XOR", "NOT", "IS", "NULL", "IN", "STARTS", "ENDS", "CONTAINS",
        "CASE", "WHEN", "THEN", "ELSE", "END", "true", "false", "MERGE", "SET", "EXISTS", "count", "shortestPath",
        "(", ")", "[", "]", "{", "}", ",", ";", ":", ".", "..", "|", "+", "-", "*", "/", "%", "^", "=", "<>", "!=",
        "<", "<=", ">", ">=", "=~", "->", "<-", "--", "$p", "$0", "n", "m", "x", "`q w`", "1", "0", "-1",
        "9223372036854775808", "1.5", ".5", "1e400", "'s'", "\"t\"", "'\\u12'", "'open", "/*", "*/", "//", "\n",
        "#", "\u{2013}", "公司", "é",
    ]

    func testFuzzNeverCrashesAndSpansStayInText() {
        var rng = SplitMix64(state: 20_240_601)
        var count = 0
        // Random bytes (decoded leniently, so invalid UTF-8 becomes U+FFFD).
        for _ in 0..<35_000 {
            let length = Int.random(in: 0...24, using: &rng)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            check(String(decoding: bytes, as: UTF8.self)); count += 1
        }
        // Random printable ASCII, where the lexer's multi-character rules are hit more often.
        for _ in 0..<25_000 {
            let length = Int.random(in: 0...24, using: &rng)
            let scalars = (0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 32...126, using: &rng))) }
            check(String(scalars)); count += 1
        }
        // Random token sequences.
        for _ in 0..<30_000 {
            let length = Int.random(in: 1...14, using: &rng)
            let words = (0..<length).map { _ in Self.vocabulary.randomElement(using: &rng) ?? "" }
            check(words.joined(separator: Bool.random(using: &rng) ? " " : "")); count += 1
        }
        // Valid queries with a few characters deleted, duplicated or replaced.
        for _ in 0..<10_000 {
            var chars = Array(Self.seeds.randomElement(using: &rng) ?? "")
            for _ in 0..<Int.random(in: 1...3, using: &rng) where !chars.isEmpty {
                let i = Int.random(in: 0..<chars.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: chars.remove(at: i)
                case 1: chars.insert(chars[i], at: i)
                default: chars[i] = Character(Unicode.Scalar(UInt8.random(in: 32...126, using: &rng)))
                }
            }
            check(String(chars)); count += 1
        }
        XCTAssertGreaterThanOrEqual(count, 100_000)
    }

    func testSeedsParse() {
        for seed in Self.seeds {
            for parsed in Parser.parseScript(SourceText(seed)) {
                if case .failure(let e) = parsed.result { XCTFail("\(seed): \(e)") }
            }
        }
    }

    /// Lexes and parses `text`; every span must lie within it.
    private func check(_ text: String) {
        let length = text.utf8.count
        func inText(_ span: SourceSpan) -> Bool { span.start >= 0 && span.start <= span.end && span.end <= length }
        var previousEnd = 0
        for t in Lexer.tokenize(text) {
            if !inText(t.span) || t.span.start < previousEnd || t.span.start == t.span.end {
                return XCTFail("bad token span \(t.span) in \(text.debugDescription)")
            }
            previousEnd = t.span.end
        }
        for parsed in Parser.parseScript(SourceText(text)) {
            if !inText(parsed.span) { return XCTFail("bad statement span in \(text.debugDescription)") }
            switch parsed.result {
            case .success(let stmt):
                if !inText(stmt.span) { return XCTFail("bad statement span in \(text.debugDescription)") }
            case .failure(let e):
                guard let span = e.span, inText(span) else {
                    return XCTFail("error without a span in the text: \(e.message) for \(text.debugDescription)")
                }
                if e.kind != .syntaxError && e.kind != .unsupportedFeature {
                    return XCTFail("unexpected error kind \(e.kind) for \(text.debugDescription)")
                }
            }
        }
        _ = Parser.isComplete(text)
    }
}
