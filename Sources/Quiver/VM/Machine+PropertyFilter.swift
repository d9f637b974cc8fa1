// Machine+PropertyFilter: the fused FilterProperty instruction. It
// keeps the rows where `entity.key <op> constant` holds by reading the property's typed
// column directly: no property or boolean vector is built.
import QuiverSyntax

extension Machine {
    func filterProperty(_ ins: Instruction) throws {
        guard case .propertyFilter(let key, let tests) = aux[Int(ins.c)] else { return }
        // Integer tests that bound an interval (=, <, <=, >, >=, and two of them for a
        // range) run as one pass over the typed column; anything else test by test.
        if let (lo, hi) = intInterval(tests), typedIntervalFilter(ins, key, lo, hi) { return }
        for t in tests {
            try filterOne(ins, key, t.op, t.value)
            if selCount == 0 { pc = Int(ins.b); return }
        }
    }

    /// The inclusive integer interval that the tests' conjunction keeps (lo > hi: none), or
    /// nil when some test is not an integer bound.
    private func intInterval(_ tests: [PropertyTest]) -> (Int64, Int64)? {
        var lo = Int64.min, hi = Int64.max
        for t in tests {
            guard case .int(let c) = value(t.value, selCount > 0 ? Int(sel[0]) : 0) else { return nil }
            switch t.op {
            case .eq: lo = max(lo, c); hi = min(hi, c)
            case .ge: lo = max(lo, c)
            case .le: hi = min(hi, c)
            case .gt: if c == Int64.max { return (1, 0) }; lo = max(lo, c + 1)
            case .lt: if c == Int64.min { return (1, 0) }; hi = min(hi, c - 1)
            default: return nil
            }
        }
        return (lo, hi)
    }

    /// Keeps the rows whose node (typed node ids) has an integer value in lo...hi, read from
    /// the typed column. False (selection untouched) when the shape does not hold.
    private func typedIntervalFilter(_ ins: Instruction, _ key: String, _ lo: Int64, _ hi: Int64) -> Bool {
        guard currentNodeRun(ins.a) != nil || currentNodes(ins.a) != nil, let keyId = store.keys.id(key),
              let col = store.nodeColumn(keyId), col.kind == .int else { return false }
        if lo > hi {
            selCount = 0
            pc = Int(ins.b)
            return true
        }
        // x in lo...hi  <=>  x - lo (wrapping) <= hi - lo, as unsigned: one compare per row.
        let width = UInt64(bitPattern: hi &- lo)
        let n = selCount
        var out = 0
        col.ints.withUnsafeBufferPointer { ints in
            col.present.withUnsafeBufferPointer { present in
                guard let xs = ints.baseAddress, let ps = present.baseAddress, min(ints.count, present.count) > 0 else { return }
                let count = UInt(min(ints.count, present.count))
                var o = 0
                if selIsDense && !col.hasGaps, let base = currentNodeRun(ins.a), base >= 0, base + n <= Int(count),
                   col.narrow.count == ints.count {
                    // Consecutive nodes over the compact copy: x - lo = (v + narrowBase) - lo.
                    let shift = col.narrowBase &- lo
                    col.narrow.withUnsafeBufferPointer { vs in
                        guard let v = vs.baseAddress else { return }
                        let slice = v + base
                        for j in 0..<n {
                            sel[o] = Int32(truncatingIfNeeded: j)
                            // `1 & (...)` keeps the compiler from turning the add into a branch.
                            o &+= 1 & (UInt64(bitPattern: Int64(slice[j]) &+ shift) <= width ? 1 : 0)
                        }
                    }
                    out = o
                    return
                }
                if selIsDense && !col.hasGaps, let base = currentNodeRun(ins.a), base >= 0, base + n <= Int(count) {
                    // Consecutive nodes: the column slice itself, no id per row.
                    let slice = xs + base
                    for j in 0..<n {
                        sel[o] = Int32(truncatingIfNeeded: j)
                        o &+= 1 & (UInt64(bitPattern: slice[j] &- lo) <= width ? 1 : 0)
                    }
                    out = o
                    return
                }
                // Node ids are needed from here on (a run's are written now).
                guard let ids = currentNodes(ins.a) else { return }
                if selIsDense && !col.hasGaps {
                    for j in 0..<n {
                        let e = Int(truncatingIfNeeded: ids[j])
                        let inside = UInt(bitPattern: e) < count
                        let keep = (inside ? 1 : 0) & (UInt64(bitPattern: xs[inside ? e : 0] &- lo) <= width ? 1 : 0)
                        sel[o] = Int32(truncatingIfNeeded: j)
                        o &+= keep
                    }
                } else {
                    for j in 0..<n {
                        let i = sel[j]
                        let e = Int(truncatingIfNeeded: ids[Int(i)])
                        let inside = UInt(bitPattern: e) < count
                        let at = inside ? e : 0
                        let keep = (inside ? 1 : 0) & (ps[at] ? 1 : 0) & (UInt64(bitPattern: xs[at] &- lo) <= width ? 1 : 0)
                        sel[o] = i
                        o &+= keep
                    }
                }
                out = o
            }
        }
        selCount = out
        if out == 0 { pc = Int(ins.b) }
        return true
    }

    /// One test `key op constant` over the live rows.
    private func filterOne(_ ins: Instruction, _ key: String, _ op: Opcode, _ vsrc: Int32) throws {
        if try typedNodeFilter(ins, key, op, vsrc) { return }
        if codeFilter(ins, key, op, vsrc) { return }
        let src = reg(ins.a)
        let k = value(vsrc, selCount > 0 ? Int(sel[0]) : 0)
        let keyId = store.keys.id(key)
        var out = 0
        // Fast path: integer column, integer constant, every live value a node.
        if case .int(let c) = k, let keyId, let col = store.nodeColumn(keyId), col.kind == .int {
            let ok = col.ints.withUnsafeBufferPointer { ints in
                col.present.withUnsafeBufferPointer { present -> Bool in
                    let count = ints.count
                    // Check first, so that a fallback finds the selection untouched.
                    for j in 0..<selCount { guard case .node = src[Int(sel[j])] else { return false } }
                    var o = 0
                    for j in 0..<selCount {
                        let i = sel[j]
                        guard case .node(let n) = src[Int(i)] else { continue }
                        if n >= 0 && n < count && present[n] {
                            let x = ints[n]
                            let keep: Bool
                            switch op {
                            case .eq: keep = x == c
                            case .ne: keep = x != c
                            case .lt: keep = x < c
                            case .le: keep = x <= c
                            case .gt: keep = x > c
                            default: keep = x >= c
                            }
                            if keep { sel[o] = i; o &+= 1 }
                        }
                    }
                    out = o
                    return true
                }
            }
            if ok {
                selCount = out
                if out == 0 { pc = Int(ins.b) }
                return
            }
        }
        // General path: the same semantics as Property + comparison + Filter.
        let nodeCol = keyId.flatMap { store.nodeColumn($0) }
        let relCol = keyId.flatMap { store.relColumn($0) }
        out = 0
        for j in 0..<selCount {
            let i = sel[j]
            let v: Value
            switch src[Int(i)] {
            case .node(let n): v = nodeCol?.get(n) ?? .null
            case .rel(let r): v = relCol?.get(r) ?? .null
            case .map(let m): v = m[key] ?? .null
            case .null: v = .null
            case let other: throw Ops.typeError("cannot read property '\(key)' of \(other.typeName)")
            }
            let r: Value
            switch op {
            case .eq: r = Ops.eq(v, k)
            case .ne: r = Ops.ne(v, k)
            case .lt: r = Ops.compare(v, k) { $0 < 0 }
            case .le: r = Ops.compare(v, k) { $0 <= 0 }
            case .gt: r = Ops.compare(v, k) { $0 > 0 }
            default: r = Ops.compare(v, k) { $0 >= 0 }
            }
            if case .bool(true) = r { sel[out] = i; out &+= 1 }
        }
        selCount = out
        if out == 0 { pc = Int(ins.b) }
    }

    /// The integer-column fast path over typed node ids (a scan's output): no Value is read.
    private func typedNodeFilter(_ ins: Instruction, _ key: String, _ op: Opcode, _ vsrc: Int32) throws -> Bool {
        guard let ids = currentNodes(ins.a), let keyId = store.keys.id(key), let col = store.nodeColumn(keyId), col.kind == .int,
              case .int(let c) = value(vsrc, selCount > 0 ? Int(sel[0]) : 0) else { return false }
        var out = 0
        let n = selCount
        col.ints.withUnsafeBufferPointer { ints in
            col.present.withUnsafeBufferPointer { present in
                guard let xs = ints.baseAddress, let ps = present.baseAddress, min(ints.count, present.count) > 0 else { return }
                let count = UInt(min(ints.count, present.count))
                let gaps = col.hasGaps
                // Branch-free: every row is written to the selection, kept rows advance it.
                @inline(__always) func scan(_ test: (Int64) -> Bool) {
                    var o = 0
                    if selIsDense && !gaps {
                        // Every row live, no missing values: rows are their own positions.
                        for j in 0..<n {
                            let e = Int(truncatingIfNeeded: ids[j])
                            let inside = UInt(bitPattern: e) < count
                            let keep = (inside ? 1 : 0) & (test(xs[inside ? e : 0]) ? 1 : 0)
                            sel[o] = Int32(truncatingIfNeeded: j)
                            o &+= keep
                        }
                        out = o
                        return
                    }
                    for j in 0..<n {
                        let i = sel[j]
                        let e = Int(truncatingIfNeeded: ids[Int(i)])
                        let inside = UInt(bitPattern: e) < count
                        let at = inside ? e : 0
                        // Non-short-circuit: at is always a valid index, so every read is safe.
                        let keep = (inside ? 1 : 0) & (ps[at] ? 1 : 0) & (test(xs[at]) ? 1 : 0)
                        sel[o] = i
                        o &+= keep
                    }
                    out = o
                }
                switch op {
                case .eq: scan { $0 == c }
                case .ne: scan { $0 != c }
                case .lt: scan { $0 < c }
                case .le: scan { $0 <= c }
                case .gt: scan { $0 > c }
                default: scan { $0 >= c }
                }
            }
        }
        selCount = out
        if out == 0 { pc = Int(ins.b) }
        return true
    }

    /// String equality against a dictionary-encoded column: the constant becomes one code
    /// (or none, when the column never holds it) and each row is one integer compare.
    private func codeFilter(_ ins: Instruction, _ key: String, _ op: Opcode, _ vsrc: Int32) -> Bool {
        guard op == .eq || op == .ne, let keyId = store.keys.id(key), let col = store.nodeColumn(keyId),
              col.kind == .string, let dict = col.dict,
              case .string(let s) = value(vsrc, selCount > 0 ? Int(sel[0]) : 0) else { return false }
        let ids = currentNodes(ins.a)
        let src: UnsafeMutablePointer<Value>? = ids == nil ? reg(ins.a) : nil
        let n = selCount
        if let src {
            // Every live row must hold a node; anything else takes the general path.
            for j in 0..<n { guard case .node = src[Int(sel[j])] else { return false } }
        }
        let want = dict.code(s).map { Int64($0) } ?? -1
        let keepEqual: Int = op == .eq ? 1 : 0
        var out = 0
        col.codes.withUnsafeBufferPointer { xs in
            col.present.withUnsafeBufferPointer { present in
                let count = min(xs.count, present.count)
                var o = 0
                for j in 0..<n {
                    let i = sel[j]
                    var e = -1
                    if let ids { e = Int(truncatingIfNeeded: ids[Int(i)]) } else if let src, case .node(let x) = src[Int(i)] { e = x }
                    // A missing property is null: neither = nor <> keeps the row.
                    guard e >= 0, e < count, present[e] else { continue }
                    let same = Int64(xs[e]) == want ? 1 : 0
                    sel[o] = i
                    o &+= 1 & (same == keepEqual ? 1 : 0)
                }
                out = o
            }
        }
        selCount = out
        if out == 0 { pc = Int(ins.b) }
        return true
    }
}
