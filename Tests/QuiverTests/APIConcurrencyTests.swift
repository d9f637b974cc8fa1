// API tests: many sessions reading one graph while a writer commits (each read sees one
// consistent snapshot), and session.cancel() from another thread stopping a statement.
// Run under the thread sanitizer: swift test --sanitize=thread --filter APIConcurrencyTests
import Dispatch
import Foundation
import XCTest
import Quiver

/// A value shared between test threads.
final class Shared<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    init(_ value: T) { self.value = value }
    func get() -> T { lock.withLock { value } }
    func update(_ f: (inout T) -> Void) { lock.withLock { f(&value) } }
}

final class APIConcurrencyTests: XCTestCase {
    func testConcurrentReadersSeeConsistentSnapshotsWhileAWriterCommits() throws {
        let graph = Graph()
        let writes = 200
        let writerDone = Shared(false)
        let problems = Shared<[String]>([])
        let reads = Shared(0)
        let seen = Shared<Set<Int>>([])
        DispatchQueue.concurrentPerform(iterations: 5) { worker in
            let session = Session(graph: graph)
            if worker == 0 {
                // Each statement adds one A, one B and the R between them, or nothing.
                for i in 0..<writes {
                    do { try session.run("CREATE (:A {i: $i})-[:R]->(:B {i: $i})", parameters: ["i": .int(Int64(i))]) }
                    catch { problems.update { $0.append("write \(i): \(error)") } }
                }
                writerDone.update { $0 = true }
                return
            }
            var lastRels = 0
            var n = 0
            while !writerDone.get() || n < 5 {
                n += 1
                do {
                    let row = try session.run("MATCH (n) OPTIONAL MATCH (n)-[r:R]->() RETURN count(n) AS nodes, count(r) AS rels")[0]
                    let nodes: Int = try row["nodes"], rels: Int = try row["rels"]
                    if nodes != 2 * rels { problems.update { $0.append("reader \(worker): \(nodes) nodes but \(rels) relationships") } }
                    if rels < lastRels { problems.update { $0.append("reader \(worker): went back from \(lastRels) to \(rels)") } }
                    if rels > writes { problems.update { $0.append("reader \(worker): \(rels) relationships") } }
                    lastRels = rels
                    seen.update { $0.insert(rels) }
                } catch {
                    problems.update { $0.append("reader \(worker): \(error)") }
                }
            }
            reads.update { $0 += n }
        }
        XCTAssertEqual(problems.get(), [])
        XCTAssertGreaterThanOrEqual(reads.get(), 20)
        // Readers ran while the writer wrote: they saw more than the final state.
        XCTAssertGreaterThan(seen.get().count, 1)
        XCTAssertEqual(graph.nodeCount, 2 * writes)
        XCTAssertEqual(graph.relationshipCount, writes)
        XCTAssertEqual(try Session(graph: graph).run("MATCH (:A)-[:R]->(:B) RETURN count(*) AS c").scalar(Int.self), writes)
    }

    /// Runs `query` on a background thread, cancels it after 100 ms, and returns the error and
    /// the time from the cancel to the end of the statement.
    private func runAndCancel(_ session: Session, _ query: String) -> (Error?, Double) {
        let outcome = Shared<Error?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            do { try session.run(query) } catch { outcome.update { $0 = error } }
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.1)
        let cancelled = Date()
        session.cancel()
        if done.wait(timeout: .now() + 1) == .timedOut {
            XCTFail("the statement did not stop within a second of cancel()")
            // Keep cancelling so the runaway statement does not outlive the test.
            while done.wait(timeout: .now() + 0.1) == .timedOut { session.cancel() }
        }
        return (outcome.get(), Date().timeIntervalSince(cancelled))
    }

    func testCancelStopsALongAggregationPromptly() throws {
        let session = Session(graph: Graph())
        let (error, took) = runAndCancel(session, "UNWIND range(1, 1000000000) AS i RETURN sum(i)")
        XCTAssertEqual((error as? QuiverError)?.kind, .cancelled, "\(String(describing: error))")
        XCTAssertLessThan(took, 1.0)
        // The next statement of the session runs normally.
        XCTAssertEqual(try session.run("RETURN 1 AS one").scalar(Int.self), 1)
    }

    func testCancelledWriteLeavesTheGraphAsItWas() throws {
        let graph = Graph()
        let session = Session(graph: graph)
        try session.run("CREATE (:Keep)")
        let (error, _) = runAndCancel(session, "UNWIND range(1, 1000000000) AS i CREATE (:N {i: i})")
        XCTAssertEqual((error as? QuiverError)?.kind, .cancelled, "\(String(describing: error))")
        XCTAssertEqual(graph.nodeCount, 1)
        XCTAssertEqual(try session.run("MATCH (n:N) RETURN count(n) AS c").scalar(Int.self), 0)
    }

    func testCancelStopsAScriptEvenWhenItContinuesAfterErrors() {
        let session = Session(graph: Graph())
        let outcomes = Shared<[QuiverError.Kind?]>([])
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            session.runScript("UNWIND range(1, 1000000000) AS i RETURN sum(i); RETURN 1; RETURN 2", continueOnError: true) { o in
                outcomes.update { list in
                    if case .failure(let e) = o.result { list.append(e.kind) } else { list.append(nil) }
                }
            }
            done.signal()
        }
        Thread.sleep(forTimeInterval: 0.1)
        session.cancel()
        XCTAssertEqual(done.wait(timeout: .now() + 2), .success)
        XCTAssertEqual(outcomes.get(), [.cancelled])
    }
}
