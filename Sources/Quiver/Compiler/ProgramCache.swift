// ProgramCache: a session's recently compiled programs, so that running the same statement
// again skips compiling. A program depends on the statement's text, the parameter values
// (folded in as constants), the host functions and the graph it was planned against (label
// counts, which labels cover every node), so an entry is reused only while all four are the
// same: the graph's generation changes with every committed write. Each entry also keeps
// the machine of its last run, reset and run again next time (allocating and tearing down
// registers is most of a small query's cost).

import Foundation

final class ProgramCache: @unchecked Sendable {
    // Unchecked Sendable: every access holds `lock` (a session runs one statement at a time,
    // but a cache must not be the thing that breaks when a caller shares one).
    private let lock = NSLock()
    final class Entry {
        let generation: Int
        let parameters: [String: CypherValue]
        let hostNames: [String]
        let program: Program
        /// The machine of the last successful run, idle (guarded by the cache's lock).
        fileprivate var idle: Machine?
        init(generation: Int, parameters: [String: CypherValue], hostNames: [String], program: Program) {
            self.generation = generation; self.parameters = parameters; self.hostNames = hostNames; self.program = program
        }
        /// Whether the program was compiled for this graph generation, parameters and host functions.
        func matches(_ generation: Int, _ parameters: [String: CypherValue], _ hostNames: [String]) -> Bool {
            self.generation == generation && self.hostNames == hostNames && self.parameters == parameters
        }
    }
    private var entries: [String: Entry] = [:]
    /// Short query texts that parsed without error, with their statements (parsing is pure).
    private var parsed: [String: (SourceText, [Statement])] = [:]
    private var lastParsed: (SourceText, [Statement])? = nil
    private let capacity = 64

    private static func key(_ source: SourceText, _ stmt: Statement) -> String {
        "\(stmt.span.start):\(source.slice(stmt.span))"
    }

    /// Whether a statement may be cached: reading ones only (a write changes the graph, and
    /// with it the generation, every time it runs).
    static func accepts(_ stmt: Statement) -> Bool {
        stmt.mode != .profile && !stmt.clauses.contains { clause in
            switch clause {
            case .create, .copy: return true
            default: return false
            }
        }
    }

    /// The entry found last and where (the same query run again is the common case: its text
    /// compares equal at once when it is the same string, without building the key).
    private var last: (text: String, start: Int, entry: Entry)? = nil

    func lookup(_ source: SourceText, _ stmt: Statement, generation: Int, parameters: [String: CypherValue],
                hostNames: [String]) -> Entry? {
        let found: Entry? = lock.withLock { find(source, stmt) }
        guard let e = found, e.matches(generation, parameters, hostNames) else { return nil }
        return e
    }

    /// The entry and its idle machine, taken (no other statement can use it meanwhile), under
    /// one lock: the path of a statement run again on an unchanged graph.
    func takeIdle(_ source: SourceText, _ stmt: Statement, generation: Int, parameters: [String: CypherValue],
                  hostNames: [String]) -> (Entry, Machine)? {
        lock.withLock {
            guard let e = find(source, stmt), e.matches(generation, parameters, hostNames), let m = e.idle else { return nil }
            e.idle = nil
            return (e, m)
        }
    }

    /// The entry for the statement, whatever its generation (the lock is held).
    private func find(_ source: SourceText, _ stmt: Statement) -> Entry? {
        if let l = last, l.start == stmt.span.start, l.text == source.text { return l.entry }
        guard let e = entries[Self.key(source, stmt)] else { return nil }
        last = (source.text, stmt.span.start, e)
        return e
    }

    func store(_ program: Program, _ source: SourceText, _ stmt: Statement, generation: Int,
               parameters: [String: CypherValue], hostNames: [String]) -> Entry {
        let k = Self.key(source, stmt)
        let e = Entry(generation: generation, parameters: parameters, hostNames: hostNames, program: program)
        lock.withLock {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[k] = e
            last = (source.text, stmt.span.start, e)
        }
        return e
    }

    /// Keeps a machine that ran the entry's program to completion, for the next run.
    func putMachine(_ m: Machine, _ e: Entry) {
        lock.withLock { e.idle = m }
    }

    /// The source and statements of a query text parsed before (the last one is answered
    /// without hashing the text).
    func parsedScript(_ text: String) -> (SourceText, [Statement])? {
        lock.withLock {
            if let l = lastParsed, l.0.text == text { return l }
            guard let p = parsed[text] else { return nil }
            lastParsed = p
            return p
        }
    }

    func storeParsedScript(_ source: SourceText, _ statements: [Statement]) {
        guard source.text.utf8.count <= 4096 else { return }
        lock.withLock {
            if parsed.count >= capacity { parsed.removeAll(keepingCapacity: true) }
            parsed[source.text] = (source, statements)
            lastParsed = (source, statements)
        }
    }
}
