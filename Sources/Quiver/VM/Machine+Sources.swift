// Machine+Sources: cursors. `Open` snapshots the live rows of the current batch; each
// `...Next` fills the next output batch with (input row x enumerated item), copying the
// carried registers, and resumes where it stopped when one batch is not enough.
import QuiverSyntax

final class CursorState {
    let spec: CursorSpec
    /// Snapshot of the input: one column per register in `snapRegs`.
    var snapRegs: [Int32] = []
    var snap: [[Value]] = []
    var inputCount = 0
    var row = 0
    var pos = 0
    var rowReady = false
    // Per-row enumeration state
    var nodes: [Int32] = []
    var items: [Value] = []
    var nbrs: [Int32] = []
    var rels: [Int32] = []
    var relLists: [[Int]] = []
    var rangeNext: Int64 = 0
    var rangeLeft = 0
    var rangeStep: Int64 = 1
    /// What Open derived from the store (label list, adjacency), kept for the next Open of a
    /// reading program: its store cannot change while the machine lives.
    var storeDerivedReady = false
    /// The registers Open snapshots and, of them, the carried ones (snapshot column, register):
    /// fixed by the spec, worked out at the first Open.
    var neededRegs: [Int32]? = nil
    var carryColumns: [(column: Int, reg: Int32)] = []
    /// A seek's label and key ids, kept in a reading program (no name lookups per row).
    var seekIds: (label: Int, key: Int)? = nil
    /// A scan's share of its node list when a parallel plan splits it (positions).
    var scanFrom = 0
    var scanTo = Int.max
    /// The first id of the batch a top-level scan left unwritten (consecutive ids), or -1.
    var unwrittenRun = -1
    var types: [Int] = []
    /// Expand: the adjacency it reads, fetched once at Open.
    var lists: EdgeLists? = nil
    /// Expand over one plain CSR run per node (one type, one direction, no append area): the
    /// current node's run is produced straight from the CSR, without a copy.
    var singleRun = false
    var runPos = 0
    var runEnd = 0
    /// The arrays of that CSR (held here so a row does not copy the adjacency struct).
    var runOffsets: [Int32] = []
    var runNbrs: [Int32] = []
    var runRels: [Int32] = []

    init(spec: CursorSpec) { self.spec = spec }

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
}

extension Machine {
    func openCursor(_ c: Int) throws {
        let cur = cursors[c]
        let needed: [Int32]
        if let n = cur.neededRegs {
            needed = n
        } else {
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
            needed = regs
            cur.neededRegs = regs
            cur.snapRegs = regs
            cur.carryColumns = regs.enumerated().filter { cur.spec.carry.contains($0.element) }.map { ($0.offset, $0.element) }
        }
        // Refill the snapshot columns in place (a cursor opens once per outer batch).
        if cur.snap.count != needed.count { cur.snap = Array(repeating: [], count: needed.count) }
        for (j, r) in needed.enumerated() {
            let p = reg(r)
            var column = cur.snap[j]
            cur.snap[j] = []  // the local copy is then the only reference: no copy on write
            column.removeAll(keepingCapacity: true)
            for k in 0..<selCount { column.append(p[Int(sel[k])]) }
            cur.snap[j] = column
        }
        cur.inputCount = selCount
        cur.row = 0
        cur.pos = 0
        cur.rowReady = false
        try reserveValues(selCount * needed.count)
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
        guard let col = cur.column(of: r) else { return .null }
        return cur.snap[col][cur.row]
    }

    /// Fills the next batch; false when the cursor is exhausted.
    func nextFromCursor(_ c: Int) throws -> Bool {
        let cur = cursors[c]
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
        switch cur.spec.kind {
        case .range(_, _, _, let o): markIntsWritten(o, rows: out)
        case .scan(_, let o):
            markIntsWritten(o, rows: out, kind: 1)
            if cur.unwrittenRun >= 0 {
                nodeRunBase[Int(o)] = cur.unwrittenRun
                nodeRunStamp[Int(o)] = batchNo
                idsPending[Int(o)] = batchNo
                cur.unwrittenRun = -1
            }
        default: break
        }
        // Carry the input columns into the output rows.
        for (col, r) in cur.carryColumns {
            let dst = reg(r)
            cur.snap[col].withUnsafeBufferPointer { src in
                for k in 0..<out { dst[k] = src[Int(origin[k])] }
            }
        }
        return true
    }

    /// Sets up the enumeration of the current input row.
    private func prepareRow(_ cur: CursorState) throws {
        switch cur.spec.kind {
        case .once, .scan: break
        case .seek(let label, let key, let v, _):
            let value = input(cur, v)
            if value.isNull { cur.nodes = []; break }
            var ids = cur.seekIds
            if ids == nil, let l = store.labels.id(label), let k = store.keys.id(key) {
                ids = (l, k)
                if !writes { cur.seekIds = ids }
            }
            if let (l, k) = ids {
                let indexes = store.indexes
                cur.nodes = indexes.seekBuilt(label: l, key: k, value: value) ?? indexes.seek(store, label: l, key: k, value: value)
            } else { cur.nodes = [] }
        case .expand(let from, _, _, _, _):
            cur.nbrs.removeAll(keepingCapacity: true)
            cur.rels.removeAll(keepingCapacity: true)
            cur.runPos = 0; cur.runEnd = 0
            guard case .node(let n) = input(cur, from) else { break }
            if cur.singleRun {
                let offsets = cur.runOffsets
                if n >= 0 && n + 1 < offsets.count { cur.runPos = Int(offsets[n]); cur.runEnd = Int(offsets[n + 1]) }
                break
            }
            cur.lists?.forEach(n) { m, rel in cur.nbrs.append(m); cur.rels.append(rel); return true }
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
            if onode >= 0 { reg(onode)[out] = .node(Int(nbrs[pos])) }
            if orl >= 0, pos < lists.count { reg(orl)[out] = .list(lists[pos].map { .rel($0) }) }
            origin[out] = row; out += 1; pos += 1
        }
        cur.pos = pos
        return out
    }

    /// Writes up to B - from output rows for the current input row; returns how many.
    /// Loop state lives in locals and is stored back once: cursor fields are class
    /// properties, and touching one per row costs an exclusivity check.
    private func produce(_ cur: CursorState, from: Int) throws -> Int {
        var out = from
        let row = Int32(truncatingIfNeeded: cur.row)
        var pos = cur.pos
        defer { cur.pos = pos }
        switch cur.spec.kind {
        case .once:
            if pos == 0 { origin[out] = row; out += 1; pos = 1 }
        case .scan(let label, let o):
            // Node ids go to the typed side only; nextFromCursor marks them current.
            let dst = intSide + Int(o) &* B
            // `origin` only serves carried registers: a scan that carries none skips it.
            let carries = !cur.spec.carry.isEmpty
            // A top-level scan over consecutive ids writes none: the register is marked as
            // the run first..<first+n and its ids are filled only if something reads them.
            if cur.inputCount == 1 && out == 0 {
                let end = label == nil ? min(store.nodeCount, cur.scanTo, pos + B) : min(cur.nodes.count, cur.scanTo, pos + B)
                if end > pos {
                    let first = label == nil ? pos : Int(cur.nodes[pos])
                    let last = label == nil ? end - 1 : Int(cur.nodes[end - 1])
                    if last - first == end - 1 - pos {
                        if carries { for k in 0..<(end - pos) { origin[k] = row } }
                        cur.unwrittenRun = first
                        out = end - pos
                        pos = end
                        break
                    }
                }
            }
            if label == nil {
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
        case .seek(_, _, _, let o):
            let dst = reg(o)
            cur.nodes.withUnsafeBufferPointer { nodes in
                let end = min(nodes.count, pos + (B - out))
                while pos < end { dst[out] = .node(Int(nodes[pos])); origin[out] = row; out &+= 1; pos &+= 1 }
            }
        case .expand(_, _, _, let on, let orl):
            if cur.singleRun {
                out = produceRun(cur, from: out, row: row, outNode: on, outRel: orl)
                break
            }
            let dn = reg(on)
            let nbrs = cur.nbrs, rels = cur.rels
            let end = min(nbrs.count, rels.count, pos + (B - out))
            if orl >= 0 {
                let dr = reg(orl)
                while pos < end {
                    dn[out] = .node(Int(nbrs[pos])); dr[out] = .rel(Int(rels[pos]))
                    origin[out] = row; out &+= 1; pos &+= 1
                }
            } else {
                while pos < end { dn[out] = .node(Int(nbrs[pos])); origin[out] = row; out &+= 1; pos &+= 1 }
            }
        case .varExpand(_, _, _, _, _, let on, let orl):
            cur.pos = pos
            out = emitTrails(cur, out, row, on, orl)
            pos = cur.pos
        case .shortest(_, _, _, _, _, _, _, let orl):
            cur.pos = pos
            out = emitTrails(cur, out, row, -1, orl)
            pos = cur.pos
        case .unwind(_, let o):
            let dst = reg(o)
            let items = cur.items
            let end = min(items.count, pos + (B - out))
            while pos < end { dst[out] = items[pos]; origin[out] = row; out &+= 1; pos &+= 1 }
        case .range(_, _, _, let o):
            // Integers go to the typed side only; nextFromCursor marks them current.
            let dst = intSide + Int(o) &* B
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
        let dn = reg(on)
        cur.runNbrs.withUnsafeBufferPointer { nb in
            cur.runRels.withUnsafeBufferPointer { rb in
                guard end <= nb.count, end <= rb.count else { return }
                if orl >= 0 {
                    let dr = reg(orl)
                    while pos < end {
                        dn[out] = .node(Int(nb[pos])); dr[out] = .rel(Int(rb[pos]))
                        origin[out] = row; out &+= 1; pos &+= 1
                    }
                } else {
                    while pos < end {
                        dn[out] = .node(Int(nb[pos]))
                        origin[out] = row; out &+= 1; pos &+= 1
                    }
                }
            }
        }
        cur.runPos = pos
        return out
    }
}
