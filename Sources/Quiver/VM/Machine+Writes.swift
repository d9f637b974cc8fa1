// Machine+Writes: CREATE. Writes go to the machine's private copy of the store; the Graph
// commits that copy only when the whole statement succeeds.
import QuiverSyntax

extension Machine {
    private func propertyValue(_ v: Value, key: String) throws -> Value {
        switch v {
        case .map, .node, .rel, .path:
            throw Ops.typeError("property '\(key)' cannot hold a \(v.typeName)", detail: "InvalidPropertyType")
        case .list(let xs):
            for x in xs {
                switch x {
                case .map, .node, .rel, .path, .list:
                    throw Ops.typeError("property '\(key)' cannot hold a list of \(x.typeName)", detail: "InvalidPropertyType")
                default: break
                }
            }
            return v
        default: return v
        }
    }

    func createNode(_ ins: Instruction) throws {
        guard case .createNode(let labels, let keys, let vals) = aux[Int(ins.b)] else { return }
        let dst = reg(ins.a)
        for k in 0..<selCount {
            let i = Int(sel[k])
            var props: [(String, Value)] = []
            for (key, v) in zip(keys, vals) {
                let x = try propertyValue(value(v, i), key: key)
                if !x.isNull { props.append((key, x)) }
            }
            let (id, newLabels) = store.createNode(labels: labels, properties: props)
            stats.nodesCreated += 1
            stats.labelsAdded += newLabels
            stats.propertiesSet += props.count
            dst[i] = .node(id)
        }
        try reserveValues(selCount)
    }

    func createRel(_ ins: Instruction) throws {
        guard case .createRel(let type, let from, let to, let keys, let vals) = aux[Int(ins.b)] else { return }
        let dst = reg(ins.a)
        for k in 0..<selCount {
            let i = Int(sel[k])
            guard case .node(let s) = value(from, i), case .node(let d) = value(to, i) else {
                throw QuiverError(.semanticError, "cannot create a relationship with a null endpoint", detail: "InvalidArgumentType", phase: .runtime)
            }
            var props: [(String, Value)] = []
            for (key, v) in zip(keys, vals) {
                let x = try propertyValue(value(v, i), key: key)
                if !x.isNull { props.append((key, x)) }
            }
            let id = store.createRelationship(type: type, from: s, to: d, properties: props)
            stats.relationshipsCreated += 1
            stats.propertiesSet += props.count
            dst[i] = .rel(id)
        }
        try reserveValues(selCount)
    }
}
