// Host functions: Swift closures a Session registers under a name, callable from any expression
// of its queries (`RETURN slug(c.name)`). Arguments and results cross as CypherValues; an error
// the closure throws becomes a positioned query error of kind .hostError at the call.
import Foundation
import QuiverSyntax

extension Session {
    /// Registers `fn` as `name(...)` taking exactly `arity` arguments (or a range of counts).
    /// The name may be namespaced (`text.slug`); it must not be a built-in function's. A second
    /// registration under the same name (any case) replaces the first.
    public func register(_ name: String, arity: Int, _ fn: @escaping @Sendable ([CypherValue]) throws -> CypherValue) throws {
        try register(name, arity: arity...arity, fn)
    }

    public func register(_ name: String, arity: ClosedRange<Int>, _ fn: @escaping @Sendable ([CypherValue]) throws -> CypherValue) throws {
        try Session.checkName(name)
        guard arity.lowerBound >= 0 else {
            throw QuiverError(.apiError, "\(name)(): arity must not be negative", detail: "InvalidHostFunction")
        }
        let def = FunctionDef(name: name, minArgs: arity.lowerBound, maxArgs: arity.upperBound) { args, machine in
            let store = machine.store
            let result: CypherValue
            do { result = try fn(args.map { $0.cypher(store) }) } catch { throw Session.hostError(name, error) }
            try Session.checkEntities(result, store, name)
            return Value(cypher: result)
        }
        registryLock.withLock {
            hostTable[name.lowercased()] = def
            hostFunctionCount.store(hostTable.count, ordering: .releasing)
        }
    }

    /// Removes a host function; returns whether one was registered under `name`.
    @discardableResult
    public func unregister(_ name: String) -> Bool {
        registryLock.withLock {
            let removed = hostTable.removeValue(forKey: name.lowercased()) != nil
            hostFunctionCount.store(hostTable.count, ordering: .releasing)
            return removed
        }
    }

    /// The names of the registered host functions, sorted.
    public var registeredFunctions: [String] {
        registryLock.withLock { hostTable.values.map(\.name) }.sorted()
    }

    /// The table handed to the engine for one statement.
    var hostFunctions: [FunctionDef] {
        // Most sessions register none: then no lock is taken.
        if hostFunctionCount.load(ordering: .acquiring) == 0 { return [] }
        return registryLock.withLock { hostTable.values.sorted { $0.name.lowercased() < $1.name.lowercased() } }
    }

    // MARK: Typed registration

    // Typed closures: each argument converts to its Swift type. A null argument makes the call
    // return null without running the closure, unless that parameter is Optional or CypherValue;
    // an argument of another type is a TypeError at the call.

    public func register<R: CypherValueConvertible>(_ name: String, _ fn: @escaping @Sendable () throws -> R) throws {
        try register(name, arity: 0) { _ in try fn().cypherValue }
    }

    public func register<A: CypherValueConvertible, R: CypherValueConvertible>(
        _ name: String, _ fn: @escaping @Sendable (A) throws -> R) throws {
        try register(name, arity: 1) { args in
            let a = Session.argument(A.self, args, 0, name)
            guard let a = try a.get() else { return .null }
            return try fn(a).cypherValue
        }
    }

    public func register<A: CypherValueConvertible, B: CypherValueConvertible, R: CypherValueConvertible>(
        _ name: String, _ fn: @escaping @Sendable (A, B) throws -> R) throws {
        try register(name, arity: 2) { args in
            guard let a = try Session.argument(A.self, args, 0, name).get(),
                  let b = try Session.argument(B.self, args, 1, name).get() else { return .null }
            return try fn(a, b).cypherValue
        }
    }

    public func register<A: CypherValueConvertible, B: CypherValueConvertible, C: CypherValueConvertible, R: CypherValueConvertible>(
        _ name: String, _ fn: @escaping @Sendable (A, B, C) throws -> R) throws {
        try register(name, arity: 3) { args in
            guard let a = try Session.argument(A.self, args, 0, name).get(),
                  let b = try Session.argument(B.self, args, 1, name).get(),
                  let c = try Session.argument(C.self, args, 2, name).get() else { return .null }
            return try fn(a, b, c).cypherValue
        }
    }

    // MARK: Helpers

    /// Argument `i` as `T`: success(nil) for a null that `T` cannot hold, failure for a wrong type.
    /// The failure is a QuiverError, which the wrapper passes on unchanged.
    static func argument<T: CypherValueConvertible>(_ type: T.Type, _ args: [CypherValue], _ i: Int, _ fn: String) -> Result<T?, QuiverError> {
        let v = i < args.count ? args[i] : .null
        if let x = T(cypherValue: v) { return .success(x) }
        if v.isNull { return .success(nil) }
        return .failure(QuiverError(.typeError, "\(fn)(): argument \(i + 1): expected \(T.cypherTypeName), got \(v.describedType)",
                                    detail: "InvalidArgumentType", phase: .runtime))
    }

    /// The error a host closure threw, as a runtime error of the call (the VM adds the call's span).
    /// A QuiverError of kind typeError/argumentError from the typed wrappers keeps its kind.
    static func hostError(_ name: String, _ error: Error) -> QuiverError {
        if let q = error as? QuiverError, q.kind == .typeError, q.detail == "InvalidArgumentType", q.message.hasPrefix("\(name)(): ") {
            return q
        }
        let text: String
        if let q = error as? QuiverError { text = q.message }
        else if let l = error as? LocalizedError, let d = l.errorDescription { text = d }
        else { text = String(describing: error) }
        return QuiverError(.hostError, "\(name)(): \(text)", detail: "HostFunctionFailed", phase: .runtime)
    }

    /// A host result may only name nodes and relationships that exist in the graph the statement
    /// runs on: the engine indexes its columns with their ids.
    static func checkEntities(_ v: CypherValue, _ store: GraphStore, _ name: String) throws {
        func bad(_ what: String, _ id: Int) -> QuiverError {
            QuiverError(.hostError, "\(name)(): returned a \(what) (id \(id)) that is not in the graph", detail: "HostFunctionFailed", phase: .runtime)
        }
        switch v {
        case .node(let n): if n.id < 0 || n.id >= store.nodeCount { throw bad("node", n.id) }
        case .relationship(let r): if r.id < 0 || r.id >= store.relationshipCount { throw bad("relationship", r.id) }
        case .path(let p):
            for n in p.nodes { try checkEntities(.node(n), store, name) }
            for r in p.relationships { try checkEntities(.relationship(r), store, name) }
        case .list(let xs): for x in xs { try checkEntities(x, store, name) }
        case .map(let m): for x in m.values { try checkEntities(x, store, name) }
        default: break
        }
    }

    /// A name the parser reads back as one function call, and not a built-in's.
    static func checkName(_ name: String) throws {
        let lower = name.lowercased()
        if Functions.aggregateNames.contains(lower) || Engine.builtinFunctions.contains(where: { $0.name.lowercased() == lower }) {
            throw QuiverError(.apiError, "\(name)() is a built-in function and cannot be replaced", detail: "InvalidHostFunction")
        }
        let probe = SourceText("RETURN \(name)()")
        if let stmt = try? Parser.parseStatement(probe), stmt.clauses.count == 1,
           case .return(let p) = stmt.clauses[0], p.items.count == 1,
           case .function(let parsed, _, _, let args) = p.items[0].expr.kind, parsed == name, args.isEmpty {
            return
        }
        throw QuiverError(.apiError, "'\(name)' is not a valid function name (letters, digits and _, parts joined by '.')",
                          detail: "InvalidHostFunction")
    }
}
