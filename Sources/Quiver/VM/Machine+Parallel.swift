// Machine+Parallel: runs a ParallelPlan. The node list of the plan's scan is cut into one
// slice per thread; this machine and one new machine per extra slice run the loop over their
// slice up to the AggNext (DispatchQueue.concurrentPerform, this thread included), then this
// machine adds the other parts' groups into its own aggregation and runs the rest of the
// program alone. Parts share only the read-only store snapshot and the cancel token.
import Foundation

/// Lets the parts' machines and error slots cross into concurrentPerform's threads: each
/// part touches only its own machine and its own slot until every part has finished.
private final class PartsBox: @unchecked Sendable {
    let machines: [Machine]
    let errors: UnsafeMutablePointer<Error?>
    init(_ machines: [Machine]) {
        self.machines = machines
        errors = .allocate(capacity: machines.count)
        errors.initialize(repeating: nil, count: machines.count)
    }
    deinit {
        errors.deinitialize(count: machines.count)
        errors.deallocate()
    }
}

/// Thrown by a parallel part whose aggregation grew too many groups.
struct ParallelPartAbandoned: Error {}

extension Machine {
    /// The plan to run in parallel, when the program has one and its scan is big enough.
    func parallelPlanToUse() -> ParallelPlan? {
        guard limits.threads > 1, let plan = parallelPlan,
              scanLength(plan.scanCursor) >= max(limits.parallelMinimumNodes, 2) else { return nil }
        return plan
    }

    /// Length of the node list a scan cursor walks.
    private func scanLength(_ c: Int) -> Int {
        guard case .scan(let label, _) = program.cursors[c].kind else { return 0 }
        guard let label else { return store.nodeCount }
        return store.labels.id(label).map { store.nodesWithLabel($0).count } ?? 0
    }

    func runParallel(_ plan: ParallelPlan) throws {
        let length = scanLength(plan.scanCursor)
        let parts = max(1, min(limits.threads, length))
        var machines: [Machine] = [self]
        for _ in 1..<parts {
            machines.append(Machine(program: program, store: store, functions: functions, cancel: cancel, limits: limits))
        }
        for (k, m) in machines.enumerated() {
            m.cursors[plan.scanCursor].scanFrom = length * k / parts
            m.cursors[plan.scanCursor].scanTo = length * (k + 1) / parts
            // Many groups (a key near-unique per row) make the merge as slow as the scan:
            // such a part stops early and the statement runs on one thread instead.
            m.partGroupLimit = limits.parallelPartGroupLimit ?? max(1 << 16, length / parts / 8)
        }
        let box = PartsBox(machines)
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            let m = box.machines[k]
            do { try m.loop(profile: false, start: 0, stopAt: plan.drain) } catch var e as QuiverError {
                // Located here: run() only knows where this machine stopped.
                if e.span == nil, m.current >= 0, m.current < m.program.spans.count { e.span = m.program.spans[m.current] }
                box.errors[k] = e
            } catch { box.errors[k] = error }
        }
        // The first slice's error is the one a single thread would have met first.
        for k in 0..<parts {
            guard let e = box.errors[k] else { continue }
            if e is ParallelPartAbandoned { break }
            throw e
        }
        if (0..<parts).contains(where: { box.errors[$0] is ParallelPartAbandoned }) {
            resetForRerun()
            try loop(profile: false)
            return
        }
        partGroupLimit = Int.max
        let agg = aggs[plan.aggregation]
        do {
            for other in machines.dropFirst() {
                try agg.absorb(other.aggs[plan.aggregation], self)
                try reserveValues(other.heldValues)
            }
        } catch var e as QuiverError {
            // A merge error (an overflowing sum) belongs to the AggStep, as on one thread.
            if e.span == nil { e.span = program.spans[plan.drain - 2] }
            throw e
        }
        try loop(profile: false, start: plan.drain)
    }
}

extension AggState {
    /// Adds another part's groups into this state: same keys meet in one group, whose
    /// accumulators combine (counts and sums add, min and max compare, averages pool).
    func absorb(_ other: AggState, _ m: Machine) throws {
        var target = [Int](repeating: 0, count: other.groupCount)
        if other.keysAreInts {
            // One integer key (the common case): probe every key, then add the new groups'
            // keys and accumulators in bulk.
            if keysAreInts { intKeys.reserveCapacity(intKeys.count + other.groupCount) }
            let before = groupCount
            var next = groupCount
            for g in 0..<other.groupCount {
                let x = other.intKeys[g]
                let (found, inserted) = singleIntIndex.findOrInsert(x, next: next)
                if inserted {
                    if keysAreInts { intKeys.append(x) } else { keyFlat.append(.int(x)) }
                    next += 1
                }
                target[g] = found
            }
            addAccumulators(count: next - before)
            try m.reserveValues((next - before) * (1 + spec.aggregates.count))
        } else {
            for g in 0..<other.groupCount {
                target[g] = try group(for: other.keys(of: g), m)
            }
        }
        for j in 0..<spec.aggregates.count {
            if isCount[j] {
                counts[j].withUnsafeMutableBufferPointer { mine in
                    other.counts[j].withUnsafeBufferPointer { theirs in
                        for g in 0..<theirs.count { mine[target[g]] &+= theirs[g] }
                    }
                }
                continue
            }
            let kind = spec.aggregates[j].kind
            for g in 0..<other.groupCount {
                accs[j][target[g]] = try Self.merge(accs[j][target[g]], other.accs[j][g], kind)
            }
        }
    }

    /// The group of a key, created when new, found the way assignGroups finds it.
    private func group(for key: [Value], _ m: Machine) throws -> Int {
        if key.isEmpty {
            if groupCount == 0 { _ = newGroup([]) }
            return 0
        }
        if key.count == 1, case .int(let x) = key[0] {
            let (g, inserted) = singleIntIndex.findOrInsert(x, next: groupCount)
            if inserted {
                _ = newIntGroup(x)
                try m.reserveValues(1 + spec.aggregates.count)
            }
            return g
        }
        let gk = key.map { GroupKey($0) }
        if key.count == 1, case .double(let d) = key[0], let x = Int64(exactly: d), let found = singleIntIndex.find(x) { return found }
        if let found = groupIndex[gk] { return found }
        let g = newGroup(key)
        groupIndex[gk] = g
        if key.count == 1, case .double(let d) = key[0], let x = Int64(exactly: d) { singleIntIndex.insert(x, g) }
        try m.reserveValues(key.count + spec.aggregates.count)
        return g
    }

    private static func merge(_ a: Accumulator, _ b: Accumulator, _ kind: AggKind) throws -> Accumulator {
        switch (a, b) {
        case (.count(let x), .count(let y)): return .count(x &+ y)
        case (.sum(let x), .sum(let y)):
            do { return .sum(try Ops.add(x, y)) } catch let e as QuiverError where e.detail == "IntegerOverflow" { throw Ops.overflow("sum()") }
        case (.avg(let s1, let n1, let f1), .avg(let s2, let n2, let f2)): return .avg(s1 + s2, n1 + n2, f1 || f2)
        case (.minmax(let x), .minmax(let y)):
            guard let x else { return .minmax(y) }
            guard let y else { return .minmax(x) }
            let c = Value.orderCompare(y, x)
            return .minmax(kind == .min ? (c < 0 ? y : x) : (c > 0 ? y : x))
        default: return a
        }
    }
}
