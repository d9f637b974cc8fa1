// NativeFloor: hand-written Swift loops over the store's own arrays for Q1, Q2 and Q7, the
// floor a query is compared with (no VM, no Values: what the hardware does with the data).
@_spi(Benchmark) import Quiver

/// Keeps the optimiser from computing a loop once outside the timed region.
@_optimize(none) func opaque<T>(_ x: T) -> T { x }

enum NativeFloor {
    /// (answer, run) closures per query; nil when the arrays are not there.
    static func loops(_ graph: Graph) -> [String: () -> Int64] {
        var out: [String: () -> Int64] = [:]
        if let age = graph.rawIntColumn(label: "Person", key: "age") {
            out["Q1"] = { q1(opaque(age)) }
            if let id = graph.rawIntColumn(label: "Person", key: "id") {
                out["Q2"] = { q2(opaque(age), opaque(id)) }
            }
        }
        if let csr = graph.rawOutgoingCSR(type: "KNOWS") {
            out["Q7"] = { q7(opaque(csr.offsets), opaque(csr.neighbours)) }
        }
        return out
    }

    @inline(never) static func q1(_ age: [Int64]) -> Int64 {
        var c: Int64 = 0
        for a in age where a >= 30 && a < 40 { c &+= 1 }
        return c
    }

    @inline(never) static func q2(_ age: [Int64], _ id: [Int64]) -> Int64 {
        var s: Int64 = 0
        for i in 0..<min(age.count, id.count) { s &+= age[i] &* 2 &+ id[i] % 7 }
        return s
    }

    /// 2-hop paths a->b->c: for every edge a->b, add outdeg(b).
    @inline(never) static func q7(_ offsets: [Int32], _ nbrs: [Int32]) -> Int64 {
        var s: Int64 = 0
        let nodes = offsets.count - 1
        guard nodes > 0 else { return 0 }
        for a in 0..<nodes {
            var e = Int(offsets[a])
            let end = Int(offsets[a + 1])
            while e < end {
                let b = Int(nbrs[e])
                if b < nodes { s &+= Int64(offsets[b + 1] &- offsets[b]) }
                e &+= 1
            }
        }
        return s
    }
}
