// Compiler+Projection: WITH and RETURN. Items are computed into registers; with aggregates
// the non-aggregate items become grouping keys of an AggStep/AggNext pipeline break; then
// DISTINCT, ORDER BY (a sorter, top-k with LIMIT), SKIP, LIMIT and WITH ... WHERE follow.
import QuiverSyntax

extension Compiler {
    private struct Item {
        var name: String
        var expr: Expr
        var span: SourceSpan
        var isBareVariable: Bool
    }

    func compileProjection(_ p: ProjectionClause, isReturn: Bool) throws {
        var items: [Item] = []
        var missingAlias: QuiverError? = nil
        if p.star {
            let names = scope.order.filter { !$0.hasPrefix(" ") }.sorted()
            if names.isEmpty && p.items.isEmpty && isReturn {
                throw syntaxError("RETURN * / WITH * with no variables in scope", "NoVariablesInScope", p.span)
            }
            for n in names {
                items.append(Item(name: n, expr: Expr(.variable(n), span: p.span), span: p.span, isBareVariable: true))
            }
        }
        for it in p.items {
            var bare = false
            if case .variable = it.expr.kind { bare = true }
            if !isReturn && it.alias == nil && !bare && missingAlias == nil {
                missingAlias = syntaxError("expression in WITH must be aliased (use AS)", "NoExpressionAlias", it.expr.span)
            }
            items.append(Item(name: it.columnName, expr: it.expr, span: it.expr.span, isBareVariable: bare))
        }
        var seen = Set<String>()
        for it in items where !seen.insert(it.name).inserted {
            throw syntaxError("column name '\(it.name)' is used twice", "ColumnNameConflict", it.span)
        }
        for it in items { try checkAggregateNesting(it.expr, inside: false) }
        for o in p.orderBy { try checkAggregateNesting(o.expr, inside: false) }
        if let w = p.whereExpr, containsAggregate(w) {
            throw syntaxError("aggregate functions are not allowed in WHERE", "InvalidAggregation", w.span)
        }

        let aggregating = items.contains { containsAggregate($0.expr) }
        if aggregating {
            for it in items where containsAggregate(it.expr) { try checkAggregateExpression(it.expr, items: items, inOrderBy: false) }
            for o in p.orderBy where containsAggregate(o.expr) { try checkAggregateExpression(o.expr, items: items, inOrderBy: true) }
        }
        if let missingAlias { throw missingAlias }
        var itemRegs: [Int32]
        var subst: [String: Int32] = [:]
        let oldScope = scope
        if aggregating {
            itemRegs = try compileAggregation(items, span: p.span, subst: &subst)

        } else {
            itemRegs = []
            for it in items {
                if it.isBareVariable, case .variable(let n) = it.expr.kind {
                    guard let v = scope[n] else { throw syntaxError("variable '\(n)' is not defined", "UndefinedVariable", it.span) }
                    itemRegs.append(v.reg)
                } else {
                    itemRegs.append(try compileToRegister(it.expr))
                }
            }
        }
        // The new scope: the projected names.
        var newScope = Scope()
        for (it, r) in zip(items, itemRegs) {
            var kind = VarKind.value
            if it.isBareVariable, case .variable(let n) = it.expr.kind, let v = oldScope[n] { kind = v.kind }
            newScope.bind(it.name, Variable(reg: r, kind: kind, staticType: aggregating ? nil : staticType(it.expr)))
        }
        for (it, r) in zip(items, itemRegs) { subst[text(it.expr)] = r }
        // Without aggregation, WHERE and ORDER BY also see the variables before the projection.
        var combined = oldScope
        for name in newScope.order { if let v = newScope[name] { combined.bind(name, v) } }
        var whereDone = false
        if let w = p.whereExpr, !aggregating, p.skip == nil, p.limit == nil {
            scope = combined
            let r = try compileToRegister(w)
            emitFilter(r, span: w.span, comment: "WHERE")
            whereDone = true
        }

        if p.distinct {
            program.setCount += 1
            emitJump(.distinct, 0, 0, aux(.sources(itemRegs)), Int32(program.setCount - 1), to: loopHead, operand: 1, span: p.span, comment: "DISTINCT")
        }
        // ORDER BY sees the projected names; without aggregation or DISTINCT also the old variables.
        if !p.orderBy.isEmpty {
            scope = (!aggregating && !p.distinct) ? combined : newScope
            var keys: [(reg: Int32, descending: Bool)] = []
            for o in p.orderBy {
                if (aggregating || p.distinct), subst[text(o.expr)] == nil {
                    for call in aggregateCallsIn(o.expr) where subst[text(call)] == nil {
                        throw syntaxError("ORDER BY may only use aggregates that are projected", "UndefinedVariable", call.span)
                    }
                    for v in unresolvedVariables(o.expr, subst) where newScope[v] == nil {
                        throw syntaxError("ORDER BY after \(aggregating ? "aggregation" : "DISTINCT") may only use projected columns; '\(v)' is not one",
                                          aggregating ? "UndefinedVariable" : "UndefinedVariable", o.expr.span)
                    }
                    if containsAggregate(o.expr) && !aggregating {
                        throw syntaxError("aggregate in ORDER BY of a projection without aggregation", "InvalidAggregation", o.expr.span)
                    }
                }
                if !aggregating && containsAggregate(o.expr) {
                    throw syntaxError("aggregate in ORDER BY of a projection without aggregation", "InvalidAggregation", o.expr.span)
                }
                keys.append((try compileToRegister(o.expr, subst: subst), o.descending))
            }
            var payload = itemRegs
            for k in keys where !payload.contains(k.reg) { payload.append(k.reg) }
            // A WITH ... WHERE after SKIP/LIMIT may read pre-projection variables: carry them.
            if let w = p.whereExpr, !whereDone, !aggregating {
                for v in variables(in: w) { if let r = combined[v]?.reg, !payload.contains(r) { payload.append(r) } }
            }
            var topK: Int32? = nil
            if let l = p.limit, let lim = knownCount(try countSource(l, "LIMIT")) {
                let sk = try p.skip.map { knownCount(try countSource($0, "SKIP")) } ?? 0
                if let sk { topK = constant(.int(Int64(min(Int64(lim) + Int64(sk), Int64(Int32.max))))) }
            }
            program.sorts.append(SortSpec(keys: keys, payload: payload, limit: topK))
            let slot = Int32(program.sorts.count - 1)
            breakPipeline(sink: { emit(.sortAppend, slot, span: p.span, comment: "ORDER BY") },
                          next: .sortNext, slot: slot, span: p.span, comment: "ORDER BY")
        }
        scope = newScope
        if let s = p.skip {
            let v = try countSource(s, "SKIP")
            program.counterCount += 1
            emitJump(.skip, 0, 0, v, Int32(program.counterCount - 1), to: loopHead, operand: 1, span: s.span, comment: "SKIP")
        }
        if let l = p.limit {
            let v = try countSource(l, "LIMIT")
            program.counterCount += 1
            // When nothing upstream writes, a full quota ends the whole pipeline early.
            let target = pipelineWrites ? loopHead : pipelineEnd
            emitJump(.limit, 0, 0, v, Int32(program.counterCount - 1), to: target, operand: 0, span: l.span, comment: "LIMIT")
        }
        if let w = p.whereExpr, !whereDone {
            scope = aggregating ? newScope : combined
            let r = try compileToRegister(w)
            emitFilter(r, span: w.span, comment: "WHERE")
            scope = newScope
        }
        if isReturn {
            program.columns = items.map { $0.name }
            emit(.resultRow, aux(.sources(itemRegs)), span: p.span, comment: "RETURN")
        }
    }

    /// SKIP and LIMIT take an expression without variables; a literal is checked now, anything
    /// else (a parameter, a function of constants) when the statement runs.
    private func countSource(_ e: Expr, _ what: String) throws -> Int32 {
        if !variables(in: e).isEmpty || containsAggregate(e) {
            throw syntaxError("\(what) must be a constant expression", "NonConstantExpression", e.span)
        }
        let v = try compileExpr(e)
        var isLiteral = false
        if case .literal = e.kind { isLiteral = true }
        if case .unary(.minus, let x) = e.kind, case .literal = x.kind { isLiteral = true }
        if isLiteral, let c = constantValue(v) {
            switch c {
            case .int(let n) where n >= 0: break
            case .int: throw syntaxError("\(what) must be a non-negative integer", "NegativeIntegerArgument", e.span)
            default: throw syntaxError("\(what) must be an integer", "InvalidArgumentType", e.span)
            }
        }
        return v
    }

    /// The count of a constant SKIP/LIMIT when it is already known and valid.
    private func knownCount(_ v: Int32) -> Int? {
        if case .int(let n)? = constantValue(v), n >= 0 { return Int(min(n, Int64(Int32.max))) }
        return nil
    }

    /// Factorised counting: when the innermost loop is a one-hop expansion whose outputs no
    /// later instruction reads, and only count(*) consumes the rows, replace the expansion by
    /// the degree of its source node (a weight per row); then try the hop before it too.
    /// Returns the weight register.
    private func factoriseLastHop(reads: [Int32]) -> Int32? {
        guard !statementWrites, let head = loopHead.address, head >= 1, head < program.code.count else { return nil }
        let next = program.code[head], open = program.code[head - 1]
        guard next.op == .expandNext, open.op == .open, open.a == next.a else { return nil }
        guard case .expand(let from, let types, let dir, let outNode, let outRel) = program.cursors[Int(next.a)].kind else { return nil }
        if reads.contains(outNode) || (outRel >= 0 && reads.contains(outRel)) { return nil }
        var dropUnique: [Int] = []
        for at in (head + 1)..<program.code.count {
            let ins = program.code[at]
            if ins.op == .relUnique {
                // Dropping the check is exact only where two hops cannot share a relationship:
                // the previous hop goes the same way (not undirected) and neither type set has
                // a self loop.
                guard case .sources(let srcs) = program.aux[Int(ins.c)], srcs.count == 2, outRel >= 0, srcs.contains(outRel),
                      let prev = hopBinding(rel: srcs[0] == outRel ? srcs[1] : srcs[0]),
                      prev.direction == dir, dir != .both,
                      !store.hasSelfLoops(types: types), !store.hasSelfLoops(types: prev.types) else { return nil }
                dropUnique.append(at)
                continue
            }
            if Compiler.opaqueReaders.contains(ins.op) { return nil }
            for operand in [ins.a, ins.b, ins.c, ins.d] where operand == outNode || (outRel >= 0 && operand == outRel) { return nil }
        }
        let w = newRegister()
        program.code[head - 1] = Instruction(op: .countDegrees, a: w, b: from, c: aux(.degrees(types: types, direction: dir)))
        program.comments[head - 1] = "factorised count of the last hop"
        for at in dropUnique { erase(at) }
        removeLoop(at: head)
        factoriseSecondHop(weight: w, degreesAt: head - 1, reads: reads)
        return w
    }

    /// Instructions that read registers through side tables: a hop they might read is kept.
    static let opaqueReaders: Set<Opcode> = [.makePath, .call, .makeList, .makeMap, .resultRow, .distinct, .createNode, .createRel, .relUnique]

    /// After the last hop became degrees of node b, a hop a -> b that nothing else reads
    /// becomes the sum of b's degrees over a's neighbours.
    private func factoriseSecondHop(weight w: Int32, degreesAt cd: Int, reads: [Int32]) {
        guard let head = loopHead.address, head >= 1, head < cd else { return }
        let next = program.code[head], open = program.code[head - 1]
        guard next.op == .expandNext, open.op == .open, open.a == next.a,
              case .expand(let from, let types1, let dir1, let outNode, let outRel) = program.cursors[Int(next.a)].kind,
              program.code[cd].op == .countDegrees, program.code[cd].b == outNode,
              case .degrees(let types2, let dir2) = program.aux[Int(program.code[cd].c)] else { return }
        if reads.contains(outNode) || (outRel >= 0 && reads.contains(outRel)) { return }
        for at in (head + 1)..<program.code.count where at != cd {
            let ins = program.code[at]
            if Compiler.opaqueReaders.contains(ins.op) { return }
            for operand in [ins.a, ins.b, ins.c, ins.d] where operand == outNode || (outRel >= 0 && operand == outRel) { return }
        }
        program.code[head - 1] = Instruction(op: .sumNeighbourDegrees, a: w, b: from,
                                             c: aux(.twoHopDegrees(first: types1, firstDirection: dir1, second: types2, secondDirection: dir2)))
        program.comments[head - 1] = "factorised count of the last two hops"
        erase(cd)
        removeLoop(at: head)
    }

    /// The types and direction of the expansion that binds relationship register r.
    private func hopBinding(rel r: Int32) -> (types: [String], direction: Direction)? {
        for c in program.cursors {
            if case .expand(_, let types, let dir, _, let outRel) = c.kind, outRel == r { return (types, dir) }
        }
        return nil
    }

    /// Turns an instruction into a no-op jump to the next one.
    private func erase(_ at: Int) {
        program.code[at] = Instruction(op: .goto_, a: Int32(at + 1))
        program.comments[at] = ""
    }

    /// Removes the loop whose Next is at `head` (its Open just before has been replaced): jumps
    /// back to it go to the enclosing loop, which becomes the loop head.
    private func removeLoop(at head: Int) {
        let outer = program.code[head].b
        erase(head)
        for at in (head + 1)..<program.code.count {
            let ins = program.code[at]
            if ins.op.spec.jumpB && ins.b == Int32(head) { program.code[at].b = outer }
            if (ins.op == .goto_ || ins.op == .limit) && ins.a == Int32(head) { program.code[at].a = outer }
        }
        loopHead = label(at: Int(outer))
    }

    /// Variables of e that no projected expression text covers (aggregates count as covered).
    private func unresolvedVariables(_ e: Expr, _ subst: [String: Int32]) -> Set<String> {
        if subst[text(e)] != nil || isAggregateCall(e) { return [] }
        if case .variable(let n) = e.kind { return [n] }
        return children(e).reduce(into: Set<String>()) { $0.formUnion(unresolvedVariables($1, subst)) }
    }

    private func callsRand(_ e: Expr) -> Bool {
        if case .function(let name, _, _, _) = e.kind, name.lowercased() == "rand" { return true }
        return children(e).contains { callsRand($0) }
    }

    private func aggregateCallsIn(_ e: Expr) -> [Expr] {
        if isAggregateCall(e) { return [e] }
        return children(e).flatMap { aggregateCallsIn($0) }
    }

    /// Beside an aggregate, an expression may only use grouping-key variables and projected
    /// property accesses; anything more complex is ambiguous (openCypher's rule).
    private func checkAggregateExpression(_ e: Expr, items: [Item], inOrderBy: Bool) throws {
        let keyItems = items.filter { !containsAggregate($0.expr) }
        let keyTexts = Set(keyItems.map { text($0.expr) })
        let keyVars = Set(keyItems.compactMap { it -> String? in
            if case .variable(let n) = it.expr.kind { return n }
            return nil
        })
        let aliases = Set(items.map { $0.name })
        func walk(_ x: Expr) throws {
            if isAggregateCall(x) { return }
            switch x.kind {
            case .variable(let n):
                if !keyVars.contains(n) && !aliases.contains(n) {
                    if inOrderBy { throw syntaxError("variable '\(n)' is not projected", "UndefinedVariable", x.span) }
                    throw syntaxError("'\(n)' is neither a grouping key nor inside an aggregate", "AmbiguousAggregationExpression", x.span)
                }
                return
            case .property(let b, _, _):
                if case .variable = b.kind, keyTexts.contains(text(x)) { return }
            default:
                if keyTexts.contains(text(x)) && !variables(in: x).isEmpty {
                    throw syntaxError("a projected expression cannot be reused beside an aggregate", "AmbiguousAggregationExpression", x.span)
                }
            }
            for c in children(x) { try walk(c) }
        }
        try walk(e)
    }

    private func checkAggregateNesting(_ e: Expr, inside: Bool) throws {
        let isAgg = isAggregateCall(e)
        if isAgg && inside { throw syntaxError("aggregate functions cannot be nested", "NestedAggregation", e.span) }
        for c in children(e) { try checkAggregateNesting(c, inside: inside || isAgg) }
    }

    /// Collects the aggregate calls inside e (outermost only).
    private func aggregateCalls(_ e: Expr) -> [Expr] {
        if isAggregateCall(e) { return [e] }
        return children(e).flatMap { aggregateCalls($0) }
    }

    private func compileAggregation(_ items: [Item], span: SourceSpan, subst: inout [String: Int32]) throws -> [Int32] {
        // Grouping keys: the items without aggregates.
        var keyRegs: [Int32] = []
        var keyOut: [Int32] = []
        var keyText: [String: Int32] = [:]
        for it in items where !containsAggregate(it.expr) {
            let r = try compileExpr(it.expr)
            let out = newRegister()
            keyRegs.append(r)
            keyOut.append(out)
            keyText[text(it.expr)] = out
        }
        // Aggregate arguments.
        var aggs: [AggregateSpec] = []
        var aggText: [String: Int32] = [:]
        for e in items.map({ $0.expr }).filter({ containsAggregate($0) }) {
            for call in aggregateCalls(e) where aggText[text(call)] == nil {
                let out = newRegister()
                switch call.kind {
                case .countStar:
                    aggs.append(AggregateSpec(kind: .countStar, arg: constant(.null), distinct: false, out: out))
                case .function(let name, _, let distinct, let args):
                    guard args.count == 1 else {
                        throw syntaxError("\(name)() takes 1 argument, got \(args.count)", "InvalidNumberOfArguments", call.span)
                    }
                    let kind: AggKind
                    switch name.lowercased() {
                    case "count": kind = .count
                    case "sum": kind = .sum
                    case "avg": kind = .avg
                    case "min": kind = .min
                    case "max": kind = .max
                    default: kind = .collect
                    }
                    if callsRand(args[0]) {
                        throw syntaxError("an aggregate cannot take a non-deterministic argument like rand()", "NonConstantExpression", args[0].span)
                    }
                    aggs.append(AggregateSpec(kind: kind, arg: try compileExpr(args[0]), distinct: distinct, out: out))
                default: break
                }
                aggText[text(call)] = out
            }
        }
        let slot = Int32(program.aggregations.count)
        let inputKeys = keyRegs
        program.aggregations.append(AggregationSpec(keys: inputKeys, aggregates: aggs))
        if aggs.allSatisfy({ $0.kind == .countStar }), let w = factoriseLastHop(reads: inputKeys) {
            program.aggregations[Int(slot)].weight = w
        }
        breakPipeline(sink: { emit(.aggStep, slot, span: span, comment: "aggregate") },
                      next: .aggNext, slot: slot, span: span, comment: "groups")
        // AggNext writes the keys into the key output registers.
        program.aggregations[Int(slot)].keys = inputKeys
        program.aggregations[Int(slot)].keyOutputs = keyOut
        // Items after the break: keys by text, aggregates by text; variables of keys that are bare.
        var after = Scope()
        for it in items where !containsAggregate(it.expr) {
            if it.isBareVariable, case .variable(let n) = it.expr.kind, let out = keyText[text(it.expr)] {
                after.bind(n, Variable(reg: out, kind: scope[n]?.kind ?? .value))
            }
        }
        let savedScope = scope
        scope = after
        subst = keyText.merging(aggText) { a, _ in a }
        var regs: [Int32] = []
        for it in items {
            if let r = subst[text(it.expr)] { regs.append(r); continue }
            do {
                regs.append(try compileToRegister(it.expr, subst: subst))
            } catch let e as QuiverError where e.detail == "UndefinedVariable" && savedScope[variables(in: it.expr).first ?? ""] != nil {
                throw syntaxError("expression mixes aggregates with values that are not grouping keys", "AmbiguousAggregationExpression", it.span)
            }
        }
        scope = savedScope
        return regs
    }
}
