// Machine: the VM. One dispatch loop over the instruction array, batch at a time: registers
// hold `batchSize` rows each, `sel` names the live rows, and every instruction processes the
// whole batch. Cursors, sinks and writes live in Machine+Sources/Sinks/Writes.
import Foundation
import QuiverSyntax
import Synchronization

/// A flag another thread can set to stop a running statement. Atomic, not locked: every
/// cursor step reads it.
final class CancelToken: Sendable {
    private let flag = Atomic<Bool>(false)
    var isCancelled: Bool { flag.load(ordering: .relaxed) }
    func cancel() { flag.store(true, ordering: .relaxed) }
    func reset() { flag.store(false, ordering: .relaxed) }
}

struct MachineLimits {
    var maxRows: Int? = nil
    var deadline: Double? = nil
    var maxValues: Int? = nil
    /// Threads for a parallel first pipeline (see ParallelPlan), and the scan size from which
    /// splitting pays.
    var threads = 1
    var parallelMinimumNodes = 100_000
    var parallelPartGroupLimit: Int? = nil
}

final class Machine {
    static let batchSize = 1024
    /// Rows per batch: batchSize, or less for a program that starts from an index seek (a
    /// few rows: the registers' set-up and tear-down then dominate, and scale with B).
    let B: Int

    /// The batch size for a program (see B).
    static func batchSize(for program: Program) -> Int {
        let code = program.code
        guard code.count > 2, code[1].op == .open, Int(code[1].a) < program.cursors.count,
              case .seek = program.cursors[Int(code[1].a)].kind else { return batchSize }
        return 128
    }

    let program: Program
    @exclusivity(unchecked) var store: GraphStore
    let code: [Instruction]
    let constants: [Value]
    /// The program's side table, held apart: reading `program.aux` would copy every array of
    /// the Program value each time.
    let aux: [Aux]
    /// The program writes to the graph (then nothing derived from the store is kept).
    let writes: Bool
    /// The parallel plan of the program (worked out once per machine).
    lazy var parallelPlan: ParallelPlan? = ParallelPlan.of(program, builtinFunctions: Engine.builtinFunctions.count)

    /// Register file: register r, row i at regs[r * B + i].
    let regs: UnsafeMutablePointer<Value>
    /// Live rows of the current batch.
    let sel: UnsafeMutablePointer<Int32>
    @exclusivity(unchecked) var selCount = 0
    /// Physical rows in the registers (live rows are a subset).
    @exclusivity(unchecked) var rowCount = 0
    /// For sources: the input row each output row came from.
    let origin: UnsafeMutablePointer<Int32>

    // Typed integer side storage (see docs/decisions.md, "typed register vectors"): register
    // r's Int64 values at intSide[r * B + i]. They are current for batch `batchNo` when
    // intStamp[r] == batchNo; the register's Values are then stale for the rows listed in
    // staleRows (the live rows of the typed write) while staleStamp[r] == batchNo, and every
    // generic access materialises them first.
    let intSide: UnsafeMutablePointer<Int64>
    let intStamp: UnsafeMutablePointer<UInt64>
    let staleStamp: UnsafeMutablePointer<UInt64>
    let staleRows: UnsafeMutablePointer<Int32>
    let staleCount: UnsafeMutablePointer<Int>
    /// The stale rows are 0..<staleCount (a write over a dense batch): staleRows unused.
    let staleDense: UnsafeMutablePointer<Bool>
    /// Node ids that a scan wrote as one contiguous run: row i holds nodeRunBase[r] + i, while
    /// nodeRunStamp[r] == batchNo (every other typed write clears the stamp).
    let nodeRunBase: UnsafeMutablePointer<Int>
    let nodeRunStamp: UnsafeMutablePointer<UInt64>
    /// The run's ids are not written yet (== batchNo): ensureIds writes them on first read.
    let idsPending: UnsafeMutablePointer<UInt64>
    /// Carried registers, copied only when read: while carryStamp[r] == batchNo, row i of
    /// register r is carryFrom[r][origin[i]] (a column of the snapshot of the cursor that
    /// produced the batch) and its Values are not written yet. Most carried variables are
    /// never read again (the anonymous nodes of a path, the start of a pattern); an inner
    /// cursor's Open reads every one it carries before any cursor writes `origin` again.
    let carryStamp: UnsafeMutablePointer<UInt64>
    let carryFrom: UnsafeMutablePointer<UnsafeMutablePointer<Value>?>
    /// Two batches of relationship ids (RelUnique's two sides).
    let relScratch: UnsafeMutablePointer<Int64>
    /// What the typed side of a register holds: 0 integers, 1 node ids, 2 doubles (bit
    /// patterns), 3 booleans (0 or 1), 4 string codes of the dictionary in sideDicts[r],
    /// 5 relationship ids.
    let sideKind: UnsafeMutablePointer<UInt8>
    /// Per register, the dictionary its string codes (side kind 4) belong to.
    @exclusivity(unchecked) var sideDicts: [StringDictionary?]
    /// Bumped for every new batch, so typed data of an earlier batch is never read.
    @exclusivity(unchecked) var batchNo: UInt64 = 1

    // Fixed for the machine's life: reset in place between runs, never replaced.
    let cursors: [CursorState]
    /// The same cursors, unretained (`cursors` keeps them alive): Open and Next reach their
    /// cursor without a retain and a release each time.
    let cursorRefs: [Unmanaged<CursorState>]
    let aggs: [AggState]
    /// The aggregations, unretained likewise (`aggs` keeps them alive).
    let aggRefs: [Unmanaged<AggState>]
    @exclusivity(unchecked) var sorters: [SortState]
    @exclusivity(unchecked) var buffers: [BufferState]
    @exclusivity(unchecked) var opts: [OptState]
    @exclusivity(unchecked) var counters: [Int]
    @exclusivity(unchecked) var sets: [Set<[GroupKey]>]
    @exclusivity(unchecked) var selSlots: [[Int32]]

    /// Result rows, flat: row i's values at resultCells[i * resultWidth ..< (i + 1) * resultWidth]
    /// (one array whose storage a cached machine keeps, not one array per row).
    @exclusivity(unchecked) var resultCells: [Value] = []
    @exclusivity(unchecked) var resultWidth = 0
    @exclusivity(unchecked) var resultRowCount = 0
    @exclusivity(unchecked) var stats = UpdateStats()
    @exclusivity(unchecked) var functions: [FunctionDef]
    let cancel: CancelToken
    @exclusivity(unchecked) var limits: MachineLimits
    @exclusivity(unchecked) var heldValues = 0
    @exclusivity(unchecked) var pc = 0
    /// Address of the instruction being executed (for error spans).
    @exclusivity(unchecked) var current = 0

    /// A parallel part gives up past this many groups (merging them would cost more than
    /// the split saves); unlimited otherwise.
    @exclusivity(unchecked) var partGroupLimit = Int.max

    /// Per-instruction execution counts and time (PROFILE only).
    var profileCounts: [Int]? = nil
    var profileTimes: [Double]? = nil

    init(program: Program, store: GraphStore, functions: [FunctionDef], cancel: CancelToken, limits: MachineLimits) {
        self.program = program
        self.store = store
        self.code = program.code
        self.constants = program.constants
        self.aux = program.aux
        self.writes = program.writes
        self.functions = functions
        self.cancel = cancel
        self.limits = limits
        B = Machine.batchSize(for: program)
        let n = max(1, program.registerCount) * B
        regs = .allocate(capacity: n)
        regs.initialize(repeating: .null, count: n)
        sel = .allocate(capacity: B)
        origin = .allocate(capacity: B)
        let nregs = max(1, program.registerCount)
        intSide = .allocate(capacity: n)
        intStamp = .allocate(capacity: nregs)
        intStamp.initialize(repeating: 0, count: nregs)
        staleStamp = .allocate(capacity: nregs)
        staleStamp.initialize(repeating: 0, count: nregs)
        staleRows = .allocate(capacity: n)
        staleCount = .allocate(capacity: nregs)
        staleCount.initialize(repeating: 0, count: nregs)
        staleDense = .allocate(capacity: nregs)
        staleDense.initialize(repeating: false, count: nregs)
        nodeRunBase = .allocate(capacity: nregs)
        nodeRunBase.initialize(repeating: 0, count: nregs)
        nodeRunStamp = .allocate(capacity: nregs)
        nodeRunStamp.initialize(repeating: 0, count: nregs)
        idsPending = .allocate(capacity: nregs)
        idsPending.initialize(repeating: 0, count: nregs)
        carryStamp = .allocate(capacity: nregs)
        carryStamp.initialize(repeating: 0, count: nregs)
        carryFrom = .allocate(capacity: nregs)
        carryFrom.initialize(repeating: nil, count: nregs)
        relScratch = .allocate(capacity: 2 * B)
        sideKind = .allocate(capacity: nregs)
        sideKind.initialize(repeating: 0, count: nregs)
        sideDicts = Array(repeating: nil, count: nregs)
        (cursors, aggs, sorters, buffers, opts) = Machine.freshSinks(program)
        cursorRefs = cursors.map { Unmanaged.passUnretained($0) }
        aggRefs = aggs.map { Unmanaged.passUnretained($0) }
        counters = Array(repeating: 0, count: program.counterCount)
        sets = Array(repeating: [], count: program.setCount)
        selSlots = Array(repeating: [], count: program.selSlotCount)
    }

    /// The cursors and sinks a program starts with.
    static func freshSinks(_ program: Program) -> ([CursorState], [AggState], [SortState], [BufferState], [OptState]) {
        (program.cursors.map { CursorState(spec: $0) }, program.aggregations.map { AggState(spec: $0) },
         program.sorts.map { SortState(spec: $0) }, program.buffers.map { BufferState(regs: $0) },
         program.optionals.map { OptState(spec: $0) })
    }

    deinit {
        regs.deinitialize(count: max(1, program.registerCount) * B)
        regs.deallocate()
        sel.deallocate()
        origin.deallocate()
        intSide.deallocate()
        intStamp.deallocate()
        staleStamp.deallocate()
        staleRows.deallocate()
        staleCount.deallocate()
        staleDense.deallocate()
        nodeRunBase.deallocate()
        nodeRunStamp.deallocate()
        idsPending.deallocate()
        carryStamp.deallocate()
        carryFrom.deallocate()
        relScratch.deallocate()
        sideKind.deallocate()
    }

    // MARK: Register access

    /// Generic access to a register's Values (read or write): stale Values are materialised
    /// first, and the typed side stops being current (the caller may write Values).
    @inline(__always) func reg(_ r: Int32) -> UnsafeMutablePointer<Value> {
        let ri = Int(r)
        if carryStamp[ri] == batchNo { fillCarried(ri) }
        if staleStamp[ri] == batchNo { materialise(ri) }
        intStamp[ri] = 0
        return regs + ri &* B
    }

    /// A value source: a register (r >= 0) or a constant (-1 - r).
    @inline(__always) func operand(_ v: Int32) -> (UnsafeMutablePointer<Value>?, Value) {
        v >= 0 ? (reg(v), .null) : (nil, constants[Int(-1 - v)])
    }

    /// One Value, read only (the typed side stays current).
    @inline(__always) func value(_ v: Int32, _ i: Int) -> Value {
        guard v >= 0 else { return constants[Int(-1 - v)] }
        let ri = Int(v)
        if carryStamp[ri] == batchNo, let src = carryFrom[ri] { return src[Int(origin[i])] }
        if staleStamp[ri] == batchNo { materialise(ri) }
        return regs[ri &* B &+ i]
    }

    /// Copies a carried register's Values for this batch from its cursor's snapshot.
    @inline(never) func fillCarried(_ r: Int) {
        carryStamp[r] = 0
        guard let src = carryFrom[r] else { return }
        let dst = regs + r &* B
        for k in 0..<rowCount { dst[k] = src[Int(origin[k])] }
    }

    /// Read-only row access to register r that leaves a carried register unwritten: row i is
    /// at p[i], or at p[origin[i]] when `viaOrigin`.
    @inline(__always) func readView(_ r: Int32) -> (p: UnsafeMutablePointer<Value>, viaOrigin: Bool) {
        let ri = Int(r)
        if carryStamp[ri] == batchNo, let src = carryFrom[ri] { return (src, true) }
        return (reg(r), false)
    }

    /// Marks register r as carried for this batch: row i is src[origin[i]] (see carryStamp).
    @inline(__always) func markCarried(_ r: Int32, from src: UnsafeMutablePointer<Value>) {
        let ri = Int(r)
        carryStamp[ri] = batchNo
        carryFrom[ri] = src
        intStamp[ri] = 0
        staleStamp[ri] = 0
    }

    /// Writes the typed integers of register r back as Values for the rows of its typed write.
    @inline(never) func materialise(_ r: Int) {
        ensureIds(r)
        let base = r &* B
        let rows = staleRows + base
        let dense = staleDense[r]
        let count = staleCount[r]
        @inline(__always) func row(_ k: Int) -> Int { base &+ (dense ? k : Int(rows[k])) }
        switch sideKind[r] {
        case 1: for k in 0..<count { let i = row(k); regs[i] = .node(Int(intSide[i])) }
        case 2: for k in 0..<count { let i = row(k); regs[i] = .double(Double(bitPattern: UInt64(bitPattern: intSide[i]))) }
        case 3: for k in 0..<count { let i = row(k); regs[i] = .bool(intSide[i] != 0) }
        case 5: for k in 0..<count { let i = row(k); regs[i] = .rel(Int(intSide[i])) }
        case 4:
            let dict = sideDicts[r]
            for k in 0..<count {
                let i = row(k)
                regs[i] = dict.map { .string($0.string(UInt32(truncatingIfNeeded: intSide[i]))) } ?? .null
            }
        default: for k in 0..<count { let i = row(k); regs[i] = .int(intSide[i]) }
        }
        staleStamp[r] = 0
    }

    /// The typed integers of register r when they are current for this batch.
    @inline(__always) func currentInts(_ r: Int32) -> UnsafeMutablePointer<Int64>? {
        r >= 0 && intStamp[Int(r)] == batchNo && sideKind[Int(r)] == 0 ? intSide + Int(r) &* B : nil
    }

    /// The typed node ids of register r when they are current for this batch.
    @inline(__always) func currentNodes(_ r: Int32) -> UnsafeMutablePointer<Int64>? {
        guard r >= 0 && intStamp[Int(r)] == batchNo && sideKind[Int(r)] == 1 else { return nil }
        ensureIds(Int(r))
        return intSide + Int(r) &* B
    }

    /// Writes the ids of a run a scan left unwritten (see CursorState.unwrittenRun).
    @inline(__always) func ensureIds(_ r: Int) {
        guard idsPending[r] == batchNo else { return }
        idsPending[r] = 0
        let d = intSide + r &* B
        let first = Int64(nodeRunBase[r])
        for i in 0..<staleCount[r] { d[i] = first &+ Int64(i) }
    }

    /// The typed side of register r when it is current for this batch and holds `kind`.
    @inline(__always) func currentSide(_ r: Int32, _ kind: UInt8) -> UnsafeMutablePointer<Int64>? {
        guard r >= 0 && intStamp[Int(r)] == batchNo && sideKind[Int(r)] == kind else { return nil }
        if kind == 1 { ensureIds(Int(r)) }
        return intSide + Int(r) &* B
    }

    /// The first node id of register r when its typed node ids are one contiguous run this
    /// batch (a top-level scan over consecutive ids), so row i holds base + i.
    @inline(__always) func currentNodeRun(_ r: Int32) -> Int? {
        r >= 0 && nodeRunStamp[Int(r)] == batchNo && intStamp[Int(r)] == batchNo && sideKind[Int(r)] == 1 ? nodeRunBase[Int(r)] : nil
    }

    /// The string codes of register r and their dictionary, when current for this batch.
    @inline(__always) func currentCodes(_ r: Int32) -> (UnsafeMutablePointer<Int64>, StringDictionary)? {
        guard let side = currentSide(r, 4), let dict = sideDicts[Int(r)] else { return nil }
        return (side, dict)
    }

    /// Starts a typed integer write to register r for the live rows: its Values become stale.
    @inline(__always) func beginIntWrite(_ r: Int32) -> UnsafeMutablePointer<Int64> { beginTypedWrite(r, 0) }

    /// Starts a typed write of `kind` to register r for the live rows.
    @inline(__always) func beginTypedWrite(_ r: Int32, _ kind: UInt8) -> UnsafeMutablePointer<Int64> {
        let ri = Int(r)
        intStamp[ri] = batchNo
        staleStamp[ri] = batchNo
        sideKind[ri] = kind
        nodeRunStamp[ri] = 0
        idsPending[ri] = 0
        if selIsDense {
            staleDense[ri] = true
        } else {
            staleDense[ri] = false
            (staleRows + ri &* B).update(from: sel, count: selCount)
        }
        staleCount[ri] = selCount
        return intSide + ri &* B
    }

    /// Marks rows 0..<n of register r as written on the typed side (sources, after selectAll);
    /// kind 0: integers, 1: node ids.
    @inline(__always) func markIntsWritten(_ r: Int32, rows n: Int, kind: UInt8 = 0) {
        let ri = Int(r)
        intStamp[ri] = batchNo
        staleStamp[ri] = batchNo
        sideKind[ri] = kind
        nodeRunStamp[ri] = 0
        idsPending[ri] = 0
        staleDense[ri] = true
        staleCount[ri] = n
    }

    /// Whether every physical row is live: the selection is then 0..<rowCount (selections only
    /// ever drop rows and keep their order), so kernels may index rows directly, a loop the
    /// compiler can vectorise.
    @inline(__always) var selIsDense: Bool { selCount == rowCount }

    /// Makes rows 0..<n live.
    @inline(__always) func selectAll(_ n: Int) {
        batchNo &+= 1
        rowCount = n
        selCount = n
        var i = 0
        while i < n { sel[i] = Int32(truncatingIfNeeded: i); i &+= 1 }
    }

    func checkInterrupts() throws {
        if cancel.isCancelled { throw QuiverError(.cancelled, "the statement was cancelled", phase: .runtime) }
        if let d = limits.deadline, Date().timeIntervalSinceReferenceDate > d {
            throw QuiverError(.resourceLimit, "the statement ran past its time limit", detail: "Timeout", phase: .runtime)
        }
    }

    /// Accounts for `n` more values held in memory by the statement.
    func reserveValues(_ n: Int) throws {
        heldValues &+= n
        if let m = limits.maxValues, heldValues > m {
            throw QuiverError(.resourceLimit, "the statement holds more than \(m) intermediate values", detail: "MemoryLimit", phase: .runtime)
        }
    }

    // MARK: The dispatch loop

    func run() throws {
        do {
            if profileCounts != nil {
                try loop(profile: true)
            } else if let plan = parallelPlanToUse() {
                try runParallel(plan)
            } else {
                try loop(profile: false)
            }
        } catch var e as QuiverError {
            if e.span == nil, current >= 0, current < program.spans.count { e.span = program.spans[current] }
            if e.phase == .compileTime && e.kind != .syntaxError { e.phase = .runtime }
            throw e
        }
    }

    /// Runs from address `start`; a parallel part (stopAt >= 0) returns when it reaches the
    /// AggNext at stopAt, leaving the rest of the program to the machine that merges.
    func loop(profile: Bool, start: Int = 0, stopAt: Int = -1) throws {
        pc = start
        let code = self.code
        var t0 = 0.0
        while true {
            let ins = code[pc]
            if profile {
                profileCounts?[pc] += 1
                t0 = Date().timeIntervalSinceReferenceDate
            }
            let at = pc
            current = at
            pc += 1
            switch ins.op {
            case .goto_: pc = Int(ins.a)
            case .halt: return
            case .open: try openCursor(Int(ins.a))
            case .onceNext:
                if counters[Int(ins.a)] == 0 { counters[Int(ins.a)] = 1; selectAll(1) } else { pc = Int(ins.b) }
            case .scanNext, .seekNext, .expandNext, .varExpandNext, .shortestNext, .unwindNext, .rangeNext:
                try checkInterrupts()
                if try !nextFromCursor(Int(ins.a)) { pc = Int(ins.b) }
            case .bufferNext: if !buffers[Int(ins.a)].next(self) { pc = Int(ins.b) }
            case .aggNext:
                if at == stopAt { return }
                if try !aggRefs[Int(ins.a)]._withUnsafeGuaranteedRef({ try $0.next(self) }) { pc = Int(ins.b) }
            case .sortNext: if try !sorters[Int(ins.a)].next(self) { pc = Int(ins.b) }
            case .optNext: if !opts[Int(ins.a)].next(self) { pc = Int(ins.b) }
            case .filter: try filter(ins)
            case .hasLabels: hasLabels(ins)
            case .distinct: try distinct(ins)
            case .relUnique: relUnique(ins)
            case .skip: try skip(ins)
            case .limit: try limit(ins)
            case .selSave: selSlots[Int(ins.a)] = Array(UnsafeBufferPointer(start: sel, count: selCount))
            case .selWhere: try selWhere(ins)
            case .selLoad:
                let s = selSlots[Int(ins.a)]
                selCount = s.count
                for (k, i) in s.enumerated() { sel[k] = i }
            case .const_:
                let dst = reg(ins.a), v = constants[Int(ins.b)]
                for k in 0..<selCount { dst[Int(sel[k])] = v }
            case .move:
                let dst = reg(ins.a)
                let (p, c) = operand(ins.b)
                if let p { for k in 0..<selCount { let i = Int(sel[k]); dst[i] = p[i] } }
                else { for k in 0..<selCount { dst[Int(sel[k])] = c } }
            case .prop: try property(ins)
            case .index: try indexOp(ins)
            case .slice: try sliceOp(ins)
            case .labelTest: labelTest(ins)
            case .makeList: makeList(ins)
            case .makeMap: makeMap(ins)
            case .makePath: makePath(ins)
            case .call: try callFunction(ins)
            case .add:
                if !intArithInRange(ins, .add), try !intArith(ins, { $0.addingReportingOverflow($1) }), !doubleArith(ins, +) {
                    try binary(ins, Ops.add)
                    try accountLists(ins.a)
                }
            case .sub:
                if !intArithInRange(ins, .sub), try !intArith(ins, { $0.subtractingReportingOverflow($1) }), !doubleArith(ins, -) {
                    try binary(ins, Ops.sub)
                }
            case .mul:
                if !intArithInRange(ins, .mul), try !intArith(ins, { $0.multipliedReportingOverflow(by: $1) }), !doubleArith(ins, *) {
                    try binary(ins, Ops.mul)
                }
            case .div: try binary(ins, Ops.div)
            case .mod: if !intModuloByConstant(ins), try !intArith(ins, { $1 == 0 ? (0, true) : $0.remainderReportingOverflow(dividingBy: $1) }) { try binary(ins, Ops.mod) }
            case .pow: try binary(ins, Ops.pow)
            case .neg: try unary(ins, Ops.neg)
            case .not: try unary(ins, Ops.not)
            case .and: try binary(ins, Ops.and)
            case .or: try binary(ins, Ops.or)
            case .xor: try binary(ins, Ops.xor)
            case .eq: if !codeEquality(ins, equal: true) { binaryNoThrow(ins, Ops.eq) }
            case .ne: if !codeEquality(ins, equal: false) { binaryNoThrow(ins, Ops.ne) }
            case .lt: if !intCompare(ins, { $0 < $1 }) { binaryNoThrow(ins) { Ops.compare($0, $1) { $0 < 0 } } }
            case .le: if !intCompare(ins, { $0 <= $1 }) { binaryNoThrow(ins) { Ops.compare($0, $1) { $0 <= 0 } } }
            case .gt: if !intCompare(ins, { $0 > $1 }) { binaryNoThrow(ins) { Ops.compare($0, $1) { $0 > 0 } } }
            case .ge: if !intCompare(ins, { $0 >= $1 }) { binaryNoThrow(ins) { Ops.compare($0, $1) { $0 >= 0 } } }
            case .isNull: try unary(ins) { .bool($0.isNull) }
            case .isNotNull: try unary(ins) { .bool(!$0.isNull) }
            case .startsWith: binaryNoThrow(ins) { Ops.stringPredicate($0, $1) { $0.hasPrefix($1) } }
            case .endsWith: binaryNoThrow(ins) { Ops.stringPredicate($0, $1) { $0.hasSuffix($1) } }
            case .contains: binaryNoThrow(ins) { Ops.stringPredicate($0, $1) { $1.isEmpty || $0.contains($1) } }
            case .in_: try binary(ins, Ops.inList)
            case .aggStep:
                let groups = try aggRefs[Int(ins.a)]._withUnsafeGuaranteedRef { agg in
                    try agg.step(self)
                    return agg.groupCount
                }
                if groups > partGroupLimit { throw ParallelPartAbandoned() }
            case .sortAppend: try sorters[Int(ins.a)].append(self)
            case .bufferAppend: try buffers[Int(ins.a)].append(self)
            case .optStart: opts[Int(ins.a)].start(self)
            case .optCollect: try opts[Int(ins.a)].collect(self)
            case .optFinish: try opts[Int(ins.a)].finish(self)
            case .resultRow: try resultRow(ins)
            case .createNode: try createNode(ins)
            case .createRel: try createRel(ins)
            case .countDegrees: countDegrees(ins)
            case .sumNeighbourDegrees: sumNeighbourDegrees(ins)
            case .filterProp: try filterProperty(ins)
            }
            if profile { profileTimes?[at] += Date().timeIntervalSinceReferenceDate - t0 }
        }
    }

    // MARK: Expression kernels

    @inline(__always)
    func binary(_ ins: Instruction, _ f: (Value, Value) throws -> Value) throws {
        let dst = reg(ins.a)
        let (pa, ca) = operand(ins.b), (pb, cb) = operand(ins.c)
        var k = 0
        let n = selCount
        if let pa, let pb {
            while k < n { let i = Int(sel[k]); dst[i] = try f(pa[i], pb[i]); k &+= 1 }
        } else if let pa {
            while k < n { let i = Int(sel[k]); dst[i] = try f(pa[i], cb); k &+= 1 }
        } else if let pb {
            while k < n { let i = Int(sel[k]); dst[i] = try f(ca, pb[i]); k &+= 1 }
        } else {
            while k < n { let i = Int(sel[k]); dst[i] = try f(ca, cb); k &+= 1 }
        }
    }

    /// Dense typed integers whose range rules overflow out: every value non-negative and below
    /// 2^62 (add, sub) or 2^31 (mul, and a constant operand below 2^31), checked by one
    /// or-reduction per operand. Wrapping arithmetic then gives the exact result, and the
    /// loops vectorise (a product of two values below 2^31 is one 32 x 32 -> 64 multiply).
    @inline(__always)
    func intArithInRange(_ ins: Instruction, _ op: Opcode) -> Bool {
        guard selIsDense, ins.b >= 0, ins.a != ins.b, ins.a != ins.c, let ta = currentInts(ins.b) else { return false }
        let n = selCount
        let limit: UInt64 = op == .mul ? 1 << 31 : 1 << 62
        @inline(__always) func low32(_ x: Int64) -> UInt64 { UInt64(UInt32(truncatingIfNeeded: x)) }
        var bits: UInt64 = 0
        for i in 0..<n { bits |= UInt64(bitPattern: ta[i]) }
        guard bits < limit else { return false }
        let d = intSide + Int(ins.a) &* B
        if ins.c < 0 {
            guard case .int(let y) = constants[Int(-1 - ins.c)], y >= 0, UInt64(y) < limit else { return false }
            switch op {
            case .add: for i in 0..<n { d[i] = ta[i] &+ y }
            case .sub: for i in 0..<n { d[i] = ta[i] &- y }
            case .mul:
                let c = low32(y)
                for i in 0..<n { d[i] = Int64(bitPattern: low32(ta[i]) &* c) }
            default: return false
            }
        } else {
            guard let tb = currentInts(ins.c) else { return false }
            var bitsB: UInt64 = 0
            for i in 0..<n { bitsB |= UInt64(bitPattern: tb[i]) }
            guard bitsB < limit else { return false }
            switch op {
            case .add: for i in 0..<n { d[i] = ta[i] &+ tb[i] }
            case .sub: for i in 0..<n { d[i] = ta[i] &- tb[i] }
            case .mul: for i in 0..<n { d[i] = Int64(bitPattern: low32(ta[i]) &* low32(tb[i])) }
            default: return false
            }
        }
        _ = beginIntWrite(ins.a)
        return true
    }

    /// Integer fast path for arithmetic: register op (register or constant), every live value
    /// an Int64. Returns false, having written nothing, when any operand is not an integer (or
    /// the result overflows: the general path then raises the precise error).
    @inline(__always)
    func intArith(_ ins: Instruction, _ f: (Int64, Int64) -> (partialValue: Int64, overflow: Bool)) throws -> Bool {
        guard ins.b >= 0 else { return false }
        if let ta = currentInts(ins.b) {
            // Typed in, typed out: no Value is read or written.
            let n = selCount
            // Every row live and the output register distinct from the inputs: one pass that
            // writes as it checks (the output's typed side is marked only when no row overflowed).
            let direct = selIsDense && ins.a != ins.b && ins.a != ins.c
            if ins.c < 0 {
                guard case .int(let y) = constants[Int(-1 - ins.c)] else { return false }
                if direct {
                    let d = intSide + Int(ins.a) &* B
                    // Overflow gathered without a branch per row (a bit, or-ed in).
                    var overflow: UInt8 = 0
                    for i in 0..<n { let r = f(ta[i], y); d[i] = r.partialValue; overflow |= r.overflow ? 1 : 0 }
                    if overflow != 0 { return false }
                    _ = beginIntWrite(ins.a)
                    return true
                }
                for k in 0..<n where f(ta[Int(sel[k])], y).overflow { return false }
                let d = beginIntWrite(ins.a)
                for k in 0..<n { let i = Int(sel[k]); d[i] = f(ta[i], y).partialValue }
                return true
            }
            if let tb = currentInts(ins.c) {
                if direct {
                    let d = intSide + Int(ins.a) &* B
                    var overflow: UInt8 = 0
                    for i in 0..<n { let r = f(ta[i], tb[i]); d[i] = r.partialValue; overflow |= r.overflow ? 1 : 0 }
                    if overflow != 0 { return false }
                    _ = beginIntWrite(ins.a)
                    return true
                }
                for k in 0..<n { let i = Int(sel[k]); if f(ta[i], tb[i]).overflow { return false } }
                let d = beginIntWrite(ins.a)
                for k in 0..<n { let i = Int(sel[k]); d[i] = f(ta[i], tb[i]).partialValue }
                return true
            }
        }
        let pa = reg(ins.b)
        let n = selCount
        var k = 0
        if ins.c < 0 {
            guard case .int(let y) = constants[Int(-1 - ins.c)] else { return false }
            while k < n {
                guard case .int(let x) = pa[Int(sel[k])] else { return false }
                if f(x, y).overflow { return false }
                k &+= 1
            }
            let dst = reg(ins.a)
            k = 0
            while k < n {
                let i = Int(sel[k])
                if case .int(let x) = pa[i] { dst[i] = .int(f(x, y).partialValue) }
                k &+= 1
            }
            return true
        }
        let pb = reg(ins.c)
        while k < n {
            let i = Int(sel[k])
            guard case .int(let x) = pa[i], case .int(let y) = pb[i] else { return false }
            if f(x, y).overflow { return false }
            k &+= 1
        }
        let dst = reg(ins.a)
        k = 0
        while k < n {
            let i = Int(sel[k])
            if case .int(let x) = pa[i], case .int(let y) = pb[i] { dst[i] = .int(f(x, y).partialValue) }
            k &+= 1
        }
        return true
    }

    /// Typed integers modulo an integer constant: the division by the constant becomes a
    /// multiplication by its precomputed reciprocal (ConstantDivisor), as compilers do for a
    /// literal divisor; a hardware division per row costs several times more.
    @inline(__always)
    func intModuloByConstant(_ ins: Instruction) -> Bool {
        guard ins.c < 0, let ta = currentInts(ins.b), case .int(let y) = constants[Int(-1 - ins.c)],
              let divisor = ConstantDivisor(y) else { return false }
        let n = selCount
        if selIsDense && ins.a != ins.b {
            let d = intSide + Int(ins.a) &* B
            // Every value in 0..<2^31 (ids, ages, counts): 32-bit multiplies, which vectorise.
            var bits: UInt64 = 0
            for i in 0..<n { bits |= UInt64(bitPattern: ta[i]) }
            if bits < 1 << 31, let small = divisor.small31 {
                for i in 0..<n { d[i] = small.remainder(ta[i]) }
            } else {
                for i in 0..<n { d[i] = divisor.remainder(ta[i]) }
            }
            _ = beginIntWrite(ins.a)
            return true
        }
        let d = beginIntWrite(ins.a)
        for k in 0..<n { let i = Int(sel[k]); d[i] = divisor.remainder(ta[i]) }
        return true
    }

    /// String equality over dictionary codes: a code register against a string constant, or
    /// two code registers of one dictionary. Typed booleans out (codes are never null).
    @inline(__always)
    func codeEquality(_ ins: Instruction, equal: Bool) -> Bool {
        guard let (ta, dict) = currentCodes(ins.b) else { return false }
        let n = selCount
        if ins.c < 0 {
            guard case .string(let s) = constants[Int(-1 - ins.c)] else { return false }
            // A string the column never holds matches no row: code -1 equals no code.
            let y = dict.code(s).map { Int64($0) } ?? -1
            let d = beginTypedWrite(ins.a, 3)
            for k in 0..<n { let i = Int(sel[k]); d[i] = (ta[i] == y) == equal ? 1 : 0 }
            return true
        }
        guard let (tb, dictB) = currentCodes(ins.c), dictB === dict else { return false }
        let d = beginTypedWrite(ins.a, 3)
        for k in 0..<n { let i = Int(sel[k]); d[i] = (ta[i] == tb[i]) == equal ? 1 : 0 }
        return true
    }

    /// Integer fast path for comparisons against a register or constant.
    @inline(__always)
    func intCompare(_ ins: Instruction, _ f: (Int64, Int64) -> Bool) -> Bool {
        guard ins.b >= 0 else { return false }
        if let ta = currentInts(ins.b) {
            // Typed integers on the left: compare without building Values; typed booleans out.
            let n = selCount
            if ins.c < 0 {
                guard case .int(let y) = constants[Int(-1 - ins.c)] else { return false }
                let d = beginTypedWrite(ins.a, 3)
                for k in 0..<n { let i = Int(sel[k]); d[i] = f(ta[i], y) ? 1 : 0 }
                return true
            }
            if let tb = currentInts(ins.c) {
                let d = beginTypedWrite(ins.a, 3)
                for k in 0..<n { let i = Int(sel[k]); d[i] = f(ta[i], tb[i]) ? 1 : 0 }
                return true
            }
        }
        let pa = reg(ins.b)
        let n = selCount
        var k = 0
        let (pb, cb) = operand(ins.c)
        while k < n {
            let i = Int(sel[k])
            guard case .int = pa[i] else { return false }
            if let pb { guard case .int = pb[i] else { return false } } else { guard case .int = cb else { return false } }
            k &+= 1
        }
        let dst = reg(ins.a)
        k = 0
        if let pb {
            while k < n {
                let i = Int(sel[k])
                if case .int(let x) = pa[i], case .int(let y) = pb[i] { dst[i] = .bool(f(x, y)) }
                k &+= 1
            }
        } else if case .int(let y) = cb {
            while k < n {
                let i = Int(sel[k])
                if case .int(let x) = pa[i] { dst[i] = .bool(f(x, y)) }
                k &+= 1
            }
        }
        return true
    }

    /// Typed double arithmetic: operands on the typed side as doubles or integers (or numeric
    /// constants), at least one of them a double; the result goes to the typed side as doubles.
    @inline(__always)
    func doubleArith(_ ins: Instruction, _ f: (Double, Double) -> Double) -> Bool {
        @inline(__always) func side(_ v: Int32) -> (UnsafeMutablePointer<Int64>?, UInt8, Double)? {
            if v < 0 {
                switch constants[Int(-1 - v)] {
                case .int(let x): return (nil, 0, Double(x))
                case .double(let x): return (nil, 2, x)
                default: return nil
                }
            }
            if let p = currentSide(v, 2) { return (p, 2, 0) }
            if let p = currentSide(v, 0) { return (p, 0, 0) }
            return nil
        }
        guard let a = side(ins.b), let b = side(ins.c), a.1 == 2 || b.1 == 2, a.0 != nil || b.0 != nil else { return false }
        @inline(__always) func load(_ s: (UnsafeMutablePointer<Int64>?, UInt8, Double), _ i: Int) -> Double {
            guard let p = s.0 else { return s.2 }
            return s.1 == 2 ? Double(bitPattern: UInt64(bitPattern: p[i])) : Double(p[i])
        }
        let d = beginTypedWrite(ins.a, 2)
        for k in 0..<selCount {
            let i = Int(sel[k])
            d[i] = Int64(bitPattern: f(load(a, i), load(b, i)).bitPattern)
        }
        return true
    }

    @inline(__always)
    func binaryNoThrow(_ ins: Instruction, _ f: (Value, Value) -> Value) {
        let dst = reg(ins.a)
        let (pa, ca) = operand(ins.b), (pb, cb) = operand(ins.c)
        var k = 0
        let n = selCount
        if let pa, let pb {
            while k < n { let i = Int(sel[k]); dst[i] = f(pa[i], pb[i]); k &+= 1 }
        } else if let pa {
            while k < n { let i = Int(sel[k]); dst[i] = f(pa[i], cb); k &+= 1 }
        } else if let pb {
            while k < n { let i = Int(sel[k]); dst[i] = f(ca, pb[i]); k &+= 1 }
        } else {
            while k < n { let i = Int(sel[k]); dst[i] = f(ca, cb); k &+= 1 }
        }
    }

    @inline(__always)
    func unary(_ ins: Instruction, _ f: (Value) throws -> Value) throws {
        let dst = reg(ins.a)
        let (pa, ca) = operand(ins.b)
        for k in 0..<selCount { let i = Int(sel[k]); dst[i] = try f(pa?[i] ?? ca) }
    }

    func filter(_ ins: Instruction) throws {
        if let t = currentSide(ins.a, 3) {
            // Typed booleans (never null): keep the rows holding 1.
            var o = 0
            for k in 0..<selCount { let i = sel[k]; sel[o] = i; o &+= Int(t[Int(i)] & 1) }
            selCount = o
            if o == 0 { pc = Int(ins.b) }
            return
        }
        let src = reg(ins.a)
        var out = 0
        for k in 0..<selCount {
            let i = sel[k]
            switch src[Int(i)] {
            case .bool(true): sel[out] = i; out &+= 1
            case .bool(false), .null: break
            default: throw Ops.typeError("expected a Boolean predicate, got \(src[Int(i)].typeName)")
            }
        }
        selCount = out
        if out == 0 { pc = Int(ins.b) }
    }

    func selWhere(_ ins: Instruction) throws {
        let src = reg(ins.a)
        var out = 0
        var rest: [Int32] = []
        for k in 0..<selCount {
            let i = sel[k]
            switch src[Int(i)] {
            case .bool(true): sel[out] = i; out &+= 1
            case .bool(false), .null: rest.append(i)
            default: throw Ops.typeError("expected a Boolean condition, got \(src[Int(i)].typeName)")
            }
        }
        selCount = out
        selSlots[Int(ins.b)] = rest
    }

    func hasLabels(_ ins: Instruction) {
        guard case .labels(let names) = aux[Int(ins.c)] else { return }
        let ids = names.map { store.labels.id($0) }
        let src = reg(ins.a)
        var out = 0
        if ids.contains(where: { $0 == nil }) { out = 0 } else {
            let want = ids.compactMap { $0 }
            for k in 0..<selCount {
                let i = sel[k]
                if case .node(let n) = src[Int(i)], want.allSatisfy({ store.hasLabel(n, $0) }) { sel[out] = i; out &+= 1 }
            }
        }
        selCount = out
        if out == 0 { pc = Int(ins.b) }
    }

    func labelTest(_ ins: Instruction) {
        guard case .labels(let names) = aux[Int(ins.c)] else { return }
        let ids = names.map { store.labels.id($0) }
        let dst = reg(ins.a)
        let (p, c) = operand(ins.b)
        for k in 0..<selCount {
            let i = Int(sel[k])
            switch p?[i] ?? c {
            case .node(let n):
                dst[i] = .bool(ids.allSatisfy { id in id.map { store.hasLabel(n, $0) } ?? false })
            case .null: dst[i] = .null
            default: dst[i] = .null
            }
        }
    }

    /// Counts the elements of lists a batch instruction built against the memory limit.
    func accountLists(_ r: Int32) throws {
        guard limits.maxValues != nil else { return }
        let p = reg(r)
        var n = 0
        for k in 0..<selCount { if case .list(let xs) = p[Int(sel[k])] { n += xs.count } }
        if n > 0 { try reserveValues(n) }
    }

    func distinct(_ ins: Instruction) throws {
        guard case .sources(let srcs) = aux[Int(ins.c)] else { return }
        let set = Int(ins.d)
        var out = 0
        for k in 0..<selCount {
            let i = Int(sel[k])
            let key = srcs.map { GroupKey(value($0, i)) }
            if sets[set].insert(key).inserted { sel[out] = Int32(i); out &+= 1 }
        }
        try reserveValues(out * max(1, srcs.count))
        selCount = out
        if out == 0 { pc = Int(ins.b) }
    }

    /// The id of a relationship Value, -1 for null, nil for anything else.
    @inline(__always) static func relId(_ v: Value) -> Int64? {
        switch v { case .rel(let r): return Int64(r); case .null: return -1; default: return nil }
    }

    func relUnique(_ ins: Instruction) {
        guard case .sources(let srcs) = aux[Int(ins.c)] else { return }
        var out = 0
        if srcs.count == 2 {
            // Two single relationships (the common two-hop pattern): one comparison per row,
            // once every live row is known to hold a relationship or null (lists take the
            // general loop below). Typed relationship ids (an expansion's output) are read as
            // they are; Values are read as ids first (-1: null).
            // Each side's ids for the live rows, in `ids`: typed ids as they are, Values read
            // as ids (-1: null); nil when some live row holds anything else.
            let n = selCount
            func ids(_ s: Int32, into ids: UnsafeMutablePointer<Int64>) -> Bool {
                if let t = currentSide(s, 5) {
                    for k in 0..<n { ids[k] = t[Int(sel[k])] }
                    return true
                }
                if s < 0 {
                    let v = constants[Int(-1 - s)]
                    guard let x = Machine.relId(v) else { return false }
                    for k in 0..<n { ids[k] = x }
                    return true
                }
                let (p, viaOrigin) = readView(s)
                for k in 0..<n {
                    let i = Int(sel[k])
                    guard let x = Machine.relId(p[viaOrigin ? Int(origin[i]) : i]) else { return false }
                    ids[k] = x
                }
                return true
            }
            let a = relScratch, b = relScratch + B
            if ids(srcs[0], into: a), ids(srcs[1], into: b) {
                for k in 0..<n where a[k] < 0 || a[k] != b[k] { sel[out] = sel[k]; out &+= 1 }
                selCount = out
                if out == 0 { pc = Int(ins.b) }
                return
            }
        }
        var seen = Set<Int>()
        for k in 0..<selCount {
            let i = Int(sel[k])
            seen.removeAll(keepingCapacity: true)
            var ok = true
            outer: for s in srcs {
                switch value(s, i) {
                case .rel(let r): if !seen.insert(r).inserted { ok = false; break outer }
                case .list(let xs):
                    for case .rel(let r) in xs where !seen.insert(r).inserted { ok = false; break outer }
                default: break
                }
            }
            if ok { sel[out] = Int32(i); out &+= 1 }
        }
        selCount = out
        if out == 0 { pc = Int(ins.b) }
    }

    func countArgument(_ v: Int32, _ what: String) throws -> Int {
        switch value(v, selCount > 0 ? Int(sel[0]) : 0) {
        case .int(let n) where n >= 0: return Int(min(n, Int64(Int.max / 2)))
        case .int: throw QuiverError(.syntaxError, "\(what) must be a non-negative integer", detail: "NegativeIntegerArgument", phase: .runtime)
        default: throw QuiverError(.syntaxError, "\(what) must be a non-negative integer", detail: "InvalidArgumentType", phase: .runtime)
        }
    }

    func skip(_ ins: Instruction) throws {
        let n = try countArgument(ins.c, "SKIP")
        let c = Int(ins.d)
        let drop = min(selCount, max(0, n - counters[c]))
        counters[c] += drop
        if drop > 0 {
            for k in drop..<selCount { sel[k - drop] = sel[k] }
            selCount -= drop
        }
        if selCount == 0 { pc = Int(ins.b) }
    }

    func limit(_ ins: Instruction) throws {
        let n = try countArgument(ins.c, "LIMIT")
        let c = Int(ins.d)
        let remaining = n - counters[c]
        if remaining <= 0 { pc = Int(ins.a); return }
        if selCount > remaining { selCount = remaining }
        counters[c] += selCount
    }

    func resultRow(_ ins: Instruction) throws {
        guard case .sources(let srcs) = aux[Int(ins.a)] else { return }
        if let m = limits.maxRows, resultRowCount + selCount > m {
            throw QuiverError(.resourceLimit, "the statement returns more than \(m) rows", detail: "RowLimit", phase: .runtime)
        }
        resultWidth = srcs.count
        resultCells.reserveCapacity(resultCells.count + selCount * srcs.count)
        for k in 0..<selCount {
            let i = Int(sel[k])
            for s in srcs { resultCells.append(value(s, i)) }
        }
        resultRowCount += selCount
        try reserveValues(selCount * srcs.count)
    }

    func callFunction(_ ins: Instruction) throws {
        guard case .sources(let srcs) = aux[Int(ins.c)] else { return }
        let fn = functions[Int(ins.b)]
        let dst = reg(ins.a)
        var args = [Value](repeating: .null, count: srcs.count)
        for k in 0..<selCount {
            let i = Int(sel[k])
            for (j, s) in srcs.enumerated() { args[j] = value(s, i) }
            dst[i] = try fn.impl(args, self)
        }
    }

    func makeList(_ ins: Instruction) {
        guard case .sources(let srcs) = aux[Int(ins.b)] else { return }
        let dst = reg(ins.a)
        for k in 0..<selCount {
            let i = Int(sel[k])
            dst[i] = .list(srcs.map { value($0, i) })
        }
    }

    func makeMap(_ ins: Instruction) {
        guard case .map(let keys, let vals) = aux[Int(ins.b)] else { return }
        let dst = reg(ins.a)
        for k in 0..<selCount {
            let i = Int(sel[k])
            var m: [String: Value] = [:]
            for (key, v) in zip(keys, vals) { m[key] = value(v, i) }
            dst[i] = .map(m)
        }
    }

    func makePath(_ ins: Instruction) {
        guard case .path(let nodes, let rels, let isList) = aux[Int(ins.b)] else { return }
        let dst = reg(ins.a)
        row: for k in 0..<selCount {
            let i = Int(sel[k])
            guard let first = nodes.first, case .node(var cur) = value(first, i) else { dst[i] = .null; continue }
            var p = PathValue(nodes: [cur], rels: [])
            for (j, r) in rels.enumerated() {
                var list: [Int] = []
                switch value(r, i) {
                case .rel(let x) where !isList[j]: list = [x]
                case .list(let xs) where isList[j]:
                    for case .rel(let x) in xs { list.append(x) }
                default: dst[i] = .null; continue row
                }
                for x in list {
                    guard let (s, d) = store.relEnds(x) else { dst[i] = .null; continue row }
                    cur = (s == cur) ? d : s
                    p.rels.append(x); p.nodes.append(cur)
                }
            }
            dst[i] = .path(p)
        }
    }

    func sumNeighbourDegrees(_ ins: Instruction) {
        guard case .twoHopDegrees(let t1, let d1, let t2, let d2) = aux[Int(ins.c)] else { return }
        func ids(_ names: [String]) -> [Int] { names.isEmpty ? Array(0..<store.types.count) : names.compactMap { store.types.id($0) } }
        neighbourDegreeSums(EdgeLists(store, types: ids(t1), direction: d1), EdgeLists(store, types: ids(t2), direction: d2),
                            src: reg(ins.b), dst: reg(ins.a))
    }

    func countDegrees(_ ins: Instruction) {
        guard case .degrees(let typeNames, let dir) = aux[Int(ins.c)] else { return }
        let types = typeNames.isEmpty ? Array(0..<store.types.count) : typeNames.compactMap { store.types.id($0) }
        // Self loops count once in an undirected pattern (EdgeLists skips their incoming copy).
        degrees(EdgeLists(store, types: types, direction: dir), src: reg(ins.b), dst: reg(ins.a))
    }
}
