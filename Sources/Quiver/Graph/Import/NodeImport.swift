// NodeImport: COPY Label FROM 'file.csv': one node per row, every column a property (typed
// by the header or inferred), the `id` column (or KEY) the label's key: non-empty, unique,
// integer or string, and indexed at once so that `{id: 7}` seeks find a warm index.

enum NodeImport {
    static func run(label: String, file: ImportFile, options: ImportOptions, store: inout GraphStore) throws -> UpdateStats {
        var scanner = CSVScanner(bytes: file.bytes, delim: file.delim)
        defer { scanner.release() }
        let header = try file.readHeader(&scanner)
        let width = header.count
        var keyIndex: Int? = nil
        if let k = options.key {
            guard let i = header.firstIndex(where: { $0.name == k }) else {
                throw file.error("KEY column '\(k)' is not in the header (columns: \(header.map { $0.name }.joined(separator: ", ")))")
            }
            keyIndex = i
        } else {
            keyIndex = header.firstIndex { $0.name == "id" }
        }
        if let k = keyIndex, let l = store.labels.id(label), let existing = store.labelKeys[l],
           store.keys.names.indices.contains(existing), store.keys.names[existing] != header[k].name {
            throw file.error("label \(label) already has the key '\(store.keys.names[existing])', not '\(header[k].name)'")
        }
        let capacity = file.estimatedRows
        let builders = header.map { ColumnBuilder(name: $0.name, declared: $0.type, capacity: capacity) }
        let progress = ImportProgress(label: "COPY \(label)", totalBytes: file.bytes.count)
        let keyCol = keyIndex ?? -1
        let adders = UnretainedBuilders(builders)
        let rows = try withExtendedLifetime(builders) {
            try file.forEachRow(&scanner, columns: width, progress: progress) { fields, _ in
                var j = 0
                while j < width {
                    let f = fields[j]
                    if j == keyCol && f.isEmpty {
                        throw CSVProblem(offset: f.offset, message: "the key column '\(header[j].name)' is empty")
                    }
                    try adders.add(j, f)
                    j += 1
                }
            }
        }
        progress.finish(rows: rows)
        try file.textPass(Array(builders.enumerated()), width: width)
        if let k = keyIndex {
            let mode = builders[k].mode
            if rows > 0 && mode != .int && mode != .string {
                throw file.error("the key column '\(header[k].name)' must hold integers or strings")
            }
        }
        var columns: [(String, PropertyColumn)] = []
        var propertiesSet = 0
        for b in builders {
            guard let col = b.column() else { continue }
            columns.append((b.name, col))
            propertiesSet += col.presentCount
        }
        let (first, newLabels) = store.bulkAddNodes(label: label, count: rows, columns: columns)
        if let k = keyIndex, let l = store.labels.id(label), let keyId = store.keys.id(header[k].name) {
            store.labelKeys[l] = keyId
            // Duplicate keys (also against nodes of the label imported earlier) are an error.
            _ = try KeyLookup.build(store, label: l, key: keyId) { node in
                let row = node - first
                let offset = row >= 0 ? file.offsetOfRow(row, columns: width) : 0
                throw CSVProblem(offset: offset, message: "duplicate key '\(store.nodeProperty(node, keyId).literalText)' in column '\(header[k].name)'")
            }
            store.indexes.warm(store, label: l, key: keyId)
        }
        var stats = UpdateStats()
        stats.nodesCreated = rows
        stats.propertiesSet = propertiesSet
        stats.labelsAdded = newLabels
        return stats
    }
}

extension Value {
    /// Short text of a key value for messages.
    var literalText: String {
        switch self {
        case .int(let i): return String(i)
        case .string(let s): return s
        case .double(let d): return String(d)
        case .bool(let b): return String(b)
        default: return typeName
        }
    }
}
