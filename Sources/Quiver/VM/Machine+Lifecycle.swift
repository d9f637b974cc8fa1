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
        rows = []
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
        var out: [[CypherValue]] = []
        out.reserveCapacity(rows.count)
        for row in rows {
            var converted: [CypherValue] = []
            converted.reserveCapacity(row.count)
            for v in row {
                guard let c = v.scalarCypher() else {
                    let s = store
                    return rows.map { $0.map { $0.cypher(s) } }
                }
                converted.append(c)
            }
            out.append(converted)
        }
        return out
    }
}
