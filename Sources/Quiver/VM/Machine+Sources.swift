// Machine+Sources: cursors. `Open` snapshots the live rows of the current batch; each
// `...Next` fills the next output batch with (input row x enumerated item), copying the
// carried registers, and resumes where it stopped when one batch is not enough.
import QuiverSyntax

// Unchecked exclusivity: a cursor is touched only by the machine that owns it, one
// instruction at a time, and a dynamic access check on every field read and write was a
// tenth of a small query's instructions.
final class CursorState {
    let spec: CursorSpec
    /// The spec's kind as plain fields, so the per-batch paths switch without copying the
    /// kind (a copy retains its type-name arrays).
    enum Shape: UInt8 { case once, scan, seek, expand, varExpand, shortest, unwind, range }
    let shape: Shape
    /// Seek: the value register; expand: the start node register.
    let input: Int32
    /// The output register (an expand's node register, or -1 for a path cursor without one).
    let out: Int32
    /// An expand's relationship register (a path cursor's relationship list), or -1.
    let outRel: Int32
    /// A scan over every node (no label).
    let scansAll: Bool
    /// The cursor copies registers into its output rows.
    let carries: Bool
    /// Snapshot of the input: one column per register in `snapRegs`, column j's rows at
    /// snap + j * snapStride (allocated at the first Open, for a whole batch per column:
    /// refilling it at every Open then needs no array bookkeeping).
    @exclusivity(unchecked) var snapRegs: [Int32] = []
    @exclusivity(unchecked) var snap: UnsafeMutablePointer<Value>? = nil
    @exclusivity(unchecked) var snapStride = 0
    /// The snapshot column of `input`, or -1.
    @exclusivity(unchecked) var inputColumn = -1
    @exclusivity(unchecked) var inputCount = 0
    @exclusivity(unchecked) var row = 0
    @exclusivity(unchecked) var pos = 0
    @exclusivity(unchecked) var rowReady = false
    // Per-row enumeration state
    @exclusivity(unchecked) var nodes: [Int32] = []
    @exclusivity(unchecked) var items: [Value] = []
    @exclusivity(unchecked) var nbrs: [Int32] = []
    @exclusivity(unchecked) var rels: [Int32] = []
    @exclusivity(unchecked) var relLists: [[Int]] = []
    @exclusivity(unchecked) var rangeNext: Int64 = 0
    @exclusivity(unchecked) var rangeLeft = 0
    @exclusivity(unchecked) var rangeStep: Int64 = 1
    /// What Open derived from the store (label list, adjacency), kept for the next Open of a
    /// reading program: its store cannot change while the machine lives.
    @exclusivity(unchecked) var storeDerivedReady = false
    /// The carried registers among `snapRegs` (snapshot column, register): fixed by the spec,
    /// worked out with `snapRegs` at the first Open.
    @exclusivity(unchecked) var carryColumns: [(column: Int, reg: Int32)] = []
    /// A seek's index, kept in a reading program (no name lookups or locks per row).
    @exclusivity(unchecked) var seekIndex: PropertyIndex? = nil
    /// A scan's share of its node list when a parallel plan splits it (positions).
    @exclusivity(unchecked) var scanFrom = 0
    @exclusivity(unchecked) var scanTo = Int.max
    /// The first id of the batch a top-level scan left unwritten (consecutive ids), or -1.
    @exclusivity(unchecked) var unwrittenRun = -1
    @exclusivity(unchecked) var types: [Int] = []
    /// Expand: the adjacency it reads, fetched once at Open.
    @exclusivity(unchecked) var lists: EdgeLists? = nil
    /// Expand over one plain CSR run per node (one type, one direction, no append area): the
    /// current node's run is produced straight from the CSR, without a copy.
    @exclusivity(unchecked) var singleRun = false
    @exclusivity(unchecked) var runPos = 0
    @exclusivity(unchecked) var runEnd = 0
    /// The arrays of that CSR (held here so a row does not copy the adjacency struct).
    @exclusivity(unchecked) var runOffsets: [Int32] = []
    @exclusivity(unchecked) var runNbrs: [Int32] = []
    @exclusivity(unchecked) var runRels: [Int32] = []

    init(spec: CursorSpec) {
        self.spec = spec
        carries = !spec.carry.isEmpty
        var input: Int32 = -1, out: Int32 = -1, outRel: Int32 = -1, scansAll = false
        switch spec.kind {
        case .once: shape = .once
        case .scan(let label, let o): shape = .scan; out = o; scansAll = label == nil
        case .seek(_, _, let v, let o): shape = .seek; input = v; out = o
        case .expand(let from, _, _, let on, let orl): shape = .expand; input = from; out = on; outRel = orl
        case .varExpand(let from, _, _, _, _, let on, let orl): shape = .varExpand; input = from; out = on; outRel = orl
        case .shortest(let from, _, _, _, _, _, _, let orl): shape = .shortest; input = from; outRel = orl
        case .unwind(_, let o): shape = .unwind; out = o
        case .range(_, _, _, let o): shape = .range; out = o
        }
        self.input = input; self.out = out; self.outRel = outRel; self.scansAll = scansAll
    }

    /// The state a new cursor starts in, for a machine run again (Open sets the rest).
    func resetForReuse() {
        inputCount = 0
        row = 0
        pos = 0
        rowReady = false
        scanFrom = 0
        scanTo = Int.max
        unwrittenRun = -1
    }

    func column(of r: Int32) -> Int? { snapRegs.firstIndex(of: r) }

    deinit {
        if let snap {
            snap.deinitialize(count: snapRegs.count * snapStride)
            snap.deallocate()
        }
    }
}

extension Machine {
    func openCursor(_ c: Int) throws {
        try cursorRefs[c]._withUnsafeGuaranteedRef { try open($0) }
    }

    private func open(_ cur: CursorState) throws {
        if cur.snap == nil {
            var regs = cur.spec.carry
            func need(_ r: Int32) { if r >= 0 && !regs.contains(r) { regs.append(r) } }
            switch cur.spec.kind {
            case .once, .scan: break
            case .seek(_, _, let v, _): need(v)
            case .expand(let from, _, _, _, _): need(from)
            case .varExpand(let from, _, _, _, _, _, _): need(from)
            case .shortest(let from, let to, _, _, _, _, _, _): need(from); need(to)
            case .unwind(let l, _): need(l)
            case .range(let a, let b, let s, _): need(a); need(b); need(s)
            }
            cur.snapRegs = regs
            cur.inputColumn = cur.input >= 0 ? regs.firstIndex(of: cur.input) ?? -1 : -1
            cur.carryColumns = regs.enumerated().filter { cur.spec.carry.contains($0.element) }.map { ($0.offset, $0.element) }
            let cells = regs.count * B
            let snap = UnsafeMutablePointer<Value>.allocate(capacity: max(1, cells))
            snap.initialize(repeating: .null, count: cells)
            cur.snap = snap
            cur.snapStride = B
        }
        // Refill the snapshot columns in place (a cursor opens once per outer batch).
        let n = selCount
        if let snap = cur.snap {
            for j in 0..<cur.snapRegs.count {
                let r = Int(cur.snapRegs[j])
                let column = snap + j &* B
                // A register still carried from the batch's cursor is read from that cursor's
                // snapshot (never this one's, which is being overwritten).
                if carryStamp[r] == batchNo, let src = carryFrom[r],
                   src < snap || src >= snap + cur.snapRegs.count &* B {
                    for k in 0..<n { column[k] = src[Int(origin[Int(sel[k])])] }
                    continue
                }
                let p = reg(Int32(r))
                for k in 0..<n { column[k] = p[Int(sel[k])] }
            }
        }
        cur.inputCount = n
        cur.row = 0
        cur.pos = 0
        cur.rowReady = false
        try reserveValues(n * cur.snapRegs.count)
        if cur.storeDerivedReady { return }
        cur.storeDerivedReady = !writes
        switch cur.spec.kind {
        case .scan(let label, _):
            if let label {
                cur.nodes = store.labels.id(label).map { store.nodesWithLabel($0) } ?? []
            } else {
                cur.nodes = []
                cur.rangeLeft = store.nodeCount
            }
        case .expand(_, let names, let dir, _, _):
            cur.types = names.isEmpty ? Array(0..<store.types.count) : names.compactMap { store.types.id($0) }
            let lists = EdgeLists(store, types: cur.types, direction: dir)
            cur.lists = lists
            cur.singleRun = lists.parts.count == 1 && lists.parts.allSatisfy { $0.adj.extraCount == 0 && !$0.skipSelfLoops }
            if cur.singleRun, let part = lists.parts.first {
                cur.runOffsets = part.offsets; cur.runNbrs = part.nbrs; cur.runRels = part.rels
            } else {
                cur.runOffsets = []; cur.runNbrs = []; cur.runRels = []
            }
        case .varExpand(_, let names, _, _, _, _, _), .shortest(_, _, let names, _, _, _, _, _):
            cur.types = names.isEmpty ? Array(0..<store.types.count) : names.compactMap { store.types.id($0) }
        default: break
        }
    }

    /// Input value of register r for the cursor's current input row.
    @inline(__always) func input(_ cur: CursorState, _ r: Int32) -> Value {
        if r < 0 { return constants[Int(-1 - r)] }
        let col = r == cur.input && cur.inputColumn >= 0 ? cur.inputColumn : cur.column(of: r) ?? -1
        guard col >= 0, let snap = cur.snap else { return .null }
        return snap[col &* cur.snapStride &+ cur.row]
    }

    /// Fills the next batch; false when the cursor is exhausted.
    func nextFromCursor(_ c: Int) throws -> Bool {
        try cursorRefs[c]._withUnsafeGuaranteedRef { try next($0) }
    }

    private func next(_ cur: CursorState) throws -> Bool {
        var out = 0
        while out < B && cur.row < cur.inputCount {
            if !cur.rowReady { try prepareRow(cur); cur.rowReady = true; cur.pos = cur.scanFrom }
            let produced = try produce(cur, from: out)
            out += produced
            if out < B {
                cur.row += 1
                cur.rowReady = false
            }
        }
        if out == 0 { return false }
        selectAll(out)
        switch cur.shape {
        case .range: markIntsWritten(cur.out, rows: out)
        case .expand:
            // Node and relationship ids went to the typed side only.
            markIntsWritten(cur.out, rows: out, kind: 1)
            if cur.outRel >= 0 { markIntsWritten(cur.outRel, rows: out, kind: 5) }
        case .varExpand:
            // The end nodes went to the typed side only (the relationship lists are Values).
            if cur.out >= 0 { markIntsWritten(cur.out, rows: out, kind: 1) }
        case .scan:
            let o = cur.out
            markIntsWritten(o, rows: out, kind: 1)
            if cur.unwrittenRun >= 0 {
                nodeRunBase[Int(o)] = cur.unwrittenRun
                nodeRunStamp[Int(o)] = batchNo
                idsPending[Int(o)] = batchNo
                cur.unwrittenRun = -1
            }
        default: break
        }
        // The input columns carried into the output rows: copied only if something reads them.
        if let snap = cur.snap {
            for (col, r) in cur.carryColumns { markCarried(r, from: snap + col &* cur.snapStride) }
        }
        return true
    }

    /// Sets up the enumeration of the current input row.
    private func prepareRow(_ cur: CursorState) throws {
        switch cur.shape {
        case .once, .scan: return
        case .seek:
            let value = input(cur, cur.input)
            if value.isNull { cur.nodes.removeAll(keepingCapacity: true); break }
            // A reading program keeps the index it found (an index never changes once built).
            if let idx = cur.seekIndex { idx.nodes(value, into: &cur.nodes); break }
            guard case .seek(let label, let key, _, _) = cur.spec.kind,
                  let l = store.labels.id(label), let k = store.keys.id(key) else {
                cur.nodes.removeAll(keepingCapacity: true); break
            }
            let indexes = store.indexes
            let idx = indexes.builtIndex(label: l, key: k) ?? indexes.index(store, label: l, key: k)
            if !writes { cur.seekIndex = idx }
            idx.nodes(value, into: &cur.nodes)
        case .expand:
            cur.runPos = 0; cur.runEnd = 0
            if !cur.singleRun {
                cur.nbrs.removeAll(keepingCapacity: true)
                cur.rels.removeAll(keepingCapacity: true)
            }
            guard case .node(let n) = input(cur, cur.input) else { break }
            if cur.singleRun {
                let offsets = cur.runOffsets
                if n >= 0 && n + 1 < offsets.count { cur.runPos = Int(offsets[n]); cur.runEnd = Int(offsets[n + 1]) }
                break
            }
            cur.lists?.forEach(n) { m, rel in cur.nbrs.append(m); cur.rels.append(rel); return true }
        default: try prepareOtherRow(cur)
        }
    }

    /// prepareRow of the cursors that read their spec's kind (paths, lists, ranges).
    private func prepareOtherRow(_ cur: CursorState) throws {
        switch cur.spec.kind {
        case .once, .scan, .seek, .expand: break
        case .varExpand(let from, _, let dir, let lo, let hi, _, let outRels):
            cur.nbrs.removeAll(keepingCapacity: true)
            cur.relLists.removeAll(keepingCapacity: true)
            guard case .node(let n) = input(cur, from) else { break }
            try enumerateTrails(cur, from: n, dir: dir, min: lo, max: hi, keepLists: outRels >= 0)
        case .shortest(let from, let to, _, let dir, let lo, let hi, let all, _):
            cur.nbrs.removeAll(keepingCapacity: true)
            cur.relLists.removeAll(keepingCapacity: true)
            guard case .node(let a) = input(cur, from), case .node(let b) = input(cur, to) else { break }
            for path in try shortestPaths(cur, from: a, to: b, dir: dir, min: lo, max: hi, all: all) {
                cur.nbrs.append(Int32(b)); cur.relLists.append(path)
            }
        case .unwind(let l, _):
            switch input(cur, l) {
            case .list(let xs): cur.items = xs
            case .null: cur.items = []
            case let v: cur.items = [v]
            }
        case .range(let a, let b, let s, _):
            let va = input(cur, a), vb = input(cur, b), vs = input(cur, s)
            guard case .int(let x) = va, case .int(let y) = vb, case .int(let st) = vs else {
                if va.isNull || vb.isNull || vs.isNull { cur.rangeLeft = 0; break }
                throw Functions.argError("range", "expected integers")
            }
            if st == 0 { throw QuiverError(.argumentError, "range(): step must not be zero", detail: "NumberOutOfRange", phase: .runtime) }
            cur.rangeNext = x; cur.rangeStep = st
            cur.rangeLeft = Functions.rangeCount(x, y, st)
        }
    }

    private func emitTrails(_ cur: CursorState, _ start: Int, _ row: Int32, _ onode: Int32, _ orl: Int32) -> Int {
        var out = start
        var pos = cur.pos
        let nbrs = cur.nbrs, lists = cur.relLists
        let n = nbrs.count
        while out < B && pos < n {
            // End nodes to the typed side only; nextFromCursor marks them current.
            if onode >= 0 { (intSide + Int(onode) &* B)[out] = Int64(nbrs[pos]) }
            if orl >= 0, pos < lists.count { reg(orl)[out] = .list(lists[pos].map { .rel($0) }) }
            origin[out] = row; out += 1; pos += 1
        }
        cur.pos = pos
        return out
    }

    /// Writes up to B - from output rows for the current input row; returns how many.
    /// Loop state lives in locals and is stored back once: a class property read and
    /// written per row costs more than a local.
    private func produce(_ cur: CursorState, from: Int) throws -> Int {
        var out = from
        let row = Int32(truncatingIfNeeded: cur.row)
        var pos = cur.pos
        defer { cur.pos = pos }
        switch cur.shape {
        case .once:
            if pos == 0 { origin[out] = row; out += 1; pos = 1 }
        case .scan:
            let allNodes = cur.scansAll
            // Node ids go to the typed side only; nextFromCursor marks them current.
            let dst = intSide + Int(cur.out) &* B
            // `origin` only serves carried registers: a scan that carries none skips it.
            let carries = cur.carries
            // A top-level scan over consecutive ids writes none: the register is marked as
            // the run first..<first+n and its ids are filled only if something reads them.
            if cur.inputCount == 1 && out == 0 {
                let end = allNodes ? min(store.nodeCount, cur.scanTo, pos + B) : min(cur.nodes.count, cur.scanTo, pos + B)
                if end > pos {
                    let first = allNodes ? pos : Int(cur.nodes[pos])
                    let last = allNodes ? end - 1 : Int(cur.nodes[end - 1])
                    if last - first == end - 1 - pos {
                        if carries { for k in 0..<(end - pos) { origin[k] = row } }
                        cur.unwrittenRun = first
                        out = end - pos
                        pos = end
                        break
                    }
                }
            }
            if allNodes {
                let end = min(store.nodeCount, cur.scanTo, pos + (B - out))
                if carries {
                    while pos < end { dst[out] = Int64(pos); origin[out] = row; out &+= 1; pos &+= 1 }
                } else {
                    while pos < end { dst[out] = Int64(pos); out &+= 1; pos &+= 1 }
                }
            } else {
                cur.nodes.withUnsafeBufferPointer { nodes in
                    let end = min(nodes.count, cur.scanTo, pos + (B - out))
                    if carries {
                        while pos < end { dst[out] = Int64(nodes[pos]); origin[out] = row; out &+= 1; pos &+= 1 }
                    } else {
                        while pos < end { dst[out] = Int64(nodes[pos]); out &+= 1; pos &+= 1 }
                    }
                }
            }
        case .seek:
            let dst = reg(cur.out)
            cur.nodes.withUnsafeBufferPointer { nodes in
                let end = min(nodes.count, pos + (B - out))
                while pos < end { dst[out] = .node(Int(nodes[pos])); origin[out] = row; out &+= 1; pos &+= 1 }
            }
        case .expand:
            // Ids go to the typed side only (kinds 1 and 5); nextFromCursor marks them current.
            let on = cur.out, orl = cur.outRel
            if cur.singleRun {
                out = produceRun(cur, from: out, row: row, outNode: on, outRel: orl)
                break
            }
            let dn = intSide + Int(on) &* B
            let dr = intSide + Int(max(orl, 0)) &* B
            let hasRel = orl >= 0
            cur.nbrs.withUnsafeBufferPointer { nbrs in
                cur.rels.withUnsafeBufferPointer { rels in
                    let end = min(nbrs.count, rels.count, pos + (B - out))
                    while pos < end {
                        dn[out] = Int64(nbrs[pos])
                        if hasRel { dr[out] = Int64(rels[pos]) }
                        origin[out] = row; out &+= 1; pos &+= 1
                    }
                }
            }
        case .varExpand, .shortest:
            cur.pos = pos
            out = emitTrails(cur, out, row, cur.out, cur.outRel)
            pos = cur.pos
        case .unwind:
            let dst = reg(cur.out)
            let items = cur.items
            let end = min(items.count, pos + (B - out))
            while pos < end { dst[out] = items[pos]; origin[out] = row; out &+= 1; pos &+= 1 }
        case .range:
            // Integers go to the typed side only; nextFromCursor marks them current.
            let dst = intSide + Int(cur.out) &* B
            var next = cur.rangeNext
            let step = cur.rangeStep
            let take = min(cur.rangeLeft, B - out)
            for _ in 0..<max(0, take) {
                dst[out] = next; origin[out] = row; out &+= 1
                next &+= step
            }
            cur.rangeNext = next
            cur.rangeLeft -= max(0, take)
        }
        return out - from
    }

    /// Expand output straight from the CSR run runPos..<runEnd of the current input node.
    private func produceRun(_ cur: CursorState, from: Int, row: Int32, outNode on: Int32, outRel orl: Int32) -> Int {
        var out = from
        var pos = cur.runPos
        let end = min(cur.runEnd, pos + (B - out))
        let dn = intSide + Int(on) &* B
        cur.runNbrs.withUnsafeBufferPointer { nb in
            cur.runRels.withUnsafeBufferPointer { rb in
                guard end <= nb.count, end <= rb.count else { return }
                if orl >= 0 {
                    let dr = intSide + Int(orl) &* B
                    while pos < end {
                        dn[out] = Int64(nb[pos]); dr[out] = Int64(rb[pos])
                        origin[out] = row; out &+= 1; pos &+= 1
                    }
                } else {
                    while pos < end {
                        dn[out] = Int64(nb[pos])
                        origin[out] = row; out &+= 1; pos &+= 1
                    }
                }
            }
        }
        cur.runPos = pos
        return out
    }
}
