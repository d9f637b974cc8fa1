// Machine+Lifecycle: a machine's state between runs: back to the start for a rerun (a
// parallel split that gave up), ready again for a cached program's next run, and the result
// rows handed out as API values.

extension Machine {
    /// Back to the state a program starts from, keeping what was allocated: cursors and
    /// aggregations reset in place (Open sets the rest of a cursor), other sinks fresh.
    /// A parallel split that gave up reruns from here.
    func resetForRerun() {
        for c in cursors { c.resetForReuse() }
        for a in aggs { a.reset() }
        if !sorters.isEmpty { sorters = program.sorts.map { SortState(spec: $0) } }
        if !buffers.isEmpty { buffers = program.buffers.map { BufferState(regs: $0) } }
        if !opts.isEmpty { opts = program.optionals.map { OptState(spec: $0) } }
        for i in counters.indices { counters[i] = 0 }
        for i in sets.indices { sets[i].removeAll(keepingCapacity: true) }
        clearResults()
        heldValues = 0
        partGroupLimit = Int.max
    }

    /// Makes a machine that ran its program to the end ready to run it again (a cached
    /// program's machine): registers stay allocated; stamps of the last run can never match
    /// (batchNo only grows). Its store is kept: a cached program is reused only while the
    /// graph's generation, and so its snapshot, is the one it ran on.
    func prepareForReuse(functions: [FunctionDef], limits: MachineLimits) {
        self.functions = functions
        self.limits = limits
        resetForRerun()
        stats = UpdateStats()
        pc = 0
        current = 0
        profileCounts = nil
        profileTimes = nil
    }

    /// The result rows as API values: without the store when they hold no graph entity,
    /// else with one copy of it for the whole conversion.
    func resultValues() -> [[CypherValue]] {
        let width = resultWidth, count = resultRowCount
        var out: [[CypherValue]] = []
        out.reserveCapacity(count)
        var scalar = true
        resultCells.withUnsafeBufferPointer { cells in
            for r in 0..<count {
                var converted: [CypherValue] = []
                converted.reserveCapacity(width)
                for v in cells[(r * width)..<((r + 1) * width)] {
                    guard let c = v.scalarCypher() else { scalar = false; return }
                    converted.append(c)
                }
                out.append(converted)
            }
        }
        if scalar { return out }
        let s = store
        return (0..<count).map { r in resultCells[(r * width)..<((r + 1) * width)].map { $0.cypher(s) } }
    }

    /// No result rows; the cells' storage is kept when small (a cached machine runs again).
    func clearResults() {
        if !resultCells.isEmpty { resultCells.removeAll(keepingCapacity: resultCells.count <= 4096) }
        resultRowCount = 0
    }
}
