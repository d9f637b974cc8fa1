// Machine+Kernels: batch loops over the store's typed arrays that instructions call when
// their input has the common shape: a node property from a typed column (Property), node
// degrees from one plain CSR (CountDegrees). Each returns false, or falls back per row, when
// the shape does not hold, so the instruction's general loop stays the definition.

extension Machine {
    /// Property of the node in src[i] into dst[i] for the live rows, read from one typed
    /// column. False when some live row does not hold a node (dst may then be partly
    /// written; the caller's general loop rewrites every live row).
    func gatherNodeProperty(_ col: PropertyColumn, src: UnsafeMutablePointer<Value>, dst: UnsafeMutablePointer<Value>) -> Bool {
        guard src != dst else { return false }
        let n = selCount
        return col.present.withUnsafeBufferPointer { pres -> Bool in
            let count = pres.count
            @inline(__always) func gather(_ read: (Int) -> Value) -> Bool {
                var k = 0
                while k < n {
                    let i = Int(sel[k])
                    guard case .node(let e) = src[i] else { return false }
                    dst[i] = e >= 0 && e < count && pres[e] ? read(e) : .null
                    k &+= 1
                }
                return true
            }
            switch col.kind {
            case .int: return col.ints.withUnsafeBufferPointer { xs in gather { e in e < xs.count ? .int(xs[e]) : .null } }
            case .double: return col.doubles.withUnsafeBufferPointer { xs in gather { e in e < xs.count ? .double(xs[e]) : .null } }
            case .bool: return col.bools.withUnsafeBufferPointer { xs in gather { e in e < xs.count ? .bool(xs[e]) : .null } }
            case .string:
                if let dict = col.dict {
                    return col.codes.withUnsafeBufferPointer { xs in gather { e in e < xs.count ? .string(dict.string(xs[e])) : .null } }
                }
                return col.strings.withUnsafeBufferPointer { xs in gather { e in e < xs.count ? .string(xs[e]) : .null } }
            case .mixed: return col.values.withUnsafeBufferPointer { xs in gather { e in e < xs.count ? xs[e] : .null } }
            case .empty: return gather { _ in .null }
            }
        }
    }

    /// dst[i] = number of edges of the node in src[i] (0 for anything else), for the live rows.
    func degrees(_ lists: EdgeLists, src: UnsafeMutablePointer<Value>, dst: UnsafeMutablePointer<Value>) {
        let n = selCount
        if lists.parts.count == 1, let part = lists.parts.first, part.adj.extraCount == 0, !part.skipSelfLoops {
            // Two passes: the offset reads (random, usually cache misses) in a loop without
            // calls, so the CPU keeps many of them in flight; then the register writes.
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, n)) { deg in
                part.offsets.withUnsafeBufferPointer { off in
                    let nodes = off.count - 1
                    var k = 0
                    while k < n {
                        if case .node(let v) = src[Int(sel[k])], v >= 0, v < nodes { deg[k] = off[v + 1] &- off[v] } else { deg[k] = 0 }
                        k &+= 1
                    }
                }
                var k = 0
                while k < n { dst[Int(sel[k])] = .int(Int64(deg[k])); k &+= 1 }
            }
            return
        }
        for k in 0..<n {
            let i = Int(sel[k])
            if case .node(let v) = src[i] { dst[i] = .int(Int64(lists.degree(v))) } else { dst[i] = .int(0) }
        }
    }

    /// dst[i] = sum over the first-hop neighbours m of src[i] of m's second-hop degree: the
    /// number of two-hop paths from src[i], without enumerating them.
    func neighbourDegreeSums(_ first: EdgeLists, _ second: EdgeLists, src: UnsafeMutablePointer<Value>, dst: UnsafeMutablePointer<Value>) {
        let n = selCount
        if first.parts.count == 1, second.parts.count == 1, let p1 = first.parts.first, let p2 = second.parts.first,
           p1.adj.extraCount == 0, p2.adj.extraCount == 0, !p1.skipSelfLoops, !p2.skipSelfLoops {
            p1.offsets.withUnsafeBufferPointer { off1 in
                p1.nbrs.withUnsafeBufferPointer { nbr in
                    p2.offsets.withUnsafeBufferPointer { off2 in
                        let nodes1 = off1.count - 1, nodes2 = off2.count - 1
                        for k in 0..<n {
                            let i = Int(sel[k])
                            var total: Int64 = 0
                            if case .node(let v) = src[i], v >= 0, v < nodes1 {
                                var e = Int(off1[v])
                                let end = Int(off1[v + 1])
                                while e < end {
                                    let m = Int(nbr[e])
                                    if m < nodes2 { total &+= Int64(off2[m + 1] &- off2[m]) }
                                    e &+= 1
                                }
                            }
                            dst[i] = .int(total)
                        }
                    }
                }
            }
            return
        }
        for k in 0..<n {
            let i = Int(sel[k])
            var total: Int64 = 0
            if case .node(let v) = src[i] {
                first.forEach(v) { m, _ in total &+= Int64(second.degree(Int(m))); return true }
            }
            dst[i] = .int(total)
        }
    }
}
