// Engine: one statement from AST to result: compile against the current snapshot, run the
// program (on a private copy of the store when it writes), commit, and convert the rows.
import Foundation
import QuiverSyntax

enum Engine {
    static let builtinFunctions: [FunctionDef] = Functions.table.values.sorted { $0.name.lowercased() < $1.name.lowercased() }
    /// Lower-cased builtin name -> index in builtinFunctions (and in every function list).
    static let builtinIndex: [String: Int] = Dictionary(builtinFunctions.enumerated().map { ($1.name.lowercased(), $0) },
                                                         uniquingKeysWith: { a, _ in a })

    /// The program a query compiles to in a session, against the graph as it is now (tests).
    static func program(_ query: String, session: Session) throws -> Program {
        let source = SourceText(query, name: "<query>")
        let stmt = try Parser.parseStatement(source)
        let params = session.parameters.mapValues { Value(cypher: $0) }
        return try Compiler(source: source, parameters: params, functions: builtinFunctions, store: session.graph.snapshot).compile(stmt)
    }

    static func execute(_ stmt: Statement, source: SourceText, graph: Graph, parameters: [String: CypherValue],
                        options: SessionOptions, hostFunctions: [FunctionDef] = [], cancel: CancelToken = CancelToken(),
                        cache: ProgramCache? = nil) throws -> QueryResult {
        let started = Date()
        if stmt.clauses.count == 1, case .copy(let c) = stmt.clauses[0] {
            if stmt.mode != .run {
                throw QuiverError(.unsupportedFeature, "EXPLAIN and PROFILE do not apply to COPY", detail: "COPY", span: c.span)
            }
            guard options.allowFileAccess else {
                throw QuiverError(.ioError, "file access is switched off for this session", detail: "FileAccessDenied", span: c.pathSpan)
            }
            let stats = try graph.write { store in try Importer.copy(c, into: &store, options: options, source: source, cancel: cancel) }
            return QueryResult(kind: .empty, columns: [], rows: [], stats: stats, elapsed: Date().timeIntervalSince(started))
        }
        let functions = hostFunctions.isEmpty ? builtinFunctions : builtinFunctions + hostFunctions
        let hostNames = hostFunctions.map { "\($0.name)/\($0.minArgs)/\($0.maxArgs)" }
        let cacheable = cache != nil && ProgramCache.accepts(stmt)
        var limits = MachineLimits()
        limits.maxRows = options.maxRows
        limits.maxValues = options.maxIntermediateValues
        if let t = options.timeout { limits.deadline = Date().timeIntervalSinceReferenceDate + t }
        limits.threads = max(1, options.threads)
        limits.parallelMinimumNodes = options.parallelMinimumNodes
        limits.parallelPartGroupLimit = options.parallelPartGroupLimit
        /// The result of a machine that ran; a cached program's machine goes back to the cache.
        func finish(_ m: Machine, _ entry: ProgramCache.Entry?, returnsRows: Bool, columns: [String]) -> QueryResult {
            let rows = m.resultValues()
            let stats = m.stats
            if stmt.mode == .run, let entry {
                m.clearResults()
                cache?.putMachine(m, entry)
            }
            return QueryResult(kind: returnsRows ? .rows : .empty, columns: returnsRows ? columns : [],
                               rows: rows, stats: stats, elapsed: Date().timeIntervalSince(started))
        }
        // The same reading statement again on an unchanged graph: its cached program's idle
        // machine still holds the snapshot it needs, so no snapshot, no program copy.
        if cacheable, stmt.mode == .run, let cache,
           let (cached, idle) = cache.takeIdle(source, stmt, generation: graph.currentGeneration, parameters: parameters, hostNames: hostNames),
           idle.cancel === cancel {
            idle.prepareForReuse(functions: functions, limits: limits)
            try idle.run()
            return finish(idle, cached, returnsRows: cached.program.returnsRows, columns: cached.program.columns)
        }
        let (snapshot, generation) = graph.versionedSnapshot
        let program: Program
        var entry: ProgramCache.Entry? = nil
        if cacheable, let cached = cache?.lookup(source, stmt, generation: generation, parameters: parameters, hostNames: hostNames) {
            program = cached.program
            entry = cached
        } else {
            let params = parameters.mapValues { Value(cypher: $0) }
            program = try Compiler(source: source, parameters: params, functions: functions, store: snapshot).compile(stmt)
            if cacheable && !program.writes {
                entry = cache?.store(program, source, stmt, generation: generation, parameters: parameters, hostNames: hostNames)
            }
        }
        if stmt.mode == .explain {
            return QueryResult(kind: .explain, columns: Explain.columns, rows: Explain.listing(program),
                               elapsed: Date().timeIntervalSince(started))
        }
        func run(_ store: GraphStore) throws -> Machine {
            let m = Machine(program: program, store: store, functions: functions, cancel: cancel, limits: limits)
            if stmt.mode == .profile {
                m.profileCounts = Array(repeating: 0, count: program.code.count)
                m.profileTimes = Array(repeating: 0, count: program.code.count)
            }
            try m.run()
            return m
        }
        let machine: Machine
        if program.writes {
            machine = try graph.write { store in
                let m = try run(store)
                store = m.store
                return m
            }
        } else {
            machine = try run(snapshot)
        }
        let elapsed = Date().timeIntervalSince(started)
        if stmt.mode == .profile {
            return QueryResult(kind: .profile, columns: Explain.profileColumns,
                               rows: Explain.profile(program, counts: machine.profileCounts ?? [], times: machine.profileTimes ?? [], resultRows: machine.resultRowCount),
                               stats: machine.stats, elapsed: elapsed)
        }
        return finish(machine, entry, returnsRows: program.returnsRows, columns: program.columns)
    }
}
