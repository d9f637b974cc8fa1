// GraphStore: the graph as one copy-on-write value: symbol tables, nodes with labels,
// relationships, typed property columns, CSR adjacency per type and direction, and a cache of
// indexes built on demand. A statement mutates a private copy; the Graph commits it.
import Foundation

/// Interned names (labels, relationship types, property keys): dense Int ids.
struct SymbolTable: Sendable {
    private(set) var names: [String] = []
    private var ids: [String: Int] = [:]
    func id(_ name: String) -> Int? { ids[name] }
    mutating func intern(_ name: String) -> Int {
        if let i = ids[name] { return i }
        names.append(name); ids[name] = names.count - 1
        return names.count - 1
    }
    var count: Int { names.count }
}

struct GraphStore: Sendable {
    var labels = SymbolTable()
    var types = SymbolTable()
    var keys = SymbolTable()

    // Nodes: labels as a flat list per node (nodeLabelStart has nodeCount + 1 entries).
    private(set) var nodeLabelStart: [Int32] = [0]
    private(set) var nodeLabelList: [Int32] = []
    /// Per label, node ids in ascending order.
    private(set) var labelNodes: [[Int32]] = []
    /// Per property key (by key id), the node column.
    private(set) var nodeProps: [PropertyColumn] = []

    // Relationships: endpoints by id in segments (RelationshipEnds.swift: a bulk import's
    // segment is its outgoing CSR); types as runs (a bulk import adds one run for millions
    // of relationships): ids typeRunStart[i] up to the next run's start (or the end) have
    // type typeRunType[i].
    private(set) var rels = RelEnds()
    private var typeRunStart: [Int32] = []
    private var typeRunType: [Int32] = []
    private(set) var relProps: [PropertyColumn] = []
    /// Per type: outgoing and incoming adjacency.
    private(set) var outAdj: [Adjacency] = []
    private(set) var inAdj: [Adjacency] = []

    /// Indexes built on demand; replaced (not shared) after every write.
    var indexes = IndexCache()
    /// Key property of a label (label id -> key id), set by COPY; relationship COPY finds nodes by it.
    var labelKeys: [Int: Int] = [:]

    var nodeCount: Int { nodeLabelStart.count - 1 }
    var relationshipCount: Int { rels.count }

    /// Type id of relationship r (nil for an id the graph does not have).
    @inline(__always) func relTypeId(_ r: Int) -> Int? {
        guard r >= 0 && r < rels.count, !typeRunStart.isEmpty else { return nil }
        if typeRunStart.count == 1 { return Int(typeRunType[0]) }
        // The last run starting at or before r.
        var lo = 0, hi = typeRunStart.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if Int(typeRunStart[mid]) <= r { lo = mid } else { hi = mid }
        }
        return Int(typeRunType[lo])
    }

    /// Relationship ids by type run: (type id, ids), in id order.
    func relTypeRuns() -> [(type: Int, ids: Range<Int>)] {
        typeRunStart.indices.map { i in
            let end = i + 1 < typeRunStart.count ? Int(typeRunStart[i + 1]) : rels.count
            return (Int(typeRunType[i]), Int(typeRunStart[i])..<end)
        }
    }

    /// The type id of every relationship, read as `relType[r]` (computed from the runs).
    var relType: RelTypes { RelTypes(store: self) }

    struct RelTypes {
        let store: GraphStore
        var count: Int { store.relationshipCount }
        subscript(_ r: Int) -> Int32 { Int32(store.relTypeId(r) ?? -1) }
    }

    /// Source and target of every relationship, read as `relSrc[r]` / `relDst[r]` (-1 for an
    /// id the graph does not have).
    var relSrc: RelEndView { RelEndView(rels: rels, source: true) }
    var relDst: RelEndView { RelEndView(rels: rels, source: false) }

    struct RelEndView {
        let rels: RelEnds
        let source: Bool
        var count: Int { rels.count }
        subscript(_ r: Int) -> Int32 {
            guard let e = rels.ends(r) else { return -1 }
            return Int32(truncatingIfNeeded: source ? e.src : e.dst)
        }
    }

    private mutating func appendTypeRun(_ t: Int, at first: Int) {
        if typeRunType.last == Int32(t) { return }
        typeRunStart.append(Int32(first)); typeRunType.append(Int32(t))
    }

    // MARK: Reading

    func labelsOf(_ node: Int) -> ArraySlice<Int32> {
        guard node >= 0, node + 1 < nodeLabelStart.count else { return [] }
        return nodeLabelList[Int(nodeLabelStart[node])..<Int(nodeLabelStart[node + 1])]
    }

    func hasLabel(_ node: Int, _ label: Int) -> Bool {
        labelsOf(node).contains(Int32(label))
    }

    func nodesWithLabel(_ label: Int) -> [Int32] {
        label >= 0 && label < labelNodes.count ? labelNodes[label] : []
    }

    func nodeProperty(_ node: Int, _ key: Int) -> Value {
        key >= 0 && key < nodeProps.count ? nodeProps[key].get(node) : .null
    }

    func relProperty(_ rel: Int, _ key: Int) -> Value {
        key >= 0 && key < relProps.count ? relProps[key].get(rel) : .null
    }

    func nodeColumn(_ key: Int) -> PropertyColumn? { key >= 0 && key < nodeProps.count ? nodeProps[key] : nil }
    func relColumn(_ key: Int) -> PropertyColumn? { key >= 0 && key < relProps.count ? relProps[key] : nil }

    /// Property map of a node, keys in key-id order.
    func nodeProperties(_ node: Int) -> [String: Value] {
        var m: [String: Value] = [:]
        for (k, col) in nodeProps.enumerated() where col.has(node) { m[keys.names[k]] = col.get(node) }
        return m
    }

    func relProperties(_ rel: Int) -> [String: Value] {
        var m: [String: Value] = [:]
        for (k, col) in relProps.enumerated() where col.has(rel) { m[keys.names[k]] = col.get(rel) }
        return m
    }

    func nodeKeys(_ node: Int) -> [String] {
        nodeProps.enumerated().filter { $0.element.has(node) }.map { keys.names[$0.offset] }
    }

    func relKeys(_ rel: Int) -> [String] {
        relProps.enumerated().filter { $0.element.has(rel) }.map { keys.names[$0.offset] }
    }

    /// Whether some relationship of one of `types` (all types when empty) is a self loop.
    func hasSelfLoops(types names: [String]) -> Bool { indexes.hasSelfLoops(self, types: names) }

    func scanSelfLoops(types names: [String]) -> Bool {
        let ids = Set(names.compactMap { self.types.id($0) })
        var found = false
        for run in relTypeRuns() where names.isEmpty || ids.contains(run.type) {
            rels.forEach(in: run.ids) { _, s, d in
                if s == d { found = true }
                return !found
            }
            if found { return true }
        }
        return false
    }

    /// Endpoints of a relationship (nil for an id the graph does not have).
    func relEnds(_ r: Int) -> (src: Int, dst: Int)? {
        rels.ends(r)
    }

    func relTypeName(_ r: Int) -> String? {
        relTypeId(r).map { types.names[$0] }
    }

    func adjacency(type: Int, outgoing: Bool) -> Adjacency? {
        guard type >= 0 && type < outAdj.count else { return nil }
        return outgoing ? outAdj[type] : inAdj[type]
    }

    // MARK: Writing

    /// Adds a node; returns its id and how many new label names it introduced.
    @discardableResult
    mutating func createNode(labels names: [String], properties: [(String, Value)]) -> (id: Int, newLabels: Int) {
        let id = nodeCount
        var newLabels = 0
        var seen = Set<Int32>()
        for name in names {
            let before = labels.count
            let l = labels.intern(name)
            if labels.count > before { newLabels += 1; labelNodes.append([]) }
            if seen.insert(Int32(l)).inserted {
                nodeLabelList.append(Int32(l))
                labelNodes[l].append(Int32(id))
            }
        }
        nodeLabelStart.append(Int32(nodeLabelList.count))
        for (k, v) in properties where !v.isNull {
            let key = keys.intern(k)
            while nodeProps.count <= key { nodeProps.append(PropertyColumn()) }
            nodeProps[key].set(id, v)
        }
        indexes = IndexCache()
        return (id, newLabels)
    }

    /// Adds a relationship src -[type]-> dst; returns its id.
    @discardableResult
    mutating func createRelationship(type name: String, from src: Int, to dst: Int, properties: [(String, Value)]) -> Int {
        let id = relationshipCount
        let t = types.intern(name)
        while outAdj.count <= t { outAdj.append(Adjacency()); inAdj.append(Adjacency()) }
        appendTypeRun(t, at: id)
        rels.append(src: src, dst: dst)
        outAdj[t].append(from: src, to: dst, rel: id)
        inAdj[t].append(from: dst, to: src, rel: id)
        for (k, v) in properties where !v.isNull {
            let key = keys.intern(k)
            while relProps.count <= key { relProps.append(PropertyColumn()) }
            relProps[key].set(id, v)
        }
        indexes = IndexCache()
        return id
    }

    // MARK: Bulk import

    /// Appends `count` nodes with one label and typed columns (already sized to `count`).
    mutating func bulkAddNodes(label name: String, count: Int, columns: [(String, PropertyColumn)]) -> (first: Int, newLabels: Int) {
        let first = nodeCount
        let before = labels.count
        let l = labels.intern(name)
        let newLabels = labels.count - before
        if newLabels > 0 { labelNodes.append([]) }
        nodeLabelList.reserveCapacity(nodeLabelList.count + count)
        nodeLabelStart.reserveCapacity(nodeLabelStart.count + count)
        labelNodes[l].reserveCapacity(labelNodes[l].count + count)
        for i in 0..<count {
            nodeLabelList.append(Int32(l))
            nodeLabelStart.append(Int32(nodeLabelList.count))
            labelNodes[l].append(Int32(first + i))
        }
        for (k, col) in columns {
            let key = keys.intern(k)
            while nodeProps.count <= key { nodeProps.append(PropertyColumn()) }
            if first == 0 && nodeProps[key].count == 0 {
                nodeProps[key] = col
            } else {
                nodeProps[key].grow(to: first)
                for i in 0..<count { nodeProps[key].set(first + i, col.get(i)) }
            }
        }
        // Columns that hold no value (keys of relationships) stay short: a read past a
        // column's end is a missing property, and 1 byte per node per such key adds up.
        for key in 0..<nodeProps.count where nodeProps[key].kind != .empty { nodeProps[key].grow(to: nodeCount) }
        indexes = IndexCache()
        return (first, newLabels)
    }

    /// Appends relationships of one type and rebuilds that type's CSR in both directions.
    /// The relationships get the ids relationshipCount..<relationshipCount+n in order of
    /// their source (a counting sort), not in the order given: the new ids' endpoint
    /// segment is then the type's outgoing CSR (no source or target array per id), and
    /// every column is permuted along. Sources and targets must be nodes of the store.
    /// Takes the endpoint arrays and the columns (left empty) so that the caller holds no
    /// second copy while the arrays are rebuilt.
    mutating func bulkAddRelationships(type name: String, sources: inout [Int32], targets: inout [Int32],
                                       columns: inout [(String, PropertyColumn)]) {
        let first = relationshipCount
        let t = types.intern(name)
        while outAdj.count <= t { outAdj.append(Adjacency()); inAdj.append(Adjacency()) }
        let n = min(sources.count, targets.count)
        let nodes = nodeCount
        // Counting sort on the source: offsets, the target per position, and (in place of
        // the sources) the position of each input row.
        var offsets = [Int32](repeating: 0, count: nodes + 1)
        var dst = [Int32](repeating: 0, count: n)
        sources.withUnsafeMutableBufferPointer { src in
            targets.withUnsafeBufferPointer { tgt in
                offsets.withUnsafeMutableBufferPointer { off in
                    dst.withUnsafeMutableBufferPointer { d in
                        for k in 0..<n {
                            let s = Int(src[k]), e = Int(tgt[k])
                            precondition(s >= 0 && s < nodes && e >= 0 && e < nodes, "relationship endpoint is not a node")
                            off[s + 1] &+= 1
                        }
                        for v in 0..<nodes { off[v + 1] &+= off[v] }
                        // off[v] serves as v's fill pointer, then holds the end of v's run.
                        for k in 0..<n {
                            let s = Int(src[k])
                            let p = off[s]
                            off[s] = p &+ 1
                            d[Int(p)] = tgt[k]
                            src[k] = p
                        }
                        var v = nodes
                        while v > 0 { off[v] = off[v - 1]; v -= 1 }
                        off[0] = 0
                    }
                }
            }
        }
        targets = []
        // Columns in the new order (one column's old and new arrays alive at a time).
        var permuted: [(String, PropertyColumn)] = []
        sources.withUnsafeBufferPointer { pos in
            let pos = UnsafeBufferPointer(rebasing: pos[0..<n])
            for j in columns.indices {
                let (k, col) = columns[j]
                columns[j].1 = PropertyColumn()
                permuted.append((k, GraphStore.permute(col, pos)))
            }
        }
        columns = []
        sources = []
        for (k, col) in permuted {
            let key = keys.intern(k)
            while relProps.count <= key { relProps.append(PropertyColumn()) }
            if first == 0 && relProps[key].count == 0 { relProps[key] = col } else {
                relProps[key].grow(to: first)
                for i in 0..<n where col.has(i) { relProps[key].set(first + i, col.get(i)) }
            }
        }
        permuted = []
        rels.append(offsets: offsets, dst: dst)
        if n > 0 { appendTypeRun(t, at: first) }
        for key in 0..<relProps.count where relProps[key].kind != .empty { relProps[key].grow(to: relationshipCount) }
        // Rebuild this type's adjacency from every relationship of the type.
        if outAdj[t].edgeCount == 0 {
            // The type's relationships are exactly the new ones: the segment is the CSR.
            if n > 0 {
                outAdj[t] = Adjacency(offsets: offsets, nbrs: dst, firstRel: first)
                inAdj[t] = Adjacency(transposing: offsets, dst, firstRel: first, nodeCount: nodes)
            }
        } else {
            var s: [Int32] = [], d: [Int32] = [], r: [Int32] = []
            let total = outAdj[t].edgeCount + n
            s.reserveCapacity(total); d.reserveCapacity(total); r.reserveCapacity(total)
            for run in relTypeRuns() where run.type == t {
                rels.forEach(in: run.ids) { id, a, b in
                    s.append(a); d.append(b); r.append(Int32(truncatingIfNeeded: id))
                    return true
                }
            }
            outAdj[t] = Adjacency(nodeCount: nodeCount, sources: s, targets: d, relIds: r)
            inAdj[t] = Adjacency(nodeCount: nodeCount, sources: d, targets: s, relIds: r)
        }
        indexes = IndexCache()
    }

    /// `col` with row k moved to position pos[k] (pos a permutation of 0..<pos.count).
    private static func permute(_ col: PropertyColumn, _ pos: UnsafeBufferPointer<Int32>) -> PropertyColumn {
        let n = pos.count
        func scatter<T: BitwiseCopyable>(_ xs: [T], _ zero: T) -> [T] {
            if xs.count < n {
                var out = [T](repeating: zero, count: n)
                for k in 0..<xs.count { out[Int(pos[k])] = xs[k] }
                return out
            }
            // Every position is written once: no initialising pass.
            return [T](unsafeUninitializedCapacity: n) { o, c in
                xs.withUnsafeBufferPointer { x in
                    for k in 0..<n { o[Int(pos[k])] = x[k] }
                }
                c = n
            }
        }
        switch col.kind {
        case .int: return .ints(scatter(col.ints, 0), present: scatter(col.present, false))
        case .double: return .doubles(scatter(col.doubles, 0), present: scatter(col.present, false))
        case .bool: return .bools(scatter(col.bools, false), present: scatter(col.present, false))
        case .string:
            var xs = [String](repeating: "", count: n)
            for k in 0..<n where col.has(k) {
                if case .string(let s) = col.get(k) { xs[Int(pos[k])] = s }
            }
            return .strings(xs, present: scatter(col.present, false))
        case .empty, .mixed:
            var values = [Value](repeating: .null, count: n)
            for k in 0..<n where col.has(k) { values[Int(pos[k])] = col.get(k) }
            var c = PropertyColumn()
            for i in 0..<n where !values[i].isNull { c.set(i, values[i]) }
            return c
        }
    }

    /// Folds every append area into its CSR (after a large write).
    mutating func compactAdjacency() {
        for t in 0..<outAdj.count where outAdj[t].extraCount > 0 {
            outAdj[t].merge(nodeCount: nodeCount)
            inAdj[t].merge(nodeCount: nodeCount)
        }
    }
}
