// Compiler+Expr: expressions to batch instructions. Each expression yields a value source:
// a constant (folded literals and parameters), a variable's register, or a new register.
import QuiverSyntax

extension Compiler {
    static let binaryOpcodes: [BinaryOp: Opcode] = [
        .add: .add, .sub: .sub, .mul: .mul, .div: .div, .mod: .mod, .pow: .pow,
        .eq: .eq, .ne: .ne, .lt: .lt, .le: .le, .gt: .gt, .ge: .ge,
        .and: .and, .or: .or, .xor: .xor,
        .startsWith: .startsWith, .endsWith: .endsWith, .contains: .contains, .in: .in_,
    ]

    func text(_ e: Expr) -> String { source.slice(e.span) }

    /// openCypher functions outside v1: rejected as unsupported, not as unknown.
    static let unsupportedFunctions: Set<String> = [
        "date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "distance",
        "percentilecont", "percentiledisc", "stdev", "stdevp", "reduce", "randomuuid", "timestamp",
        "date.truncate", "datetime.truncate", "localdatetime.truncate", "localtime.truncate", "time.truncate",
        "duration.between", "duration.inmonths", "duration.indays", "duration.inseconds", "datetime.fromepoch",
        "datetime.fromepochmillis", "date.statement", "date.transaction", "date.realtime",
    ]

    /// Variables read outside aggregate calls.
    func variablesOutsideAggregates(_ e: Expr) -> Set<String> {
        if isAggregateCall(e) { return [] }
        if case .variable(let n) = e.kind { return [n] }
        return children(e).reduce(into: Set<String>()) { $0.formUnion(variablesOutsideAggregates($1)) }
    }

    /// The constant behind a value source, if it is one.
    func constantValue(_ v: Int32) -> Value? {
        v < 0 ? program.constants[Int(-1 - v)] : nil
    }

    func isAggregateCall(_ e: Expr) -> Bool {
        switch e.kind {
        case .countStar: return true
        case .function(let name, _, _, _): return Functions.aggregateNames.contains(name.lowercased())
        default: return false
        }
    }

    /// Whether an aggregate appears anywhere in `e`.
    func containsAggregate(_ e: Expr) -> Bool {
        if isAggregateCall(e) { return true }
        return children(e).contains { containsAggregate($0) }
    }

    func children(_ e: Expr) -> [Expr] {
        switch e.kind {
        case .literal, .parameter, .variable, .countStar: return []
        case .list(let xs): return xs
        case .map(let es): return es.map { $0.value }
        case .property(let b, _, _): return [b]
        case .index(let b, let i): return [b, i]
        case .slice(let b, let f, let t): return [b] + [f, t].compactMap { $0 }
        case .labelTest(let b, _): return [b]
        case .unary(_, let x): return [x]
        case .binary(_, let l, let r): return [l, r]
        case .isNull(let x, _): return [x]
        case .function(_, _, _, let args): return args
        case .caseExpr(let s, let ws, let el):
            return [s].compactMap { $0 } + ws.flatMap { [$0.condition, $0.result] } + [el].compactMap { $0 }
        }
    }

    /// Variables an expression reads.
    func variables(in e: Expr) -> Set<String> {
        if case .variable(let n) = e.kind { return [n] }
        return children(e).reduce(into: Set<String>()) { $0.formUnion(variables(in: $1)) }
    }

    /// The type of an expression when it is evident without running it (literals, variables
    /// bound to literals); nil when unknown.
    func staticType(_ e: Expr) -> String? {
        switch e.kind {
        case .literal(let l): return Value(literal: l).typeName
        case .list: return "List"
        case .map: return "Map"
        case .variable(let n): return scope[n]?.staticType
        default: return nil
        }
    }

    /// Functions whose argument can be seen to have the wrong type before running.
    private func checkStaticArgument(_ fn: String, _ arg: Expr) throws {
        var t = staticType(arg)
        if case .variable(let n) = arg.kind, let v = scope[n] {
            switch v.kind {
            case .node: t = "Node"
            case .rel: t = "Relationship"
            case .path: t = "Path"
            default: break
            }
        }
        guard let t, t != "Null" else { return }
        let allowed: [String: Set<String>] = [
            "length": ["Path", "String", "List"],
            "properties": ["Node", "Relationship", "Map"],
            "keys": ["Node", "Relationship", "Map"],
            "labels": ["Node"],
            "type": ["Relationship"],
            "nodes": ["Path"], "relationships": ["Path"],
        ]
        if let ok = allowed[fn], !ok.contains(t) {
            throw syntaxError("\(fn)() cannot take a \(t)", "InvalidArgumentType", arg.span)
        }
    }

    /// Boolean operators on operands that can never be booleans fail at compile time.
    private func checkBooleanOperand(_ e: Expr) throws {
        if let t = staticType(e), t != "Boolean", t != "Null" {
            throw syntaxError("expected a Boolean operand, got \(t)", "InvalidArgumentType", e.span)
        }
    }

    func compileExpr(_ e: Expr, subst: [String: Int32] = [:]) throws -> Int32 {
        if !subst.isEmpty, let r = subst[text(e)] { return r }
        switch e.kind {
        case .binary(let op, let l, let r) where op == .and || op == .or || op == .xor:
            try checkBooleanOperand(l); try checkBooleanOperand(r)
        case .unary(.not, let x): try checkBooleanOperand(x)
        case .binary(.in, _, let r):
            if let t = staticType(r), t != "List", t != "Null" {
                throw syntaxError("IN expects a list, got \(t)", "InvalidArgumentType", r.span)
            }
        case .function(let name, _, _, let args) where args.count == 1:
            try checkStaticArgument(name.lowercased(), args[0])
        case .property(let base, let key, _):
            if case .variable(let n) = base.kind, scope[n]?.kind == .path || scope[n]?.kind == .relList {
                throw syntaxError("cannot read property '\(key)' of a \(scope[n]?.kind.name ?? "")", "InvalidArgumentType", e.span)
            }
            if let t = staticType(base), ["Integer", "Float", "String", "Boolean", "List"].contains(t) {
                throw QuiverError(.typeError, "cannot read property '\(key)' of \(t)", detail: "InvalidArgumentType", span: e.span)
            }
        default: break
        }
        switch e.kind {
        case .literal(let l): return constant(Value(literal: l))
        case .parameter(let name):
            guard let v = parameters[name] else {
                throw QuiverError(.parameterMissing, "expected a parameter named $\(name)", detail: "MissingParameter", span: e.span)
            }
            return constant(v)
        case .variable(let name):
            guard let v = scope[name] else {
                throw syntaxError("variable '\(name)' is not defined", "UndefinedVariable", e.span)
            }
            return v.reg
        case .list(let xs):
            let srcs = try xs.map { try compileExpr($0, subst: subst) }
            if srcs.allSatisfy({ $0 < 0 }) { return constant(.list(srcs.compactMap { constantValue($0) })) }
            let dst = newRegister()
            emit(.makeList, dst, aux(.sources(srcs)), span: e.span)
            return dst
        case .map(let entries):
            let srcs = try entries.map { try compileExpr($0.value, subst: subst) }
            if srcs.allSatisfy({ $0 < 0 }) {
                var m: [String: Value] = [:]
                for (en, s) in zip(entries, srcs) { m[en.key] = constantValue(s) ?? .null }
                return constant(.map(m))
            }
            let dst = newRegister()
            emit(.makeMap, dst, aux(.map(keys: entries.map { $0.key }, values: srcs)), span: e.span)
            return dst
        case .property(let base, let key, _):
            let b = try compileExpr(base, subst: subst)
            let dst = newRegister()
            emit(.prop, dst, b, constantIndex(.string(key)), span: e.span, comment: text(e))
            return dst
        case .index(let base, let idx):
            let b = try compileExpr(base, subst: subst), i = try compileExpr(idx, subst: subst)
            let dst = newRegister()
            emit(.index, dst, b, i, span: e.span)
            return dst
        case .slice(let base, let from, let to):
            let b = try compileExpr(base, subst: subst)
            let f = try from.map { try compileExpr($0, subst: subst) } ?? Int32.min
            let t = try to.map { try compileExpr($0, subst: subst) } ?? Int32.min
            let dst = newRegister()
            emit(.slice, dst, b, f, t, span: e.span)
            return dst
        case .labelTest(let base, let labels):
            let b = try compileExpr(base, subst: subst)
            let dst = newRegister()
            emit(.labelTest, dst, b, aux(.labels(labels.map { $0.name })), span: e.span)
            return dst
        case .unary(let op, let x):
            if op == .plus { return try compileExpr(x, subst: subst) }
            if op == .minus, case .literal(.double(let d)) = x.kind { return constant(.double(-d)) }
            if op == .minus, case .literal(.int(let i)) = x.kind, i != .min { return constant(.int(-i)) }
            let s = try compileExpr(x, subst: subst)
            let dst = newRegister()
            emit(op == .not ? .not : .neg, dst, s, span: e.span)
            return dst
        case .binary(let op, let l, let r):
            let a = try compileExpr(l, subst: subst), b = try compileExpr(r, subst: subst)
            let dst = newRegister()
            guard let code = Compiler.binaryOpcodes[op] else {
                throw QuiverError(.unsupportedFeature, "operator \(op.rawValue) is not supported", detail: op.rawValue, span: e.span)
            }
            emit(code, dst, a, b, span: e.span)
            return dst
        case .isNull(let x, let negated):
            let s = try compileExpr(x, subst: subst)
            let dst = newRegister()
            emit(negated ? .isNotNull : .isNull, dst, s, span: e.span)
            return dst
        case .countStar:
            throw syntaxError("count(*) is only allowed in RETURN and WITH", "InvalidAggregation", e.span)
        case .function(let name, let nameSpan, let distinct, let args):
            let lower = name.lowercased()
            if Functions.aggregateNames.contains(lower) {
                throw syntaxError("aggregate function \(name)() is only allowed in RETURN and WITH", "InvalidAggregation", e.span)
            }
            if Compiler.unsupportedFunctions.contains(lower) {
                throw QuiverError(.unsupportedFeature, "\(name)() is outside Quiver's language", detail: name, span: nameSpan)
            }
            guard let fi = functionIndex[lower] else {
                let hint = nearestName(lower, among: Array(functionIndex.keys) + Array(Functions.aggregateNames))
                throw QuiverError(.syntaxError, "unknown function '\(name)'", detail: "UnknownFunction", span: nameSpan,
                                  hint: hint.map { "did you mean \($0)()?" })
            }
            if distinct { throw syntaxError("DISTINCT is only allowed in aggregate functions", "InvalidArgumentPassingMode", e.span) }
            let f = functions[fi]
            if args.count < f.minArgs || args.count > f.maxArgs {
                let want = f.minArgs == f.maxArgs ? "\(f.minArgs)" : "\(f.minArgs) to \(f.maxArgs)"
                throw syntaxError("\(f.name)() takes \(want) argument(s), got \(args.count)", "InvalidNumberOfArguments", e.span)
            }
            let srcs = try args.map { try compileExpr($0, subst: subst) }
            let dst = newRegister()
            emit(.call, dst, Int32(fi), aux(.sources(srcs)), span: e.span, comment: "\(f.name)()")
            return dst
        case .caseExpr(let subject, let whens, let elseExpr):
            return try compileCase(e, subject, whens, elseExpr, subst)
        }
    }

    /// CASE evaluates each branch only on the rows that reach it (errors in untaken branches
    /// never fire): the selection vector is narrowed per WHEN and restored at the end.
    private func compileCase(_ e: Expr, _ subject: Expr?, _ whens: [CaseWhen], _ elseExpr: Expr?, _ subst: [String: Int32]) throws -> Int32 {
        let dst = newRegister()
        let saved = Int32(program.selSlotCount); program.selSlotCount += 1
        emit(.selSave, saved, span: e.span, comment: "CASE")
        let subj = try subject.map { try compileExpr($0, subst: subst) }
        for w in whens {
            var cond = try compileExpr(w.condition, subst: subst)
            if let subj {
                let eq = newRegister()
                emit(.eq, eq, subj, cond, span: w.condition.span)
                cond = eq
            } else if cond < 0 {
                let r = newRegister()
                emit(.move, r, cond, span: w.condition.span)
                cond = r
            }
            let rest = Int32(program.selSlotCount); program.selSlotCount += 1
            emit(.selWhere, cond, rest, span: w.condition.span, comment: "WHEN")
            let v = try compileExpr(w.result, subst: subst)
            emit(.move, dst, v, span: w.result.span, comment: "THEN")
            emit(.selLoad, rest, span: w.result.span)
        }
        let v = try elseExpr.map { try compileExpr($0, subst: subst) } ?? constant(.null)
        emit(.move, dst, v, span: e.span, comment: "ELSE")
        emit(.selLoad, saved, span: e.span, comment: "END")
        return dst
    }

    /// A register holding the value (constants are materialised).
    func compileToRegister(_ e: Expr, subst: [String: Int32] = [:]) throws -> Int32 {
        let v = try compileExpr(e, subst: subst)
        if v >= 0 { return v }
        let r = newRegister()
        emit(.move, r, v, span: e.span)
        return r
    }
}

/// The closest name by edit distance, when it is close enough to be a plausible typo.
func nearestName(_ name: String, among names: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
    let a = Array(name.lowercased())
    var best: (String, Int)? = nil
    for n in names {
        let d = distance(a, Array(n.lowercased()))
        if d <= max(2, a.count / 3), d < (best?.1 ?? Int.max) { best = (n, d) }
    }
    return best?.0
}
