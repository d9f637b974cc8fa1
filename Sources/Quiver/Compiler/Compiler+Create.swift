// Compiler+Create: CREATE. Reads before a write are made eager (materialised in a buffer)
// so that no cursor sees the statement's own writes half-way.
import QuiverSyntax

extension Compiler {
    func compileCreate(_ c: CreateClause) throws {
        try checkCreatePatterns(c)
        if pipelineReads {
            let regs = liveRegisters
            program.buffers.append(regs)
            let slot = Int32(program.buffers.count - 1)
            breakPipeline(sink: { emit(.bufferAppend, slot, span: c.span, comment: "eager before CREATE") },
                          next: .bufferNext, slot: slot, span: c.span, comment: "eager rows")
        }
        for part in c.patterns {
            var nodeRegs: [Int32] = []
            var relRegs: [Int32] = []
            nodeRegs.append(try createNode(part.start))
            for step in part.steps {
                let next = try createNode(step.node)
                let rel = step.relationship
                let (from, to) = rel.direction == .incoming ? (next, nodeRegs[nodeRegs.count - 1]) : (nodeRegs[nodeRegs.count - 1], next)
                let (keys, vals) = try propertySources(rel.properties)
                let dst = newRegister()
                emit(.createRel, dst, aux(.createRel(type: rel.types[0].name, from: from, to: to, keys: keys, values: vals)),
                     span: rel.span, comment: "CREATE [:\(rel.types[0].name)]")
                if let v = rel.variable { scope.bind(v.name, Variable(reg: dst, kind: .rel)) }
                nodeRegs.append(next)
                relRegs.append(dst)
            }
            if let pv = part.pathVariable {
                let dst = newRegister()
                emit(.makePath, dst, aux(.path(nodes: nodeRegs, rels: relRegs, relIsList: relRegs.map { _ in false })), span: part.span)
                scope.bind(pv.name, Variable(reg: dst, kind: .path))
            }
        }
        pipelineWrites = true
        statementWrites = true
    }

    private func checkCreatePatterns(_ c: CreateClause) throws {
        var introduced = Set<String>()
        for part in c.patterns {
            if part.shortest != .none {
                throw syntaxError("shortestPath cannot be created", "UnexpectedSyntax", part.span)
            }
            if let pv = part.pathVariable, scope[pv.name] != nil || introduced.contains(pv.name) {
                throw syntaxError("variable '\(pv.name)' is already bound", "VariableAlreadyBound", pv.span)
            }
            let nodes = [part.start] + part.steps.map { $0.node }
            for n in nodes {
                guard let v = n.variable else { continue }
                let bound = scope[v.name] != nil || introduced.contains(v.name)
                if bound {
                    if let k = scope[v.name]?.kind, k != .node {
                        throw syntaxError("variable '\(v.name)' is a \(k.name), not a node", "VariableTypeConflict", v.span)
                    }
                    if !n.labels.isEmpty || n.properties != nil || (part.steps.isEmpty && !introduced.contains(v.name) && scope[v.name] != nil) {
                        throw syntaxError("variable '\(v.name)' is already bound", "VariableAlreadyBound", v.span)
                    }
                    if part.steps.isEmpty && introduced.contains(v.name) {
                        throw syntaxError("variable '\(v.name)' is already bound", "VariableAlreadyBound", v.span)
                    }
                } else { introduced.insert(v.name) }
            }
            for s in part.steps {
                let r = s.relationship
                if let v = r.variable, scope[v.name] != nil || introduced.contains(v.name) {
                    throw syntaxError("variable '\(v.name)' is already bound", "VariableAlreadyBound", v.span)
                }
                if r.length != nil { throw syntaxError("variable-length relationships cannot be created", "CreatingVarLength", r.span) }
                if r.types.count != 1 {
                    throw syntaxError("a created relationship needs exactly one type", "NoSingleRelationshipType", r.span)
                }
                if r.direction == .both { throw syntaxError("a created relationship needs a direction", "RequiresDirectedRelationship", r.span) }
                if let v = r.variable {
                    if scope[v.name] != nil || introduced.contains(v.name) {
                        throw syntaxError("variable '\(v.name)' is already bound", "VariableAlreadyBound", v.span)
                    }
                    introduced.insert(v.name)
                }
            }
        }
    }

    private func propertySources(_ props: Expr?) throws -> ([String], [Int32]) {
        guard let props else { return ([], []) }
        switch props.kind {
        case .map(let entries):
            return (entries.map { $0.key }, try entries.map { try compileExpr($0.value) })
        case .parameter:
            let v = try compileExpr(props)
            guard case .map(let m)? = constantValue(v) else {
                throw QuiverError(.typeError, "a property map parameter must be a map", detail: "InvalidArgumentType", span: props.span)
            }
            let keys = m.keys.sorted()
            return (keys, keys.map { constant(m[$0] ?? .null) })
        default:
            throw QuiverError(.syntaxError, "property map expected", detail: "UnexpectedSyntax", span: props.span)
        }
    }

    /// The register of a CREATE node: the bound variable's, or a new node.
    private func createNode(_ n: NodePattern) throws -> Int32 {
        if let v = n.variable, let bound = scope[v.name] { return bound.reg }
        let (keys, vals) = try propertySources(n.properties)
        let dst = newRegister()
        let labels = n.labels.map { $0.name }
        emit(.createNode, dst, aux(.createNode(labels: labels, keys: keys, values: vals)), span: n.span,
             comment: "CREATE (\(labels.map { ":" + $0 }.joined()))")
        if let v = n.variable { scope.bind(v.name, Variable(reg: dst, kind: .node)) }
        return dst
    }
}
