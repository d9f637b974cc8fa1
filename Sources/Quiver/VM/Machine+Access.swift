// Machine+Access: property access, list/map indexing and slicing, batch at a time; a typed
// column read is hoisted out of the row loop.
import QuiverSyntax

extension Machine {
    func property(_ ins: Instruction) throws {
        guard case .string(let key) = constants[Int(ins.c)] else { return }
        let keyId = store.keys.id(key)
        if let k = keyId, let col = store.nodeColumn(k), ins.b >= 0 {
            if col.kind == .int, gatherIntProperty(col, ins) { return }
            if col.kind == .double, gatherDoubleProperty(col, ins) { return }
            if col.kind == .string, let dict = col.dict, gatherStringCodes(col, dict, ins) { return }
        }
        let dst = reg(ins.a)
        let (p, c) = operand(ins.b)
        let nodeCol = keyId.flatMap { store.nodeColumn($0) }
        let relCol = keyId.flatMap { store.relColumn($0) }
        if let col = nodeCol, let p, gatherNodeProperty(col, src: p, dst: dst) { return }
        for k in 0..<selCount {
            let i = Int(sel[k])
            switch p?[i] ?? c {
            case .node(let n): dst[i] = nodeCol?.get(n) ?? .null
            case .rel(let r): dst[i] = relCol?.get(r) ?? .null
            case .map(let m): dst[i] = m[key] ?? .null
            case .null: dst[i] = .null
            case let v: throw Ops.typeError("cannot read property '\(key)' of \(v.typeName)")
            }
        }
    }

    /// An integer column read straight into the typed side: only when every live row holds a
    /// node that has the property (a null needs a Value). Writes nothing when it returns false.
    private func gatherIntProperty(_ col: PropertyColumn, _ ins: Instruction) -> Bool {
        let n = selCount
        if selIsDense, !col.hasGaps, ins.a != ins.b, let base = currentNodeRun(ins.b), base >= 0, base + n <= col.ints.count {
            // Consecutive nodes, every one with the value: the column slice as is (the
            // node ids themselves are never written).
            col.ints.withUnsafeBufferPointer { ints in
                if let xs = ints.baseAddress { (intSide + Int(ins.a) &* B).update(from: xs + base, count: n) }
            }
            _ = beginIntWrite(ins.a)
            return true
        }
        if let ids = currentNodes(ins.b) {
            if selIsDense, !col.hasGaps, ins.a != ins.b {
                // Every row live and every node has the value: one pass, bounds folded in.
                return col.ints.withUnsafeBufferPointer { ints -> Bool in
                    guard let xs = ints.baseAddress, !ints.isEmpty else { return false }
                    let count = UInt(ints.count)
                    let d = intSide + Int(ins.a) &* B
                    var outside = false
                    for i in 0..<n {
                        let e = UInt(bitPattern: Int(truncatingIfNeeded: ids[i]))
                        let inside = e < count
                        d[i] = xs[inside ? Int(e) : 0]
                        outside = outside || !inside
                    }
                    if outside { return false }
                    _ = beginIntWrite(ins.a)
                    return true
                }
            }
            return col.ints.withUnsafeBufferPointer { ints in
                col.present.withUnsafeBufferPointer { present -> Bool in
                    let count = min(ints.count, present.count)
                    for k in 0..<n {
                        let e = Int(ids[Int(sel[k])])
                        guard e >= 0, e < count, present[e] else { return false }
                    }
                    let d = beginIntWrite(ins.a)
                    for k in 0..<n { let i = Int(sel[k]); d[i] = ints[Int(ids[i])] }
                    return true
                }
            }
        }
        let src = reg(ins.b)
        return col.ints.withUnsafeBufferPointer { ints in
            col.present.withUnsafeBufferPointer { present -> Bool in
                let count = min(ints.count, present.count)
                for k in 0..<n {
                    guard case .node(let e) = src[Int(sel[k])], e >= 0, e < count, present[e] else { return false }
                }
                let d = beginIntWrite(ins.a)
                for k in 0..<n {
                    let i = Int(sel[k])
                    if case .node(let e) = src[i] { d[i] = ints[e] }
                }
                return true
            }
        }
    }

    /// A double column read straight into the typed side (every live row a node that has it).
    private func gatherDoubleProperty(_ col: PropertyColumn, _ ins: Instruction) -> Bool {
        col.doubles.withUnsafeBufferPointer { xs in
            gatherTyped(xs, col.present, ins, kind: 2) { Int64(bitPattern: $0.bitPattern) }
        }
    }

    /// A dictionary-encoded string column read as codes into the typed side (every live row
    /// a node that has it): the strings are built only if something needs them as Values.
    private func gatherStringCodes(_ col: PropertyColumn, _ dict: StringDictionary, _ ins: Instruction) -> Bool {
        if sideDicts[Int(ins.a)] !== dict { sideDicts[Int(ins.a)] = dict }
        return col.codes.withUnsafeBufferPointer { xs in
            gatherTyped(xs, col.present, ins, kind: 4) { Int64($0) }
        }
    }

    /// Reads xs[node] of the node in r[B] (typed ids or node Values) for every live row into
    /// the typed side of r[A] as `kind`; false, writing nothing, when some live row is not a
    /// node that has the value.
    private func gatherTyped<T>(_ xs: UnsafeBufferPointer<T>, _ presence: [Bool], _ ins: Instruction, kind: UInt8,
                                _ bits: (T) -> Int64) -> Bool {
        let n = selCount
        let ids = currentNodes(ins.b)
        let src: UnsafeMutablePointer<Value>? = ids == nil ? reg(ins.b) : nil
        @inline(__always) func node(_ i: Int) -> Int? {
            if let ids { return Int(ids[i]) }
            if let src, case .node(let e) = src[i] { return e }
            return nil
        }
        return presence.withUnsafeBufferPointer { present -> Bool in
            let count = min(xs.count, present.count)
            for k in 0..<n {
                guard let e = node(Int(sel[k])), e >= 0, e < count, present[e] else { return false }
            }
            let d = beginTypedWrite(ins.a, kind)
            for k in 0..<n {
                let i = Int(sel[k])
                if let e = node(i) { d[i] = bits(xs[e]) }
            }
            return true
        }
    }

    func indexOp(_ ins: Instruction) throws {
        let dst = reg(ins.a)
        for k in 0..<selCount {
            let i = Int(sel[k])
            dst[i] = try Machine.index(value(ins.b, i), value(ins.c, i), store)
        }
    }

    static func index(_ base: Value, _ idx: Value, _ store: GraphStore) throws -> Value {
        switch (base, idx) {
        case (.null, _), (_, .null): return .null
        case (.list(let xs), .int(let i)):
            let j = i < 0 ? Int64(xs.count) + i : i
            return j >= 0 && j < Int64(xs.count) ? xs[Int(j)] : .null
        case (.list, _): throw Ops.typeError("list index must be an integer, got \(idx.typeName)")
        case (.map(let m), .string(let key)): return m[key] ?? .null
        case (.map, _): throw Ops.typeError("map key must be a string, got \(idx.typeName)", detail: "MapElementAccessByNonString")
        case (.node(let n), .string(let key)):
            return store.keys.id(key).map { store.nodeProperty(n, $0) } ?? .null
        case (.rel(let r), .string(let key)):
            return store.keys.id(key).map { store.relProperty(r, $0) } ?? .null
        case (.node, _), (.rel, _): throw Ops.typeError("property key must be a string, got \(idx.typeName)", detail: "MapElementAccessByNonString")
        default: throw Ops.typeError("cannot index \(base.typeName)")
        }
    }

    func sliceOp(_ ins: Instruction) throws {
        let dst = reg(ins.a)
        let absent = Int32.min
        for k in 0..<selCount {
            let i = Int(sel[k])
            let base = value(ins.b, i)
            let from: Value? = ins.c == absent ? nil : value(ins.c, i)
            let to: Value? = ins.d == absent ? nil : value(ins.d, i)
            dst[i] = try Machine.slice(base, from, to)
        }
    }

    static func slice(_ base: Value, _ from: Value?, _ to: Value?) throws -> Value {
        if base.isNull || from?.isNull == true || to?.isNull == true { return .null }
        guard case .list(let xs) = base else { throw Ops.typeError("cannot slice \(base.typeName)") }
        let n = Int64(xs.count)
        func bound(_ v: Value?, _ dflt: Int64) throws -> Int64 {
            guard let v else { return dflt }
            guard case .int(let i) = v else { throw Ops.typeError("slice bounds must be integers, got \(v.typeName)") }
            let j = i < 0 ? n + i : i
            return max(0, min(n, j))
        }
        let a = try bound(from, 0), b = try bound(to, n)
        return a < b ? .list(Array(xs[Int(a)..<Int(b)])) : .list([])
    }
}
