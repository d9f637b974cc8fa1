// Fuzzing the whole pipeline: mutated valid queries go through lexer, parser and compiler
// (100k inputs, via EXPLAIN) and a sample runs on the VM; nothing may crash, every rejection
// must be a positioned QuiverError, and a failed statement must leave the graph unchanged.
import XCTest
@testable import Quiver

/// Fixed-seed draws for the fuzzers (SplitMix64 is defined in SyntaxFuzzTests).
typealias FuzzRandom = SplitMix64

extension SplitMix64 {
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

final class EngineFuzzTests: XCTestCase {
    static let seeds: [String] = [
        "MATCH (a:Person)-[r:KNOWS]->(b) WHERE a.age > 30 AND b.name STARTS WITH 'B' RETURN a.name, count(*) AS c ORDER BY c DESC LIMIT 3",
        "MATCH p = (a)-[:KNOWS*1..3]->(b) RETURN length(p), nodes(p), relationships(p)",
        "OPTIONAL MATCH (a:Person {name: 'Ann'})-[:LIKES]->(x) RETURN a, x",
        "UNWIND [1, 2.5, 'x', null, [1, 2], {k: 1}] AS v RETURN v, v IS NULL, toString(v)",
        "WITH 1 AS x, [1, 2, 3] AS xs RETURN xs[0..x], xs[-1], x IN xs, CASE x WHEN 1 THEN 'one' ELSE 'other' END",
        "MATCH (a:Person), (b:Person) WHERE a <> b WITH a, collect(b.name) AS names RETURN a.name, size(names)",
        "CREATE (n:Fuzz {k: 1, s: 'a'})-[:T {w: 2}]->(m:Fuzz) RETURN n, m",
        "MATCH (a) RETURN labels(a), keys(a), properties(a), id(a) ORDER BY id(a) SKIP 1 LIMIT 2",
        "UNWIND range(1, 50) AS i WITH i WHERE i % 3 = 0 RETURN sum(i), avg(i), min(i), max(i), count(DISTINCT i % 2)",
        "MATCH (a:Person)-[r]-(b) RETURN type(r), startNode(r) = a, endNode(r).name, r.since",
        "RETURN toUpper('abc') + toLower('DEF'), substring('hello', 1, 3), split('a,b', ','), replace('aa', 'a', 'b'), 2 ^ 10, 7 % 3, -5 / 2",
        "MATCH (a {name: 'Ann'}) MATCH shortestPath((a)-[:KNOWS*]->(b:Person {name: 'Cy'})) RETURN b",
        "RETURN coalesce(null, 1), abs(-3), sign(-2.5), round(2.5), sqrt(16), floor(1.5), ceil(1.2), head([1]), last([1, 2]), tail([1, 2])",
    ]

    static let vocabulary: [String] = [
        "MATCH", "OPTIONAL", "WHERE", "WITH", "RETURN", "UNWIND", "AS", "CREATE", "ORDER", "BY", "SKIP", "LIMIT",
        "DISTINCT", "AND", "OR", "NOT", "XOR", "IN", "IS", "NULL", "CASE", "WHEN", "THEN", "ELSE", "END",
        "(", ")", "[", "]", "{", "}", "-", "->", "<-", ":", ",", ".", "..", "*", "+", "/", "%", "^", "=", "<>",
        "<", ">", "'s'", "\"d\"", "1", "0", "-1", "2.5", "9223372036854775807", "$p", "a", "b", "r", "n", "count(*)",
        "`x y`", "英伟达", "/*", "*/", "//", ";", "|", "\\", "'", "\n", "true", "false",
    ]

    func mutate(_ q: String, _ rng: inout FuzzRandom) -> String {
        var tokens = q.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for _ in 0...rng.below(3) {
            switch rng.below(6) {
            case 0 where !tokens.isEmpty: tokens.remove(at: rng.below(tokens.count))
            case 1: tokens.insert(Self.vocabulary[rng.below(Self.vocabulary.count)], at: rng.below(tokens.count + 1))
            case 2 where tokens.count > 1:
                let i = rng.below(tokens.count), j = rng.below(tokens.count)
                tokens.swapAt(i, j)
            case 3 where !tokens.isEmpty: tokens = Array(tokens.prefix(rng.below(tokens.count)))
            case 4 where !tokens.isEmpty:
                let i = rng.below(tokens.count)
                tokens[i] = Self.vocabulary[rng.below(Self.vocabulary.count)]
            default:
                var chars = Array(tokens.joined(separator: " "))
                if !chars.isEmpty { chars[rng.below(chars.count)] = Character(UnicodeScalar(UInt8(32 + rng.below(95)))) }
                tokens = String(chars).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            }
        }
        return tokens.joined(separator: " ")
    }

    func fixtureGraph() throws -> Graph {
        try Graph(scriptText: """
            CREATE (ann:Person {name: 'Ann', age: 35}), (bob:Person {name: 'Bob', age: 28}), (cy:Person {name: 'Cy', age: 41}),
                   (ann)-[:KNOWS {since: 2001}]->(bob), (bob)-[:KNOWS]->(cy), (cy)-[:KNOWS]->(ann), (ann)-[:LIKES]->(cy)
            """)
    }

    func assertPositioned(_ e: QuiverError, _ q: String, file: StaticString = #filePath, line: UInt = #line) {
        switch e.kind {
        case .resourceLimit, .cancelled: return
        default:
            XCTAssertNotNil(e.location, "no position for \(e.kind.rawValue): \(e.message) in: \(q)", file: file, line: line)
        }
    }

    func testMutatedQueriesCompileOrFailWithPosition() throws {
        let graph = try fixtureGraph()
        let session = Session(graph: graph)
        session.parameters = ["p": .int(1)]
        var rng = FuzzRandom(state: 0x5157_4956_4552)
        var rejected = 0
        for n in 0..<100_000 {
            let q = mutate(Self.seeds[n % Self.seeds.count], &rng)
            do { _ = try session.run("EXPLAIN " + q) } catch let e as QuiverError {
                rejected += 1
                assertPositioned(e, q)
            }
        }
        XCTAssertGreaterThan(rejected, 1000, "the mutations should produce many invalid queries")
    }

    func testMutatedQueriesRunWithinLimitsAndFailuresChangeNothing() throws {
        let graph = try fixtureGraph()
        var options = SessionOptions()
        options.timeout = 0.5
        options.maxIntermediateValues = 200_000
        options.maxRows = 10_000
        let session = Session(graph: graph, options: options)
        session.parameters = ["p": .int(1)]
        var rng = FuzzRandom(state: 42)
        for n in 0..<5_000 {
            let q = mutate(Self.seeds[n % Self.seeds.count], &rng)
            let before = (graph.nodeCount, graph.relationshipCount)
            do { _ = try session.run(q) } catch let e as QuiverError {
                assertPositioned(e, q)
                XCTAssertEqual(before.0, graph.nodeCount, "a failed statement changed the graph: \(q)")
                XCTAssertEqual(before.1, graph.relationshipCount, "a failed statement changed the graph: \(q)")
            }
        }
    }

    func testDeepNestingIsAPositionedError() throws {
        let session = Session(graph: Graph())
        let depth = 10_000
        for q in [String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth),
                  String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
                  String(repeating: "{a: ", count: depth) + "1" + String(repeating: "}", count: depth),
                  String(repeating: "CASE WHEN true THEN ", count: depth) + "1" + String(repeating: " END", count: depth),
                  String(repeating: "-", count: depth) + "1",
                  String(repeating: "NOT ", count: depth) + "true"] {
            XCTAssertThrowsError(try session.run("RETURN " + q)) { error in
                guard let e = error as? QuiverError else { return XCTFail("not a QuiverError: \(error)") }
                XCTAssertEqual(e.kind, .syntaxError)
                XCTAssertNotNil(e.location)
            }
        }
    }

    func testRandomBytesNeverCrash() throws {
        let session = Session(graph: try fixtureGraph())
        var rng = FuzzRandom(state: 7)
        for _ in 0..<5_000 {
            let bytes = (0..<rng.below(40)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let q = String(decoding: bytes, as: UTF8.self)
            do { _ = try session.run(q) } catch let e as QuiverError { assertPositioned(e, q) }
        }
    }
}
