// TraversalScratch: per-node marks and parent links for breadth-first searches, reused across
// statements so a search that touches a few nodes of a large graph does not pay to clear
// arrays the size of the graph: a mark is valid only when it equals the current generation.
import Foundation

final class TraversalScratch {
    /// One side of a search (0 forward, 1 backward): mark, parent node, relationship.
    struct Side {
        let mark: UnsafeMutablePointer<UInt32>
        let parent: UnsafeMutablePointer<Int32>
        let via: UnsafeMutablePointer<Int32>
        let generation: UInt32

        @inline(__always) func visited(_ n: Int) -> Bool { mark[n] == generation }

        @inline(__always) func visit(_ n: Int, from p: Int32, via r: Int32) {
            mark[n] = generation; parent[n] = p; via[n] = r
        }
    }

    private var capacity = 0
    private var marks: [UnsafeMutablePointer<UInt32>] = []
    private var parents: [UnsafeMutablePointer<Int32>] = []
    private var vias: [UnsafeMutablePointer<Int32>] = []
    private var generation: UInt32 = 0

    deinit { release() }

    private func release() {
        for p in marks { p.deallocate() }
        for p in parents { p.deallocate() }
        for p in vias { p.deallocate() }
        marks = []; parents = []; vias = []
    }

    /// Starts a search over `nodes` nodes; returns the two sides, valid until the next begin.
    func begin(nodes: Int) -> (Side, Side) {
        let n = max(1, nodes)
        if capacity < n {
            release()
            for _ in 0..<2 {
                let m = UnsafeMutablePointer<UInt32>.allocate(capacity: n)
                m.initialize(repeating: 0, count: n)
                marks.append(m)
                parents.append(.allocate(capacity: n))
                vias.append(.allocate(capacity: n))
            }
            capacity = n
            generation = 0
        }
        generation &+= 1
        if generation == 0 {
            // Wrapped around: old marks could look current.
            for m in marks { m.update(repeating: 0, count: capacity) }
            generation = 1
        }
        return (Side(mark: marks[0], parent: parents[0], via: vias[0], generation: generation),
                Side(mark: marks[1], parent: parents[1], via: vias[1], generation: generation))
    }

    // MARK: Pool

    private static let lock = NSLock()
    nonisolated(unsafe) private static var pool: [TraversalScratch] = []

    static func take() -> TraversalScratch {
        lock.lock(); defer { lock.unlock() }
        return pool.popLast() ?? TraversalScratch()
    }

    /// Returns a scratch to the pool (a few are kept: statements rarely run in parallel).
    static func give(_ s: TraversalScratch) {
        lock.lock(); defer { lock.unlock() }
        if pool.count < 2 { pool.append(s) }
    }
}
