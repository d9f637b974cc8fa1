// Machine+Sinks: pipeline breakers. Aggregation (hash grouping), the sorter (with a bounded
// top-k mode), row buffers (eager materialisation) and OPTIONAL MATCH collection. Each is
// filled by a sink instruction and drained, batch by batch, by its Next instruction.
import QuiverSyntax

/// One aggregate's running state for one group.
enum Accumulator {
    case count(Int64)
    case sum(Value)
    case avg(Double, Int64, Bool)
    case minmax(Value?)
    case collect([Value])
}

final class AggState {
    let spec: AggregationSpec
    @exclusivity(unchecked) var groupIndex: [[GroupKey]: Int] = [:]
    @exclusivity(unchecked) var singleIntIndex = IntGroupTable()
    /// Groups by the string code of a single dictionary-encoded key (codes of codeDict); every
    /// such group is in groupIndex too, so batches that arrive as Values find the same group.
    @exclusivity(unchecked) var codeIndex = IntGroupTable()
    @exclusivity(unchecked) var codeDict: StringDictionary?
    /// Grouping key values, flat: group g's keys at g * keyCount ..< (g + 1) * keyCount.
    @exclusivity(unchecked) var keyFlat: [Value] = []
    /// While every group has one integer key: the keys as plain integers (keyFlat unused).
    @exclusivity(unchecked) var intKeys: [Int64] = []
    @exclusivity(unchecked) var keysAreInts: Bool
    @exclusivity(unchecked) var groupCount = 0
    /// accs[aggregate][group]: column-wise, so one aggregate's loop touches one array.
    @exclusivity(unchecked) var accs: [[Accumulator]]
    /// counts[aggregate][group] for count(x) and count(*): plain integers, no enum per group.
    @exclusivity(unchecked) var counts: [[Int64]]
    let isCount: [Bool]
    @exclusivity(unchecked) var seen: [[Set<GroupKey>]]
    /// DISTINCT aggregates: the nodes seen per group, by id (no hashing of a Value); every
    /// other value goes to `seen`.
    @exclusivity(unchecked) var seenNodes: [[IntGroupTable]]
    @exclusivity(unchecked) var gids = [Int](repeating: 0, count: Machine.batchSize)
    @exclusivity(unchecked) var emitPos = 0
    @exclusivity(unchecked) var finished = false

    init(spec: AggregationSpec) {
        self.spec = spec
        accs = spec.aggregates.map { _ in [] }
        counts = spec.aggregates.map { _ in [] }
        isCount = spec.aggregates.map { $0.kind == .count || $0.kind == .countStar }
        keysAreInts = spec.keys.count == 1
        seen = spec.aggregates.map { _ in [] }
        seenNodes = spec.aggregates.map { _ in [] }
    }

    /// Back to no groups, keeping allocated storage (a machine run again) unless it is large:
    /// an idle cached machine should not hold a big grouping's memory.
    func reset() {
        emitPos = 0
        finished = false
        if spec.keys.isEmpty && groupCount == 1 {
            // The one group of an aggregation without keys starts again in place: a cached
            // machine's next run then frees and allocates nothing (a DISTINCT set included).
            for j in 0..<spec.aggregates.count {
                if isCount[j] { counts[j][0] = 0 } else { accs[j][0] = initial(spec.aggregates[j]) }
                if spec.aggregates[j].distinct {
                    if !seen[j][0].isEmpty { seen[j][0].removeAll(keepingCapacity: true) }
                    seenNodes[j][0].removeAll()
                }
            }
            return
        }
        let keep = groupCount <= 65_536
        if !groupIndex.isEmpty { groupIndex.removeAll(keepingCapacity: keep) }
        singleIntIndex.removeAll()
        codeIndex.removeAll()
        codeDict = nil
        keyFlat.removeAll(keepingCapacity: keep)
        intKeys.removeAll(keepingCapacity: keep)
        keysAreInts = spec.keys.count == 1
        groupCount = 0
        for j in 0..<spec.aggregates.count {
            accs[j].removeAll(keepingCapacity: keep)
            counts[j].removeAll(keepingCapacity: keep)
            seen[j].removeAll(keepingCapacity: keep)
            seenNodes[j].removeAll(keepingCapacity: keep)
        }
    }

    private func initial(_ a: AggregateSpec) -> Accumulator {
        switch a.kind {
        case .count, .countStar: return .count(0)
        case .sum: return .sum(.int(0))
        case .avg: return .avg(0, 0, false)
        case .min, .max: return .minmax(nil)
        case .collect: return .collect([])
        }
    }

    /// The keys of group g (either layout).
    func keys(of g: Int) -> [Value] {
        if keysAreInts { return [.int(intKeys[g])] }
        let kc = spec.keys.count
        return Array(keyFlat[(g * kc)..<((g + 1) * kc)])
    }

    func newGroup(_ key: [Value]) -> Int {
        if keysAreInts {
            // A key that is not one integer: every key moves to the general layout.
            keyFlat = intKeys.map { .int($0) }
            intKeys = []
            keysAreInts = false
        }
        keyFlat.append(contentsOf: key)
        return addAccumulators()
    }

    /// A group with one integer key (no key array built).
    func newIntGroup(_ x: Int64) -> Int {
        if keysAreInts { intKeys.append(x) } else { keyFlat.append(.int(x)) }
        return addAccumulators()
    }

    /// Appends `n` groups' fresh accumulators at once (their keys are already in keyFlat).
    func addAccumulators(count n: Int) {
        guard n > 0 else { return }
        groupCount += n
        for (j, a) in spec.aggregates.enumerated() {
            if isCount[j] { counts[j].append(contentsOf: repeatElement(0, count: n)) } else {
                accs[j].append(contentsOf: repeatElement(initial(a), count: n))
            }
            if a.distinct {
                seen[j].append(contentsOf: repeatElement([], count: n))
                seenNodes[j].append(contentsOf: repeatElement(IntGroupTable.hashing(), count: n))
            }
        }
    }

    private func addAccumulators() -> Int {
        groupCount += 1
        for (j, a) in spec.aggregates.enumerated() {
            if isCount[j] { counts[j].append(0) } else { accs[j].append(initial(a)) }
            if a.distinct { seen[j].append([]); seenNodes[j].append(IntGroupTable.hashing()) }
        }
        return groupCount - 1
    }

    /// Group id of every live row, in gids[0..<selCount].
    private func assignGroups(_ m: Machine) throws {
        let n = m.selCount
        if spec.keys.isEmpty {
            if groupCount == 0 { _ = newGroup([]) }
            for k in 0..<n { gids[k] = 0 }
            return
        }
        if spec.keys.count == 1, let (codes, dict) = m.currentCodes(spec.keys[0]), codeDict == nil || codeDict === dict {
            codeDict = dict
            for k in 0..<n {
                let code = codes[Int(m.sel[k])]
                if let found = codeIndex.find(code) { gids[k] = found; continue }
                let v = Value.string(dict.string(UInt32(truncatingIfNeeded: code)))
                let key = [GroupKey(v)]
                let g: Int
                if let found = groupIndex[key] { g = found } else {
                    g = newGroup([v])
                    groupIndex[key] = g
                    try m.reserveValues(1 + spec.aggregates.count)
                }
                codeIndex.insert(code, g)
                gids[k] = g
            }
            return
        }
        if spec.keys.count == 1, let ints = m.currentInts(spec.keys[0]) {
            // Typed integer keys (never null): one probe per row, Values never built.
            for k in 0..<n {
                let x = ints[Int(m.sel[k])]
                let (g, inserted) = singleIntIndex.findOrInsert(x, next: groupCount)
                gids[k] = g
                if inserted {
                    _ = newIntGroup(x)
                    try m.reserveValues(1 + spec.aggregates.count)
                }
            }
            return
        }
        let singleInt = spec.keys.count == 1
        for k in 0..<n {
            let i = Int(m.sel[k])
            if singleInt, case .int(let x) = m.value(spec.keys[0], i) {
                // Float keys equal to an integer register here too, so ints need no other index.
                if let found = singleIntIndex.find(x) { gids[k] = found; continue }
                let g = newIntGroup(x)
                singleIntIndex.insert(x, g)
                gids[k] = g
                try m.reserveValues(1 + spec.aggregates.count)
                continue
            }
            let key = spec.keys.map { GroupKey(m.value($0, i)) }
            if singleInt, case .double(let d) = key[0].value, let x = Int64(exactly: d), let found = singleIntIndex.find(x) {
                gids[k] = found; continue
            }
            if let found = groupIndex[key] { gids[k] = found; continue }
            let g = newGroup(key.map { $0.value })
            groupIndex[key] = g
            if singleInt, case .double(let d) = key[0].value, let x = Int64(exactly: d) { singleIntIndex.insert(x, g) }
            gids[k] = g
            try m.reserveValues(spec.keys.count + spec.aggregates.count)
        }
    }

    func step(_ m: Machine) throws {
        try assignGroups(m)
        let n = m.selCount
        let oneGroup = spec.keys.isEmpty
        for (j, a) in spec.aggregates.enumerated() {
            if a.kind == .countStar {
                if spec.weight == nil, oneGroup { counts[j][0] &+= Int64(n); continue }
                // Typed weights (factorised counts) when current, else the weight Values.
                let typedWeights = spec.weight.flatMap { m.currentInts($0) }
                let wr = typedWeights == nil ? spec.weight.map { m.reg($0) } : nil
                // In place over the count column: no copy-on-write check per row.
                gids.withUnsafeBufferPointer { g in
                    counts[j].withUnsafeMutableBufferPointer { acc in
                        for k in 0..<n {
                            var add: Int64 = 1
                            if let typedWeights {
                                add = typedWeights[Int(m.sel[k])]
                            } else if let wr {
                                guard case .int(let x) = wr[Int(m.sel[k])] else { continue }
                                add = x
                            }
                            acc[g[k]] &+= add
                        }
                    }
                }
                continue
            }
            // Fast path: a plain sum or count over one group, kept in locals.
            if oneGroup && !a.distinct && (a.kind == .sum || a.kind == .count), try fastStep(m, j, a.kind, n) { continue }
            // count(DISTINCT node) over typed node ids (an expansion's or a scan's output):
            // each id goes straight into its group's set, no Value is read.
            if a.distinct && isCount[j], let ids = m.currentNodes(a.arg) {
                var added = 0
                if oneGroup {
                    added = seenNodes[j][0].insertCountingNew(ids, m.sel, n)
                    counts[j][0] &+= Int64(added)
                    try m.reserveValues(added)
                    continue
                }
                gids.withUnsafeBufferPointer { g in
                    seenNodes[j].withUnsafeMutableBufferPointer { sets in
                        counts[j].withUnsafeMutableBufferPointer { c in
                            for k in 0..<n {
                                let group = g[k]
                                if sets[group].findOrInsert(ids[Int(m.sel[k])], next: 0).inserted { c[group] &+= 1; added &+= 1 }
                            }
                        }
                    }
                }
                try m.reserveValues(added)
                continue
            }
            for k in 0..<n {
                let v = m.value(a.arg, Int(m.sel[k]))
                if v.isNull { continue }
                let g = gids[k]
                if a.distinct {
                    if case .node(let n) = v {
                        if !seenNodes[j][g].findOrInsert(Int64(n), next: 0).inserted { continue }
                    } else if !seen[j][g].insert(GroupKey(v)).inserted { continue }
                    try m.reserveValues(1)
                }
                if isCount[j] { counts[j][g] &+= 1 } else { try update(&accs[j][g], a.kind, v, m) }
            }
        }
    }

    /// Sums or counts a batch into group 0 with integer arithmetic; false when it meets a value
    /// the fast path does not handle (the caller then takes the general path for the batch).
    private func fastStep(_ m: Machine, _ j: Int, _ kind: AggKind, _ n: Int) throws -> Bool {
        let arg = spec.aggregates[j].arg
        // Typed integers (never null) first: reading them keeps the register's Values unbuilt.
        let typed = m.currentInts(arg)
        if kind == .count {
            var cnt: Int64 = 0
            if typed != nil { cnt = Int64(n) } else {
                let (p, c) = m.operand(arg)
                if let p { for k in 0..<n where !p[Int(m.sel[k])].isNull { cnt += 1 } }
                else if !c.isNull { cnt = Int64(n) }
            }
            counts[j][0] &+= cnt
            return true
        }
        guard case .sum(.int(var total)) = accs[j][0] else { return false }
        if let t = typed {
            if m.selIsDense {
                // Values in 0..<2^52: a batch (at most 2^10 rows) sums below 2^62 without a
                // check per row (the loop vectorises); one checked add joins it to the total.
                var bits: UInt64 = 0
                for i in 0..<n { bits |= UInt64(bitPattern: t[i]) }
                if bits < 1 << 52 && n <= 1 << 10 {
                    var batch: Int64 = 0
                    for i in 0..<n { batch &+= t[i] }
                    let r = total.addingReportingOverflow(batch)
                    if r.overflow { throw Ops.overflow("sum()") }
                    accs[j][0] = .sum(.int(r.partialValue))
                    return true
                }
                var overflow: UInt8 = 0
                for i in 0..<n { let r = total.addingReportingOverflow(t[i]); total = r.partialValue; overflow |= r.overflow ? 1 : 0 }
                if overflow != 0 { throw Ops.overflow("sum()") }
            } else {
                for k in 0..<n {
                    let (r, o) = total.addingReportingOverflow(t[Int(m.sel[k])])
                    if o { throw Ops.overflow("sum()") }
                    total = r
                }
            }
            accs[j][0] = .sum(.int(total))
            return true
        }
        let (p, _) = m.operand(arg)
        guard let p else { return false }
        for k in 0..<n {
            guard case .int = p[Int(m.sel[k])] else { return false }
        }
        for k in 0..<n {
            if case .int(let x) = p[Int(m.sel[k])] {
                let (r, o) = total.addingReportingOverflow(x)
                if o { throw Ops.overflow("sum()") }
                total = r
            }
        }
        accs[j][0] = .sum(.int(total))
        return true
    }

    private func update(_ acc: inout Accumulator, _ kind: AggKind, _ v: Value, _ m: Machine) throws {
        switch (acc, kind) {
        case (.count(let c), _): acc = .count(c + 1)
        case (.sum(let s), _):
            guard Ops.number(v) != nil else { throw Ops.typeError("sum() expects numbers, got \(v.typeName)") }
            acc = .sum(try Ops.add(s, v))
        case (.avg(let s, let n, let anyFloat), _):
            guard let x = Ops.number(v) else { throw Ops.typeError("avg() expects numbers, got \(v.typeName)") }
            var isFloat = anyFloat
            if case .double = v { isFloat = true }
            acc = .avg(s + x, n + 1, isFloat)
        case (.minmax(let cur), .min):
            if let c = cur { if Value.orderCompare(v, c) < 0 { acc = .minmax(v) } } else { acc = .minmax(v) }
        case (.minmax(let cur), _):
            if let c = cur { if Value.orderCompare(v, c) > 0 { acc = .minmax(v) } } else { acc = .minmax(v) }
        case (.collect(var xs), _):
            acc = .collect([])
            xs.append(v)
            acc = .collect(xs)
            try m.reserveValues(1)
        }
    }

    private func final(_ acc: Accumulator) -> Value {
        switch acc {
        case .count(let c): return .int(c)
        case .sum(let s): return s
        case .avg(let s, let n, _): return n == 0 ? .null : .double(s / Double(n))
        case .minmax(let v): return v ?? .null
        case .collect(let xs): return .list(xs)
        }
    }

    /// Emits the next batch of groups into the key and result registers.
    func next(_ m: Machine) throws -> Bool {
        if !finished {
            finished = true
            if spec.keys.isEmpty && groupCount == 0 { _ = newGroup([]) }
        }
        guard emitPos < groupCount else { return false }
        let n = min(m.B, groupCount - emitPos)
        let kc = spec.keys.count
        m.selectAll(n)
        for (j, r) in spec.keyOutputs.enumerated() {
            // A batch of integer keys goes to the typed side (Values only if something asks).
            if keysAreInts {
                let d = m.intSide + Int(r) &* m.B
                intKeys.withUnsafeBufferPointer { xs in
                    if let base = xs.baseAddress { d.update(from: base + emitPos, count: n) }
                }
                m.markIntsWritten(r, rows: n)
                continue
            }
            let dst = m.reg(r)
            for k in 0..<n { dst[k] = keyFlat[(emitPos + k) * kc + j] }
        }
        for (j, a) in spec.aggregates.enumerated() {
            if isCount[j] {
                let d = m.intSide + Int(a.out) &* m.B
                counts[j].withUnsafeBufferPointer { c in
                    for k in 0..<n { d[k] = c[emitPos + k] }
                }
                m.markIntsWritten(a.out, rows: n)
                continue
            }
            let dst = m.reg(a.out)
            for k in 0..<n { dst[k] = final(accs[j][emitPos + k]) }
        }
        emitPos += n
        return true
    }
}

final class SortState {
    let spec: SortSpec
    @exclusivity(unchecked) var rows: [[Value]] = []
    /// Arrival number of each row: ties keep arrival order (a stable sort).
    @exclusivity(unchecked) var seqs: [Int] = []
    var arrived = 0
    var sorted = false
    @exclusivity(unchecked) var emitPos = 0
    var keyIndex: [(Int, Bool)] = []
    /// Top-k bound (LIMIT + SKIP) once known; rows then form a heap whose top is the worst row.
    var bound: Int? = nil
    var boundChecked = false
    /// Sort keys of rows[0] while the top-k heap is full (and as integers when all are).
    var topKeys: [Value] = []
    var topInts: [Int64]? = nil

    init(spec: SortSpec) {
        self.spec = spec
        keyIndex = spec.keys.map { k in (spec.payload.firstIndex(of: k.reg) ?? 0, k.descending) }
    }

    /// Whether row x sorts before row y (ties by arrival).
    private func before(_ x: [Value], _ sx: Int, _ y: [Value], _ sy: Int) -> Bool {
        for (idx, desc) in keyIndex {
            let c = Value.orderCompare(x[idx], y[idx])
            if c != 0 { return desc ? c > 0 : c < 0 }
        }
        return sx < sy
    }

    /// Whether the row at register row i (its sort keys in keyRegs) sorts before the heap's
    /// top row, whose keys topKeys holds: no stored row is copied for the test.
    private func beforeTop(_ keyRegs: [UnsafeMutablePointer<Value>], _ i: Int, _ si: Int) -> Bool {
        for (n, (_, desc)) in keyIndex.enumerated() {
            let c = Value.orderCompare(keyRegs[n][i], topKeys[n])
            if c != 0 { return desc ? c > 0 : c < 0 }
        }
        return si < seqs[0]
    }

    /// The sort keys of the heap's top (worst kept) row, for beforeTop.
    private func refreshTop() {
        guard let top = rows.first else { topKeys = []; topInts = nil; return }
        topKeys = keyIndex.map { top[$0.0] }
        var ints: [Int64] = []
        for v in topKeys { if case .int(let x) = v { ints.append(x) } }
        topInts = ints.count == topKeys.count ? ints : nil
    }

    /// beforeTop over typed integer sort keys (integers order numerically, as orderCompare).
    private func beforeTopInts(_ keyInts: [UnsafeMutablePointer<Int64>], _ topInts: [Int64], _ i: Int, _ si: Int) -> Bool {
        for (n, (_, desc)) in keyIndex.enumerated() {
            let x = keyInts[n][i], y = topInts[n]
            if x != y { return desc ? x > y : x < y }
        }
        return si < seqs[0]
    }

    private func siftUp(_ start: Int) {
        var i = start
        while i > 0 {
            let parent = (i - 1) / 2
            guard before(rows[parent], seqs[parent], rows[i], seqs[i]) else { return }
            rows.swapAt(parent, i); seqs.swapAt(parent, i)
            i = parent
        }
    }

    private func siftDown(_ start: Int) {
        var i = start
        let n = rows.count
        while true {
            let l = 2 * i + 1, r = l + 1
            var worst = i
            if l < n && before(rows[worst], seqs[worst], rows[l], seqs[l]) { worst = l }
            if r < n && before(rows[worst], seqs[worst], rows[r], seqs[r]) { worst = r }
            if worst == i { return }
            rows.swapAt(worst, i); seqs.swapAt(worst, i)
            i = worst
        }
    }

    func append(_ m: Machine) throws {
        if !boundChecked {
            boundChecked = true
            if let l = spec.limit, case .int(let k) = m.value(l, 0), k >= 0 { bound = Int(min(k, Int64(Int32.max))) }
        }
        // Sort keys on the typed side as integers: compared without building Values.
        var keyInts: [UnsafeMutablePointer<Int64>]? = nil
        if bound != nil {
            let ints = spec.keys.compactMap { m.currentInts($0.reg) }
            if ints.count == spec.keys.count { keyInts = ints }
        }
        var keyRegs: [UnsafeMutablePointer<Value>]? = nil
        for k in 0..<m.selCount {
            let i = Int(m.sel[k])
            let seq = arrived
            arrived += 1
            // A full top-k heap rejects most rows: compare with its worst row before building one.
            if let b = bound, rows.count >= b, b > 0 {
                if let keyInts, let topInts {
                    if !beforeTopInts(keyInts, topInts, i, seq) { continue }
                } else {
                    if keyRegs == nil { keyRegs = spec.keys.map { m.reg($0.reg) } }
                    if let keyRegs, !beforeTop(keyRegs, i, seq) { continue }
                }
            }
            if let b = bound, b == 0 { continue }
            let row = spec.payload.map { m.value($0, i) }
            if let b = bound {
                if rows.count < b {
                    rows.append(row); seqs.append(seq); siftUp(rows.count - 1)
                    if rows.count == b { refreshTop() }
                } else if b > 0, before(row, seq, rows[0], seqs[0]) {
                    rows[0] = row; seqs[0] = seq; siftDown(0)
                    refreshTop()
                }
            } else {
                rows.append(row); seqs.append(seq)
            }
        }
        if bound == nil { try m.reserveValues(m.selCount * spec.payload.count) }
    }

    private func sortRows() {
        let order = rows.indices.sorted { before(rows[$0], seqs[$0], rows[$1], seqs[$1]) }
        rows = order.map { rows[$0] }
        seqs = order.map { seqs[$0] }
    }

    func next(_ m: Machine) throws -> Bool {
        if !sorted { sortRows(); sorted = true }
        guard emitPos < rows.count else { return false }
        let n = min(m.B, rows.count - emitPos)
        for k in 0..<n {
            let row = rows[emitPos + k]
            for (j, r) in spec.payload.enumerated() { m.reg(r)[k] = row[j] }
        }
        emitPos += n
        m.selectAll(n)
        return true
    }
}

final class BufferState {
    let regs: [Int32]
    var rows: [[Value]] = []
    @exclusivity(unchecked) var emitPos = 0

    init(regs: [Int32]) { self.regs = regs }

    func append(_ m: Machine) throws {
        for k in 0..<m.selCount {
            let i = Int(m.sel[k])
            rows.append(regs.map { m.reg($0)[i] })
        }
        try m.reserveValues(m.selCount * regs.count)
    }

    func next(_ m: Machine) -> Bool {
        guard emitPos < rows.count else { return false }
        let n = min(m.B, rows.count - emitPos)
        for k in 0..<n {
            let row = rows[emitPos + k]
            for (j, r) in regs.enumerated() { m.reg(r)[k] = row[j] }
        }
        emitPos += n
        m.selectAll(n)
        return true
    }
}

final class OptState {
    let spec: OptionalSpec
    /// Input rows of the current batch (values of spec.inputs), by tag.
    var inputs: [[Value]] = []
    var matched: [Bool] = []
    /// Output rows: inputs, then newRegs, then the tag.
    var out: [[Value]] = []
    @exclusivity(unchecked) var emitPos = 0

    init(spec: OptionalSpec) { self.spec = spec }

    func start(_ m: Machine) {
        inputs.removeAll(keepingCapacity: true)
        out.removeAll(keepingCapacity: true)
        emitPos = 0
        let tag = m.reg(spec.tag)
        for k in 0..<m.selCount {
            let i = Int(m.sel[k])
            tag[i] = .int(Int64(k))
            inputs.append(spec.inputs.map { m.reg($0)[i] })
        }
        matched = Array(repeating: false, count: inputs.count)
    }

    func collect(_ m: Machine) throws {
        let tag = m.reg(spec.tag)
        for k in 0..<m.selCount {
            let i = Int(m.sel[k])
            guard case .int(let t) = tag[i], t >= 0, Int(t) < matched.count else { continue }
            matched[Int(t)] = true
            out.append(spec.inputs.map { m.reg($0)[i] } + spec.newRegs.map { m.reg($0)[i] } + [tag[i]])
        }
        try m.reserveValues(m.selCount * (spec.inputs.count + spec.newRegs.count + 1))
    }

    func finish(_ m: Machine) throws {
        let nulls = [Value](repeating: .null, count: spec.newRegs.count)
        for (t, row) in inputs.enumerated() where !matched[t] {
            out.append(row + nulls + [.int(Int64(t))])
        }
        // Keep the input order: matches and null rows sorted by their input row (stable).
        let tagIdx = spec.inputs.count + spec.newRegs.count
        out = out.enumerated().sorted { a, b in
            guard case .int(let x) = a.element[tagIdx], case .int(let y) = b.element[tagIdx] else { return a.offset < b.offset }
            return x != y ? x < y : a.offset < b.offset
        }.map { $0.element }
    }

    func next(_ m: Machine) -> Bool {
        guard emitPos < out.count else { return false }
        let n = min(m.B, out.count - emitPos)
        let regs = spec.inputs + spec.newRegs + [spec.tag]
        for k in 0..<n {
            let row = out[emitPos + k]
            for (j, r) in regs.enumerated() { m.reg(r)[k] = row[j] }
        }
        emitPos += n
        m.selectAll(n)
        return true
    }
}
