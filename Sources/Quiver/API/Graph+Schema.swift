// Graph+Schema: what a graph holds, for shells and tools: labels and relationship types with
// counts, property keys with the types of their values, and a name search over name, name_zh
// and aliases (the same index as resolve()).

public struct GraphSchema: Sendable {
    public struct Count: Sendable, Hashable { public let name: String; public let count: Int }
    public struct Key: Sendable, Hashable {
        public let name: String
        /// Value types seen (`INTEGER`, `FLOAT`, `STRING`, `BOOLEAN`, `LIST`), sorted.
        public let types: [String]
    }
    public var labels: [Count] = []
    public var relationshipTypes: [Count] = []
    public var nodeKeys: [Key] = []
    public var relationshipKeys: [Key] = []
    /// Property keys found on nodes of each label, sorted.
    public var keysByLabel: [String: [String]] = [:]
    /// Property keys found on relationships of each type, sorted.
    public var keysByType: [String: [String]] = [:]
}

extension PropertyColumn {
    /// The value types present in the column.
    func typeNames() -> [String] {
        switch kind {
        case .empty: return []
        case .int: return ["INTEGER"]
        case .double: return ["FLOAT"]
        case .string: return ["STRING"]
        case .bool: return ["BOOLEAN"]
        case .mixed:
            var names = Set<String>()
            for i in 0..<count where has(i) {
                switch get(i) {
                case .int: names.insert("INTEGER")
                case .double: names.insert("FLOAT")
                case .string: names.insert("STRING")
                case .bool: names.insert("BOOLEAN")
                case .list: names.insert("LIST")
                default: names.insert("ANY")
                }
            }
            return names.sorted()
        }
    }
}

extension Graph {
    /// Labels, relationship types and property keys of the current snapshot.
    public func schema() -> GraphSchema {
        let s = snapshot
        var out = GraphSchema()
        out.labels = s.labels.names.enumerated().map { GraphSchema.Count(name: $0.element, count: s.nodesWithLabel($0.offset).count) }
            .filter { $0.count > 0 }.sorted { $0.name < $1.name }
        var typeCounts = [Int](repeating: 0, count: s.types.count)
        for r in 0..<s.relationshipCount { if let t = s.relTypeName(r), let id = s.types.id(t) { typeCounts[id] += 1 } }
        out.relationshipTypes = s.types.names.enumerated().map { GraphSchema.Count(name: $0.element, count: typeCounts[$0.offset]) }
            .filter { $0.count > 0 }.sorted { $0.name < $1.name }
        for (k, name) in s.keys.names.enumerated() {
            if let c = s.nodeColumn(k), c.presentCount > 0 { out.nodeKeys.append(.init(name: name, types: c.typeNames())) }
            if let c = s.relColumn(k), c.presentCount > 0 { out.relationshipKeys.append(.init(name: name, types: c.typeNames())) }
        }
        out.nodeKeys.sort { $0.name < $1.name }
        out.relationshipKeys.sort { $0.name < $1.name }
        for (l, name) in s.labels.names.enumerated() {
            var keys = Set<String>()
            for n in s.nodesWithLabel(l) { keys.formUnion(s.nodeKeys(Int(n))) }
            if !keys.isEmpty { out.keysByLabel[name] = keys.sorted() }
        }
        var byType: [String: Set<String>] = [:]
        for r in 0..<s.relationshipCount { if let t = s.relTypeName(r) { byType[t, default: []].formUnion(s.relKeys(r)) } }
        out.keysByType = byType.filter { !$0.value.isEmpty }.mapValues { $0.sorted() }
        return out
    }

    /// Nodes whose name, name_zh or an alias contains `text` (case-insensitive), best first:
    /// exact matches, then prefixes, then the rest; shorter names first within each.
    public func find(_ text: String, limit: Int = 50) -> [Node] {
        let s = snapshot
        let q = IndexCache.normalise(text)
        guard !q.isEmpty else { return [] }
        var best: [Int32: (rank: Int, length: Int)] = [:]
        for (name, nodes) in s.indexes.allNames(s) where name.contains(q) {
            let rank = name == q ? 0 : (name.hasPrefix(q) ? 1 : 2)
            for n in nodes {
                let cand = (rank, name.count)
                if let cur = best[n], (cur.rank, cur.length) <= cand { continue }
                best[n] = cand
            }
        }
        let ordered = best.sorted { a, b in
            (a.value.rank, a.value.length, a.key) < (b.value.rank, b.value.length, b.key)
        }
        return ordered.prefix(max(0, limit)).map { s.publicNode(Int($0.key)) }
    }
}
