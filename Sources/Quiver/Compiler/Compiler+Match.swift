// Compiler+Match: the planner for MATCH and OPTIONAL MATCH. For each pattern part it picks a
// start (a bound variable, an index seek, the smallest label scan, else all nodes), expands
// along the chain in both directions, and applies each WHERE conjunct as soon as every
// variable it reads is bound.
import QuiverSyntax

/// One AND-ed piece of a WHERE clause.
final class Conjunct {
    let expr: Expr
    let vars: Set<String>
    var applied = false
    init(expr: Expr, vars: Set<String>) { self.expr = expr; self.vars = vars }
}

extension Compiler {
    func compileMatch(_ m: MatchClause) throws {
        if let w = m.whereExpr, containsAggregate(w) {
            throw syntaxError("aggregate functions are not allowed in WHERE", "InvalidAggregation", w.span)
        }
        if m.optional { try compileOptionalMatch(m) } else { try compilePatterns(m.patterns, where: m.whereExpr) }
    }

    func splitAnd(_ e: Expr) -> [Expr] {
        if case .binary(.and, let l, let r) = e.kind { return splitAnd(l) + splitAnd(r) }
        return [e]
    }

    // MARK: OPTIONAL MATCH

    private func compileOptionalMatch(_ m: MatchClause) throws {
        let tag = newRegister()
        let inputs = liveRegisters
        extraLive.append(tag)
        let slot = Int32(program.optionals.count)
        program.optionals.append(OptionalSpec(tag: tag, inputs: inputs, newRegs: []))
        emit(.optStart, slot, span: m.span, comment: "OPTIONAL MATCH")
        let savedHead = loopHead, savedEnd = pipelineEnd
        let innerEnd = Label()
        pipelineEnd = innerEnd
        loopHead = innerEnd
        let before = Set(scope.order)
        try compilePatterns(m.patterns, where: m.whereExpr)
        let newRegs = scope.order.filter { !before.contains($0) }.compactMap { scope[$0]?.reg }
        program.optionals[Int(slot)].newRegs = newRegs
        emit(.optCollect, slot, span: m.span)
        emitJump(.goto_, to: loopHead, operand: 0)
        place(innerEnd)
        emit(.optFinish, slot, span: m.span)
        pipelineEnd = savedEnd
        loopHead = savedHead
        let at = emitJump(.optNext, slot, 0, to: loopHead, operand: 1, span: m.span, comment: "OPTIONAL MATCH rows")
        loopHead = label(at: at)
        extraLive.removeAll { $0 == tag }
    }

    // MARK: Patterns

    func compilePatterns(_ parts: [PatternPart], where w: Expr?) throws {
        try checkPatternVariables(parts)
        let conjuncts = (w.map { splitAnd($0) } ?? []).map { Conjunct(expr: $0, vars: variables(in: $0)) }
        var relRegs: [Int32] = []
        var relCount = 0
        for p in parts { relCount += p.steps.count }
        for part in parts {
            try compilePart(part, conjuncts: conjuncts, relRegs: &relRegs, needRels: relCount > 1)
        }
        try applyReady(conjuncts, force: true)
        if relRegs.count > 1 {
            emitJump(.relUnique, 0, 0, aux(.sources(relRegs)), to: loopHead, operand: 1, comment: "relationship uniqueness")
        }
    }

    /// Variable kinds must agree: a node variable cannot name a relationship, and so on. A path
    /// variable reused inside its own part is "already bound"; elsewhere it is a type conflict.
    private func checkPatternVariables(_ parts: [PatternPart]) throws {
        var kinds: [String: VarKind] = [:]
        var relVars = Set<String>()
        for (name, v) in scope.vars { kinds[name] = v.kind }
        // A variable holding a literal (WITH 1 AS n) can never be a node or relationship.
        func literalBound(_ id: Identifier, allowList: Bool = false) throws {
            if let v = scope[id.name], v.kind == .value, let t = v.staticType, t != "Null", !(allowList && t == "List") {
                throw syntaxError("variable '\(id.name)' holds a \(t), not a graph element", "VariableTypeConflict", id.span)
            }
        }
        for part in parts {
            if let v = part.start.variable { try literalBound(v) }
            for st in part.steps {
                if let v = st.relationship.variable { try literalBound(v, allowList: st.relationship.length != nil) }
                if let v = st.node.variable { try literalBound(v) }
            }
        }
        for part in parts {
            let own = part.pathVariable?.name
            func check(_ id: Identifier, _ kind: VarKind) throws {
                if id.name == own { throw syntaxError("variable '\(id.name)' is already bound", "VariableAlreadyBound", id.span) }
                if let k = kinds[id.name] {
                    if k != kind && k != .value {
                        throw syntaxError("variable '\(id.name)' is a \(k.name), not a \(kind.name)", "VariableTypeConflict", id.span)
                    }
                } else { kinds[id.name] = kind }
            }
            if let pv = part.pathVariable {
                if scope[pv.name] != nil { throw syntaxError("variable '\(pv.name)' is already bound", "VariableAlreadyBound", pv.span) }
                if kinds[pv.name] != nil {
                    throw syntaxError("variable '\(pv.name)' is already bound", "VariableAlreadyBound", pv.span)
                }
            }
            if let v = part.start.variable { try check(v, .node) }
            for s in part.steps {
                if let v = s.relationship.variable {
                    let kind: VarKind = s.relationship.length == nil ? .rel : .relList
                    if relVars.contains(v.name) {
                        throw syntaxError("relationship variable '\(v.name)' appears twice in one pattern", "RelationshipUniquenessViolation", v.span)
                    }
                    relVars.insert(v.name)
                    try check(v, kind)
                }
                if let v = s.node.variable { try check(v, .node) }
            }
            if let pv = part.pathVariable { kinds[pv.name] = .path }
        }
    }

    /// Compiles the conjuncts whose variables are all bound.
    func applyReady(_ conjuncts: [Conjunct], force: Bool = false) throws {
        for (n, c) in conjuncts.enumerated() where !c.applied {
            if force || c.vars.allSatisfy({ scope[$0] != nil }) {
                c.applied = true
                // Two comparisons of one property with constants (a range such as
                // `30 <= p.age < 40`) become one FilterProperty that tests both in one pass.
                if let first = propertyComparison(c.expr), isConstantOperand(first.value) {
                    var paired = false
                    for d in conjuncts[(n + 1)...] where !d.applied && (force || d.vars.allSatisfy({ scope[$0] != nil })) {
                        guard let second = propertyComparison(d.expr), second.variable == first.variable,
                              second.key == first.key, isConstantOperand(second.value) else { continue }
                        let tests = [PropertyTest(op: first.op, value: try compileExpr(first.value)),
                                     PropertyTest(op: second.op, value: try compileExpr(second.value))]
                        guard tests.allSatisfy({ $0.value < 0 }) else { break }
                        d.applied = true
                        paired = true
                        let span = c.expr.span.start < d.expr.span.start ? c.expr.span : d.expr.span
                        emitJump(.filterProp, first.reg, 0, aux(.propertyFilter(key: first.key, tests: tests)), to: loopHead,
                                 operand: 1, span: span, comment: "WHERE \(text(c.expr)) AND \(text(d.expr))")
                        break
                    }
                    if paired { continue }
                }
                if try emitPropertyFilter(c.expr) { continue }
                let r = try compileToRegister(c.expr)
                emitFilter(r, span: c.expr.span, comment: "WHERE")
            }
        }
    }

    /// `v.key <op> value` (either way round) on a bound node or relationship variable, where
    /// the value reads no variable: the parts of a FilterProperty test.
    func propertyComparison(_ e: Expr) -> (variable: String, reg: Int32, key: String, op: Opcode, value: Expr)? {
        guard case .binary(let bop, let l, let r) = e.kind else { return nil }
        let flipped: [BinaryOp: Opcode] = [.eq: .eq, .ne: .ne, .lt: .gt, .le: .ge, .gt: .lt, .ge: .le]
        let direct: [BinaryOp: Opcode] = [.eq: .eq, .ne: .ne, .lt: .lt, .le: .le, .gt: .gt, .ge: .ge]
        for (side, other, table) in [(l, r, direct), (r, l, flipped)] {
            guard let op = table[bop], case .property(let base, let key, _) = side.kind, case .variable(let name) = base.kind,
                  let v = scope[name], v.kind == .node || v.kind == .rel,
                  variables(in: other).isEmpty, !containsAggregate(other) else { continue }
            return (name, v.reg, key, op, other)
        }
        return nil
    }

    /// Whether an expression compiles to a constant operand (a literal or a parameter).
    private func isConstantOperand(_ e: Expr) -> Bool {
        switch e.kind {
        case .literal, .parameter: return true
        case .unary(.minus, let x): if case .literal = x.kind { return true }; return false
        default: return false
        }
    }

    /// `v.key <op> constant` (either way round) on a node or relationship variable becomes one
    /// FilterProperty instruction. Returns false when the shape does not fit.
    func emitPropertyFilter(_ e: Expr) throws -> Bool {
        guard let c = propertyComparison(e) else { return false }
        let value = try compileExpr(c.value)
        guard value < 0 else { return false }
        emitJump(.filterProp, c.reg, 0, aux(.propertyFilter(key: c.key, tests: [PropertyTest(op: c.op, value: value)])), to: loopHead,
                 operand: 1, span: e.span, comment: "WHERE \(text(e))")
        return true
    }

    private struct Seek { let label: String; let key: String; let value: Expr; let conjunct: Conjunct? }

    /// An index seek for node pattern n: `{key: value}` or a WHERE `n.key = value` whose value
    /// depends only on bound variables.
    private func seekFor(_ n: NodePattern, _ conjuncts: [Conjunct]) -> Seek? {
        guard let label = n.labels.first?.name else { return nil }
        if case .map(let entries)? = n.properties?.kind {
            let ranked = entries.sorted { rank($0.key) < rank($1.key) }
            for e in ranked where variables(in: e.value).allSatisfy({ scope[$0] != nil }) && !containsAggregate(e.value) {
                return Seek(label: label, key: e.key, value: e.value, conjunct: nil)
            }
        }
        guard let v = n.variable?.name else { return nil }
        for c in conjuncts where !c.applied {
            guard case .binary(.eq, let l, let r) = c.expr.kind else { continue }
            for (side, other) in [(l, r), (r, l)] {
                if case .property(let base, let key, _) = side.kind, case .variable(let bn) = base.kind, bn == v,
                   !variables(in: other).contains(v), variables(in: other).allSatisfy({ scope[$0] != nil }) {
                    return Seek(label: label, key: key, value: other, conjunct: c)
                }
            }
        }
        return nil
    }

    private func rank(_ key: String) -> Int { key == "id" ? 0 : (key == "name" ? 1 : 2) }

    private func labelCount(_ name: String) -> Int {
        store.labels.id(name).map { store.nodesWithLabel($0).count } ?? 0
    }

    /// Binds a node that has no binding yet through the best source.
    private func bindNodeBySource(_ n: NodePattern, _ conjuncts: [Conjunct]) throws -> Int32 {
        let out = newRegister()
        var coveredLabel: String? = nil
        var seekKey: String? = nil
        if let s = seekFor(n, conjuncts) {
            let v = try compileExpr(s.value)
            openSource(.seek(label: s.label, key: s.key, value: v, out: out), span: n.span,
                       comment: "seek :\(s.label)(\(s.key))", next: .seekNext)
            coveredLabel = s.label
            seekKey = s.key
            s.conjunct?.applied = true
        } else if let best = n.labels.min(by: { labelCount($0.name) < labelCount($1.name) }) {
            openSource(.scan(label: best.name, out: out), span: n.span, comment: "scan :\(best.name)", next: .scanNext)
            coveredLabel = best.name
        } else {
            openSource(.scan(label: nil, out: out), span: n.span, comment: "scan all nodes", next: .scanNext)
        }
        bindElement(n.variable, out, .node)
        try applyNodeConstraints(n, reg: out, covered: coveredLabel, seekKey: seekKey)
        return out
    }

    /// Labels and property map of a node pattern as filters (skipping what the source ensured).
    private func applyNodeConstraints(_ n: NodePattern, reg: Int32, covered: String?, seekKey: String?) throws {
        let labels = n.labels.map { $0.name }.filter { $0 != covered }
        if !labels.isEmpty && !(labels.allSatisfy(labelCoversAll)) {
            emitJump(.hasLabels, reg, 0, aux(.labels(labels)), to: loopHead, operand: 1, span: n.span, comment: labels.map { ":" + $0 }.joined())
        }
        try applyPropertyMap(n.properties, on: reg, skipping: seekKey)
    }

    /// Whether every node of the graph has the label (then a label check is a no-op).
    private func labelCoversAll(_ name: String) -> Bool {
        !statementWrites && store.nodeCount > 0 && labelCount(name) == store.nodeCount
    }

    func applyPropertyMap(_ props: Expr?, on reg: Int32, skipping: String? = nil) throws {
        guard let props else { return }
        switch props.kind {
        case .map(let entries):
            for e in entries where e.key != skipping {
                let v = try compileExpr(e.value)
                if v < 0 {
                    emitJump(.filterProp, reg, 0, aux(.propertyFilter(key: e.key, tests: [PropertyTest(op: .eq, value: v)])), to: loopHead, operand: 1,
                             span: e.value.span, comment: "{\(e.key)}")
                    continue
                }
                let p = newRegister()
                emit(.prop, p, reg, constantIndex(.string(e.key)), span: e.keySpan, comment: e.key)
                let eq = newRegister()
                emit(.eq, eq, p, v, span: e.value.span)
                emitFilter(eq, span: e.value.span, comment: "{\(e.key)}")
            }
        case .parameter:
            throw syntaxError("a parameter cannot be used as a property map in MATCH", "InvalidParameterUse", props.span)
        default:
            throw QuiverError(.syntaxError, "property map expected", detail: "UnexpectedSyntax", span: props.span)
        }
    }

    private func compilePart(_ part: PatternPart, conjuncts: [Conjunct], relRegs: inout [Int32], needRels: Bool) throws {
        let nodes = [part.start] + part.steps.map { $0.node }
        let rels = part.steps.map { $0.relationship }
        var nodeRegs = [Int32](repeating: -1, count: nodes.count)
        var relOut = [Int32](repeating: -1, count: rels.count)
        let needRelRegs = needRels || part.pathVariable != nil

        func boundReg(_ n: NodePattern) -> Int32? { n.variable.flatMap { scope[$0.name]?.reg } }

        if part.shortest != .none {
            try compileShortestPart(part, conjuncts: conjuncts, relRegs: &relRegs)
            return
        }
        // Choose the start.
        var start = 0
        if let i = nodes.firstIndex(where: { boundReg($0) != nil }) {
            start = i
        } else if let i = nodes.firstIndex(where: { seekFor($0, conjuncts) != nil }) {
            start = i
        } else {
            let labelled = nodes.indices.filter { !nodes[$0].labels.isEmpty }
            if let best = labelled.min(by: { minLabelCount(nodes[$0]) < minLabelCount(nodes[$1]) }) { start = best }
        }
        if let r = boundReg(nodes[start]) {
            nodeRegs[start] = r
            try applyNodeConstraints(nodes[start], reg: r, covered: nil, seekKey: nil)
        } else {
            nodeRegs[start] = try bindNodeBySource(nodes[start], conjuncts)
        }
        try applyReady(conjuncts)
        // Expand right, then left.
        for j in start..<rels.count {
            let (n, r) = try expand(from: nodeRegs[j], rel: rels[j], reversed: false, to: nodes[j + 1], conjuncts: conjuncts, needRel: needRelRegs)
            nodeRegs[j + 1] = n; relOut[j] = r
            if r >= 0 { relRegs.append(r) }
        }
        var j = start - 1
        while j >= 0 {
            let (n, r) = try expand(from: nodeRegs[j + 1], rel: rels[j], reversed: true, to: nodes[j], conjuncts: conjuncts, needRel: needRelRegs)
            nodeRegs[j] = n; relOut[j] = r
            if r >= 0 { relRegs.append(r) }
            j -= 1
        }
        if let pv = part.pathVariable {
            let dst = newRegister()
            emit(.makePath, dst, aux(.path(nodes: nodeRegs, rels: relOut, relIsList: rels.map { $0.length != nil })),
                 span: part.span, comment: "path \(pv.name)")
            scope.bind(pv.name, Variable(reg: dst, kind: .path))
            try applyReady(conjuncts)
        }
    }

    /// Binds a pattern element's register: under its variable, or under a hidden name so that
    /// later sources carry it (named paths and uniqueness checks read it).
    private func bindElement(_ v: Identifier?, _ reg: Int32, _ kind: VarKind) {
        scope.bind(v?.name ?? " \(reg)", Variable(reg: reg, kind: kind))
    }

    private func minLabelCount(_ n: NodePattern) -> Int {
        n.labels.map { labelCount($0.name) }.min() ?? Int.max
    }

    private func reverse(_ d: Direction) -> Direction {
        switch d { case .outgoing: return .incoming; case .incoming: return .outgoing; case .both: return .both }
    }

    /// One hop (or a variable-length run) from `from` to the node pattern `to`.
    private func expand(from: Int32, rel: RelationshipPattern, reversed: Bool, to: NodePattern,
                        conjuncts: [Conjunct], needRel: Bool) throws -> (Int32, Int32) {
        let dir = reversed ? reverse(rel.direction) : rel.direction
        var types: [String] = []
        for t in rel.types where !types.contains(t.name) { types.append(t.name) }
        let boundTarget = to.variable.flatMap { scope[$0.name]?.reg }
        let boundRel = rel.variable.flatMap { scope[$0.name]?.reg }
        let nodeOut = newRegister()
        var relOut: Int32 = -1
        if rel.variable != nil || needRel || boundRel != nil || rel.properties != nil { relOut = newRegister() }
        let arrow = dir == .outgoing ? "->" : (dir == .incoming ? "<-" : "--")
        if let len = rel.length {
            if rel.properties != nil {
                throw QuiverError(.unsupportedFeature, "property maps on variable-length relationships are not supported",
                                  detail: "VarLengthPropertyMap", span: rel.span)
            }
            // An empty range (`*3..1`) enumerates nothing.
            let lo = len.min ?? 1, hi = len.max ?? Int.max
            if len.shortest {
                // Kuzu's SHORTEST: the far end must be bound first.
                let target = try boundTarget ?? bindNodeBySource(to, conjuncts)
                openSource(.shortest(from: from, to: target, types: types, direction: dir, min: lo, max: hi, all: false, outRels: relOut == -1 ? newRegister() : relOut),
                           span: rel.span, comment: "shortest \(arrow)", next: .shortestNext)
                bindElement(rel.variable, relOut, .relList)
                try applyReady(conjuncts)
                return (target, relOut)
            }
            openSource(.varExpand(from: from, types: types, direction: dir, min: lo, max: hi, outNode: nodeOut, outRels: relOut),
                       span: rel.span, comment: "expand \(arrow) *\(lo)..\(hi == Int.max ? "" : String(hi))", next: .varExpandNext)
            if reversed, relOut >= 0 {
                // Reversed expansion walks the path backwards: restore the pattern's order.
                let fixed = newRegister()
                emit(.call, fixed, Int32(functionIndex["reverse"] ?? 0), aux(.sources([relOut])), span: rel.span, comment: "reverse()")
                emit(.move, relOut, fixed, span: rel.span)
            }
        } else {
            openSource(.expand(from: from, types: types, direction: dir, outNode: nodeOut, outRel: relOut),
                       span: rel.span, comment: "expand \(arrow)\(types.isEmpty ? "" : " :" + types.joined(separator: "|"))", next: .expandNext)
        }
        if let br = boundRel {
            let eq = newRegister()
            emit(.eq, eq, relOut, br, span: rel.span)
            emitFilter(eq, span: rel.span, comment: "same relationship")
        } else if relOut >= 0 {
            bindElement(rel.variable, relOut, rel.length == nil ? .rel : .relList)
        }
        if rel.length == nil { try applyPropertyMap(rel.properties, on: relOut) }
        var target = nodeOut
        if let bt = boundTarget {
            let eq = newRegister()
            emit(.eq, eq, nodeOut, bt, span: to.span)
            emitFilter(eq, span: to.span, comment: "same node")
            target = bt
            try applyNodeConstraints(to, reg: bt, covered: nil, seekKey: nil)
        } else {
            bindElement(to.variable, nodeOut, .node)
            try applyNodeConstraints(to, reg: nodeOut, covered: nil, seekKey: nil)
        }
        try applyReady(conjuncts)
        return (target, relOut)
    }

    /// `shortestPath((a)-[:T*..n]->(b))`: both ends are bound first, then a BFS cursor.
    private func compileShortestPart(_ part: PatternPart, conjuncts: [Conjunct], relRegs: inout [Int32]) throws {
        guard part.steps.count == 1, let step = part.steps.first else {
            throw QuiverError(.syntaxError, "shortestPath needs a pattern with exactly one relationship", detail: "UnexpectedSyntax", span: part.span)
        }
        let rel = step.relationship
        func bind(_ n: NodePattern) throws -> Int32 {
            if let r = n.variable.flatMap({ scope[$0.name]?.reg }) {
                try applyNodeConstraints(n, reg: r, covered: nil, seekKey: nil)
                return r
            }
            return try bindNodeBySource(n, conjuncts)
        }
        let a = try bind(part.start)
        try applyReady(conjuncts)
        let b = try bind(step.node)
        try applyReady(conjuncts)
        let lo = rel.length?.min ?? 1, hi = rel.length?.max ?? (rel.length == nil ? 1 : Int.max)
        let relOut = newRegister()
        openSource(.shortest(from: a, to: b, types: rel.types.map { $0.name }, direction: rel.direction, min: lo, max: hi,
                             all: part.shortest == .allShortest, outRels: relOut),
                   span: part.span, comment: part.shortest == .allShortest ? "allShortestPaths" : "shortestPath", next: .shortestNext)
        if let v = rel.variable { scope.bind(v.name, Variable(reg: relOut, kind: .relList)) }
        relRegs.append(relOut)
        if let pv = part.pathVariable {
            let dst = newRegister()
            emit(.makePath, dst, aux(.path(nodes: [a, b], rels: [relOut], relIsList: [true])), span: part.span, comment: "path \(pv.name)")
            scope.bind(pv.name, Variable(reg: dst, kind: .path))
        }
        try applyReady(conjuncts)
    }
}
