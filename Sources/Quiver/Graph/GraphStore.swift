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

    // Relationships.
    private(set) var relType: [Int32] = []
    private(set) var relSrc: [Int32] = []
    private(set) var relDst: [Int32] = []
    private(set) var relProps: [PropertyColumn] = []
    /// Per type: outgoing and incoming adjacency.
    private(set) var outAdj: [Adjacency] = []
    private(set) var inAdj: [Adjacency] = []

    /// Indexes built on demand; replaced (not shared) after every write.
    var indexes = IndexCache()
    /// Key property of a label (label id -> key id), set by COPY; relationship COPY finds nodes by it.
    var labelKeys: [Int: Int] = [:]

    var nodeCount: Int { nodeLabelStart.count - 1 }
    var relationshipCount: Int { relType.count }

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
        for r in 0..<relType.count where relSrc[r] == relDst[r] {
            if names.isEmpty || ids.contains(Int(relType[r])) { return true }
        }
        return false
    }

    /// Endpoints of a relationship (nil for an id the graph does not have).
    func relEnds(_ r: Int) -> (src: Int, dst: Int)? {
        r >= 0 && r < relSrc.count ? (Int(relSrc[r]), Int(relDst[r])) : nil
    }

    func relTypeName(_ r: Int) -> String? {
        r >= 0 && r < relType.count ? types.names[Int(relType[r])] : nil
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
        relType.append(Int32(t)); relSrc.append(Int32(src)); relDst.append(Int32(dst))
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
        for key in 0..<nodeProps.count { nodeProps[key].grow(to: nodeCount) }
        indexes = IndexCache()
        return (first, newLabels)
    }

    /// Appends relationships of one type and rebuilds that type's CSR in both directions.
    mutating func bulkAddRelationships(type name: String, sources: [Int32], targets: [Int32], columns: [(String, PropertyColumn)]) {
        let first = relationshipCount
        let t = types.intern(name)
        while outAdj.count <= t { outAdj.append(Adjacency()); inAdj.append(Adjacency()) }
        let n = sources.count
        relType.append(contentsOf: repeatElement(Int32(t), count: n))
        relSrc.append(contentsOf: sources)
        relDst.append(contentsOf: targets)
        for (k, col) in columns {
            let key = keys.intern(k)
            while relProps.count <= key { relProps.append(PropertyColumn()) }
            if first == 0 && relProps[key].count == 0 { relProps[key] = col } else {
                relProps[key].grow(to: first)
                for i in 0..<n { relProps[key].set(first + i, col.get(i)) }
            }
        }
        for key in 0..<relProps.count { relProps[key].grow(to: relationshipCount) }
        // Rebuild this type's adjacency from every relationship of the type.
        var s: [Int32] = [], d: [Int32] = [], r: [Int32] = []
        if first == 0 || outAdj[t].edgeCount == 0 {
            s = sources; d = targets; r = (0..<n).map { Int32(first + $0) }
        } else {
            for i in 0..<relationshipCount where relType[i] == Int32(t) {
                s.append(relSrc[i]); d.append(relDst[i]); r.append(Int32(i))
            }
        }
        outAdj[t] = Adjacency(nodeCount: nodeCount, sources: s, targets: d, relIds: r)
        inAdj[t] = Adjacency(nodeCount: nodeCount, sources: d, targets: s, relIds: r)
        indexes = IndexCache()
    }

    /// Folds every append area into its CSR (after a large write).
    mutating func compactAdjacency() {
        for t in 0..<outAdj.count where outAdj[t].extraCount > 0 {
            outAdj[t].merge(nodeCount: nodeCount)
            inAdj[t].merge(nodeCount: nodeCount)
        }
    }
}
