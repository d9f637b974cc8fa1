// FastPathExpandTests: one-hop and two-hop expansion (the CSR run produced without a copy, and
// the general path for several types, both directions and relationships appended by CREATE)
// against counts computed here from the edge list.
import Foundation
import XCTest
@testable import Quiver

final class FastPathExpandTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-expand-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    private func arrow(_ types: String, _ d: Direction) -> String {
        switch d {
        case .outgoing: return "-[\(types)]->"
        case .incoming: return "<-[\(types)]-"
        case .both: return "-[\(types)]-"
        }
    }

    private func int(_ s: Session, _ q: String) throws -> Int64? {
        if case .int(let v)? = try s.run(q).rows.first?.first { return v }
        return nil
    }

    /// Every node's neighbours, counted and summed, equal the edge list's.
    private func checkOneHop(_ g: RandomGraph, _ s: Session, _ ctx: String) throws {
        for (typeText, types) in [(":T", Set(["T"])), (":T|U", Set(["T", "U"])), ("", Set(["T", "U"]))] {
            for d in [Direction.outgoing, .incoming, .both] {
                let q = "MATCH (a:N)\(arrow(typeText, d))(b) RETURN a.id AS a, count(*) AS c, sum(b.id) AS s"
                var got: [Int64: (Int64, Int64)] = [:]
                for row in try s.run(q).rows {
                    if case .int(let a)? = row.first, case .int(let c) = row[1], case .int(let t) = row[2] { got[a] = (c, t) }
                }
                for v in 0..<g.n {
                    let steps = g.steps(v, types: types, dir: d)
                    let want = steps.isEmpty ? nil : (Int64(steps.count), Int64(steps.reduce(0) { $0 + $1.0 }))
                    XCTAssertEqual(got[Int64(v)]?.0, want?.0, "\(ctx) \(typeText) \(d) node \(v)")
                    XCTAssertEqual(got[Int64(v)]?.1, want?.1, "\(ctx) \(typeText) \(d) node \(v)")
                }
            }
        }
    }

    func testOneHopMatchesEdgeList() throws {
        var g = RandomGraph(nodes: 25, edges: 90, seed: 5)
        let s = try g.session(in: dir)
        try checkOneHop(g, s, "imported")
        // Relationships created after the import live in the append area until merged.
        for (a, b, t) in [(0, 1, "T"), (1, 1, "T"), (2, 0, "U"), (0, 1, "T")] {
            try s.run("MATCH (a:N {id: \(a)}), (b:N {id: \(b)}) CREATE (a)-[:\(t)]->(b)")
            g.edges.append((a, b, t))
        }
        try checkOneHop(g, s, "appended")
    }

    func testTwoHopCountMatchesEdgeList() throws {
        let g = RandomGraph(nodes: 20, edges: 80, seed: 11)
        let s = try g.session(in: dir)
        for d in [Direction.outgoing, .both] {
            // Paths a-r1-b-r2-c with r1 != r2.
            var want = 0
            for a in 0..<g.n {
                for (b, r1) in g.steps(a, types: ["T"], dir: d) {
                    want += g.steps(b, types: ["T"], dir: d).filter { $0.1 != r1 }.count
                }
            }
            let got = try int(s, "MATCH (a:N)\(arrow(":T", d))(b:N)\(arrow(":T", d))(c:N) RETURN count(*)")
            XCTAssertEqual(got, Int64(want), "\(d)")
        }
    }
}
