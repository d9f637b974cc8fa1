// ParallelExecutionTests: a scan feeding an aggregate, split over threads, must answer as on
// one thread: counts, sums, averages, min/max, grouping by integer, float, string and
// composite keys, factorised counts over relationships, CASE, empty slices, errors. The
// parallel path is forced on a small graph by lowering the size threshold.
import Foundation
import XCTest
@testable import Quiver

final class ParallelExecutionTests: XCTestCase {
    private static let graph: Graph = {
        let g = Graph()
        let s = Session(graph: g)
        // 3000 nodes: ages with gaps, string kinds, float scores; a ring of KNOWS plus chords.
        _ = try? s.run("""
            UNWIND range(0, 2999) AS i
            CREATE (:P {id: i, age: CASE WHEN i % 11 = 0 THEN null ELSE 18 + i % 50 END,
                        kind: 'k' + toString(i % 7), score: toFloat(i % 13) / 4.0})
            """)
        _ = try? s.run("MATCH (a:P), (b:P) WHERE b.id = (a.id + 1) % 3000 OR (a.id % 10 = 0 AND b.id = (a.id * 7) % 3000) CREATE (a)-[:KNOWS]->(b)")
        return g
    }()

    private func session(threads: Int, groupLimit: Int? = nil) -> Session {
        var o = SessionOptions()
        o.threads = threads
        o.parallelMinimumNodes = 0
        o.parallelPartGroupLimit = groupLimit
        return Session(graph: Self.graph, options: o)
    }

    /// Rows as sorted strings: grouped output without ORDER BY may come in another order.
    private func rows(_ s: Session, _ q: String) throws -> [String] {
        try s.run(q).rows.map { "\($0)" }.sorted()
    }

    private let queries = [
        "MATCH (p:P) RETURN count(*) AS c",
        "MATCH (p:P) WHERE p.age >= 30 AND p.age < 40 RETURN count(*) AS c, sum(p.age) AS s",
        "MATCH (p:P) RETURN sum(p.age * 2 + p.id % 7) AS s, avg(p.age) AS a, min(p.age) AS lo, max(p.age) AS hi, count(p.age) AS n",
        "MATCH (p:P) RETURN p.kind AS k, count(*) AS c, sum(p.score) AS s, min(p.id) AS lo",
        "MATCH (p:P) RETURN p.age AS age, count(*) AS c",
        "MATCH (p:P) RETURN p.id % 5 AS m, sum(p.score) AS s, min(p.kind) AS k, avg(p.age) AS a, count(p.age) AS n",
        "MATCH (p:P) RETURN p.id AS id, count(*) AS c ORDER BY c DESC, id LIMIT 5",
        "MATCH (p:P) RETURN p.score AS score, count(*) AS c",
        "MATCH (p:P) RETURN p.kind AS k, p.age % 3 AS m, count(*) AS c",
        "MATCH (p:P) RETURN CASE WHEN p.age > 40 THEN 'old' ELSE 'young' END AS band, count(*) AS c",
        "MATCH (a:P)-[:KNOWS]->(b:P) RETURN a.id AS id, count(*) AS c ORDER BY c DESC, id LIMIT 10",
        "MATCH (a:P)-[:KNOWS]->(b) RETURN count(*) AS c",
        "MATCH (a:P)-[:KNOWS]->(b)-[:KNOWS]->(c) RETURN count(*) AS c",
        "MATCH (a:P)-[:KNOWS]->(b:P) WHERE b.age > a.age RETURN a.kind AS k, count(*) AS c, max(b.age) AS m",
        "MATCH (n) RETURN count(*) AS c, avg(n.score) AS a",
        "MATCH (p:P) WHERE p.id < 0 RETURN count(*) AS c, sum(p.age) AS s",
        "MATCH (p:P) WHERE p.id < 0 RETURN p.kind AS k, count(*) AS c",
        "MATCH (p:P) WHERE p.id >= 2990 RETURN p.kind AS k, collect(p.id) AS ids",
        "MATCH (p:P) RETURN count(DISTINCT p.kind) AS c",
        "MATCH (p:P) WITH p.kind AS k, count(*) AS c RETURN k, c ORDER BY k",
    ]

    func testPartsAnswerAsOneThread() throws {
        let one = session(threads: 1)
        // Group limit 20: parts with more groups give up and the statement runs on one thread.
        for (threads, limit) in [(2, nil), (3, nil), (8, nil), (2, 20)] as [(Int, Int?)] {
            let many = session(threads: threads, groupLimit: limit)
            for q in queries {
                let want = try rows(one, q)
                // Twice: the second run reuses the session's cached program and its machine.
                XCTAssertEqual(try rows(many, q), want, "\(threads) threads: \(q)")
                XCTAssertEqual(try rows(many, q), want, "\(threads) threads, again: \(q)")
            }
        }
    }

    func testPlanShapes() throws {
        let s = session(threads: 2)
        func plan(_ q: String) throws -> ParallelPlan? {
            ParallelPlan.of(try Engine.program(q, session: s), builtinFunctions: Engine.builtinFunctions.count)
        }
        XCTAssertNotNil(try plan("MATCH (p:P) WHERE p.age >= 30 AND p.age < 40 RETURN count(*)"))
        XCTAssertNotNil(try plan("MATCH (p:P) RETURN sum(p.age * 2 + p.id % 7)"))
        XCTAssertNotNil(try plan("MATCH (a:P)-[:KNOWS]->(b:P) RETURN a.id, count(*) AS c ORDER BY c DESC, a.id LIMIT 10"))
        XCTAssertNotNil(try plan("MATCH (a:P)-[:KNOWS]->(b)-[:KNOWS]->(c) RETURN count(*)"))
        XCTAssertNotNil(try plan("MATCH (p:P) RETURN p.kind, avg(p.score), min(p.id), max(p.id)"))
        // Not mergeable by adding up, or not row-local: one thread.
        XCTAssertNil(try plan("MATCH (p:P) RETURN collect(p.id)"))
        XCTAssertNil(try plan("MATCH (p:P) RETURN count(DISTINCT p.kind)"))
        XCTAssertNil(try plan("MATCH (p:P) RETURN p.id"))
        XCTAssertNil(try plan("MATCH (p:P) WITH p LIMIT 5 RETURN count(*)"))
        XCTAssertNil(try plan("MATCH (p:P) WITH DISTINCT p.kind AS k RETURN count(*)"))
        XCTAssertNil(try plan("UNWIND range(1, 10) AS i RETURN sum(i)"))
        XCTAssertNotNil(try plan("MATCH (a:P) UNWIND range(1, 1000000) AS x RETURN count(*)"))
    }

    func testErrorsAreTheSameOnEveryPath() throws {
        // A statement with one kind of error fails the same way on every path. (With several
        // errors, each part meets its own first one: then the kind and message may differ,
        // as they may between batch sizes; the statement fails either way.)
        for q in ["MATCH (p:P) RETURN sum(p.id * 3074457345618258) AS s",
                  "MATCH (p:P) RETURN sum(p.age / (p.id - 2500)) AS s",
                  "MATCH (p:P) RETURN p.kind AS k, sum(p.kind) AS s"] {
            var messages: [String] = []
            for threads in [1, 2, 4] {
                do {
                    _ = try session(threads: threads).run(q)
                    XCTFail("\(q) should fail")
                } catch let e as QuiverError {
                    messages.append("\(e.kind) \(e.message) \(e.span.map { "\($0.start)" } ?? "-")")
                }
            }
            XCTAssertEqual(Set(messages).count, 1, "\(q): \(messages)")
        }
    }

    func testCancellationStopsEveryPart() throws {
        let s = session(threads: 2)
        s.cancel()
        // A cancelled token is reset by run(); cancel while running from another thread.
        let done = expectation(description: "cancelled")
        DispatchQueue.global().async {
            do {
                _ = try s.run("MATCH (a:P) UNWIND range(1, 1000000) AS x RETURN count(*)")
            } catch let e as QuiverError {
                XCTAssertEqual(e.kind, .cancelled)
            } catch {
                XCTFail("\(error)")
            }
            done.fulfill()
        }
        Thread.sleep(forTimeInterval: 0.2)
        s.cancel()
        wait(for: [done], timeout: 30)
    }
}
