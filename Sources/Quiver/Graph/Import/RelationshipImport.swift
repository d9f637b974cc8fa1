// RelationshipImport: COPY TYPE FROM 'file.csv' (FROM A, TO B): the first two columns are the
// keys of the source (label A) and target (label B) nodes, the other columns properties. The
// CSR of the type is rebuilt once, by counting sort, in GraphStore.bulkAddRelationships,
// which also numbers the new relationships in source order. A large file is read by two
// threads, one half each (see readInParts).
import Foundation
import Synchronization

enum RelationshipImport {
    static func run(type: String, file: ImportFile, options: ImportOptions, store: inout GraphStore) throws -> UpdateStats {
        guard let fromName = options.from, let toName = options.to else { throw file.error("FROM and TO are required") }
        let from = try endpoint(fromName, store, file)
        let to = fromName == toName ? from : try endpoint(toName, store, file)
        var sources: [Int32] = [], targets: [Int32] = []
        var columns: [(String, PropertyColumn)] = []
        let rows = try read(type: type, file: file, from: from, to: to, sources: &sources, targets: &targets, columns: &columns)
        let propertiesSet = columns.reduce(0) { $0 + $1.1.presentCount }
        // Only relationships change: the node indexes stay valid.
        let kept = store.indexes.keepingNodeIndexes()
        store.bulkAddRelationships(type: type, sources: &sources, targets: &targets, columns: &columns)
        store.indexes = kept
        var stats = UpdateStats()
        stats.relationshipsCreated = rows
        stats.propertiesSet = propertiesSet
        return stats
    }

    /// Reads the rows: endpoint node ids into sources/targets, the other columns into typed
    /// columns. The column builders are gone when this returns, so the columns are the only
    /// holders of their arrays (the store permutes them next).
    private static func read(type: String, file: ImportFile, from: Endpoint, to: Endpoint,
                             sources: inout [Int32], targets: inout [Int32],
                             columns: inout [(String, PropertyColumn)]) throws -> Int {
        var scanner = CSVScanner(bytes: file.bytes, delim: file.delim)
        defer { scanner.release() }
        let header = try file.readHeader(&scanner)
        let width = header.count
        guard width >= 2 else { throw file.error("a relationship file needs at least two columns (source key, target key)") }
        let capacity = file.estimatedRows
        let progress = ImportProgress(label: "COPY \(type)", totalBytes: file.bytes.count)
        if let parts = try readInParts(file, from: scanner.pos, header: header, capacity: capacity, from: from, to: to, progress: progress) {
            sources = parts.sources
            targets = parts.targets
            columns = parts.builders.compactMap { b in b.column().map { (b.name, $0) } }
            progress.finish(rows: parts.rows)
            return parts.rows
        }
        let builders = header.dropFirst(2).map { ColumnBuilder(name: $0.name, declared: $0.type, capacity: capacity) }
        sources.reserveCapacity(capacity); targets.reserveCapacity(capacity)
        let rows = try readRows(file, &scanner, width: width, from: from, to: to, builders: builders,
                                sources: &sources, targets: &targets, progress: progress, parts: 1)
        progress.finish(rows: rows)
        try file.textPass(builders.enumerated().map { ($0.offset + 2, $0.element) }, width: width)
        columns = builders.compactMap { b in b.column().map { (b.name, $0) } }
        return rows
    }

    /// Reads the rows the scanner stands before: endpoint node ids into sources/targets, the
    /// other fields into the builders (one per column after the two keys). Returns the rows.
    private static func readRows(_ file: ImportFile, _ scanner: inout CSVScanner, width: Int, from: Endpoint, to: Endpoint,
                                 builders: [ColumnBuilder], sources: inout [Int32], targets: inout [Int32],
                                 progress: ImportProgress?, parts: Int) throws -> Int {
        let adders = UnretainedBuilders(builders)
        return try withExtendedLifetime(builders) {
            try from.withDenseTable { fromTable in
                try to.withDenseTable { toTable in
                    try file.forEachRow(&scanner, columns: width, progress: progress, parts: parts) { fields, _ in
                        sources.append(try resolve(fields[0], from, fromTable))
                        targets.append(try resolve(fields[1], to, toTable))
                        var j = 2
                        while j < width { try adders.add(j - 2, fields[j]); j += 1 }
                    }
                }
            }
        }
    }

    /// One part of the file read by one thread: endpoints, columns, rows, the first problem.
    private final class Part: @unchecked Sendable {
        var sources: [Int32] = []
        var targets: [Int32] = []
        var builders: [ColumnBuilder] = []
        var rows = 0
        var problem: Error? = nil
        var quotedFields = 0
    }

    /// Files read in two parts and joined so far (tests check that the two-thread path ran).
    static let joinedInParts = Atomic<Int>(0)

    /// What both threads read: the file (its bytes are read-only to them; a part gives back
    /// only its own pages) and the progress bar (only the first part draws it).
    private final class Shared: @unchecked Sendable {
        let file: ImportFile
        let progress: ImportProgress
        init(_ file: ImportFile, _ progress: ImportProgress) { self.file = file; self.progress = progress }
    }

    /// The rows read by two threads, one half of the file each, joined in file order; nil when
    /// the file is small, the session runs on one thread, or a part met a quoted field (it may
    /// have started inside one) or a column the halves typed differently: the caller then
    /// reads the file in one part. A problem in the first half wins over one in the second,
    /// as in one part.
    private static func readInParts(_ file: ImportFile, from dataStart: Int, header: [(name: String, type: ImportType?, offset: Int)],
                                    capacity: Int, from: Endpoint, to: Endpoint, progress: ImportProgress)
        throws -> (sources: [Int32], targets: [Int32], builders: [ColumnBuilder], rows: Int)? {
        let n = file.bytes.count
        guard file.threads > 1, n - dataStart >= file.partsMinimumBytes, let base = file.bytes.baseAddress else { return nil }
        // The second part starts after the first line end past the middle.
        var mid = dataStart + (n - dataStart) / 2
        while mid < n && base[mid] != 10 { mid += 1 }
        guard mid + 1 < n else { return nil }
        mid += 1
        let ranges = [(dataStart, mid), (mid, n)]
        let parts = [Part(), Part()]
        let width = header.count
        let shared = Shared(file, progress)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let part = parts[k]
            let file = shared.file
            // The first part reserves room for the whole file: the second is appended to it.
            let room = k == 0 ? capacity : capacity / 2 + 16
            // Locals in the row loop (the part's fields are class properties: each access
            // would cost an exclusivity check), handed to the part at the end.
            let builders = header.dropFirst(2).map { ColumnBuilder(name: $0.name, declared: $0.type, capacity: room) }
            var sources: [Int32] = [], targets: [Int32] = []
            sources.reserveCapacity(room); targets.reserveCapacity(room)
            var scanner = CSVScanner(bytes: file.bytes, delim: file.delim, start: ranges[k].0, end: ranges[k].1)
            defer { scanner.release() }
            do {
                part.rows = try readRows(file, &scanner, width: width, from: from, to: to, builders: builders,
                                         sources: &sources, targets: &targets, progress: k == 0 ? shared.progress : nil, parts: 2)
            } catch {
                part.problem = error
            }
            part.sources = sources
            part.targets = targets
            part.builders = builders
            part.quotedFields = scanner.quotedFields
        }
        guard parts.allSatisfy({ $0.quotedFields == 0 }) else { return nil }
        if let p = parts[0].problem ?? parts[1].problem { throw p }
        let first = parts[0], second = parts[1]
        for (a, b) in zip(first.builders, second.builders) where !a.absorb(b) { return nil }
        second.builders = []
        first.sources.append(contentsOf: second.sources)
        second.sources = []
        first.targets.append(contentsOf: second.targets)
        second.targets = []
        let builders = first.builders
        first.builders = []
        joinedInParts.add(1, ordering: .relaxed)
        return (first.sources, first.targets, builders, first.rows + second.rows)
    }

    /// The nodes an endpoint column refers to: a label and its key lookup.
    struct Endpoint {
        let label: String
        let keyName: String
        let lookup: KeyLookup

        /// The dense table (key - base -> node) as a buffer for the row loop, when there is one.
        func withDenseTable<R>(_ body: (UnsafeBufferPointer<Int32>?) throws -> R) rethrows -> R {
            if case .dense(_, let nodes) = lookup { return try nodes.withUnsafeBufferPointer { try body($0) } }
            return try body(nil)
        }

        /// The smallest key of a dense table.
        let denseBase: Int64
        /// Keys that map to consecutive nodes.
        let sequential: (base: Int64, first: Int32, count: Int)?
    }

    private static func endpoint(_ label: String, _ store: GraphStore, _ file: ImportFile) throws -> Endpoint {
        guard let l = store.labels.id(label) else { throw file.error("no nodes with label \(label) (import them first)") }
        guard let key = store.labelKeys[l] ?? store.keys.id("id"), store.keys.names.indices.contains(key) else {
            throw file.error("label \(label) has no key: import its nodes with an id column or (KEY col)")
        }
        let keyName = store.keys.names[key]
        let lookup = try KeyLookup.build(store, label: l, key: key) { _ in
            throw file.error("nodes with label \(label) share a value of key '\(keyName)': relationships cannot name them")
        }
        guard let lookup else {
            throw file.error("the key '\(keyName)' of label \(label) must hold integers or strings")
        }
        var base: Int64 = 0
        if case .dense(let b, _) = lookup { base = b }
        var seq: (base: Int64, first: Int32, count: Int)? = nil
        if case .sequential(let b, let f, let c) = lookup { seq = (b, f, c) }
        return Endpoint(label: label, keyName: keyName, lookup: lookup, denseBase: base, sequential: seq)
    }

    @inline(__always)
    private static func resolve(_ f: CSVField, _ e: Endpoint, _ dense: UnsafeBufferPointer<Int32>?) throws -> Int32 {
        if let seq = e.sequential {
            if let v = FieldParsing.int64(f) {
                let (i, o) = v.subtractingReportingOverflow(seq.base)
                if !o, i >= 0, i < Int64(seq.count) { return seq.first &+ Int32(truncatingIfNeeded: i) }
            }
            return try missing(f, e)
        }
        if let dense {
            if let v = FieldParsing.int64(f) {
                let (i, o) = v.subtractingReportingOverflow(e.denseBase)
                if !o, i >= 0, i < Int64(dense.count) {
                    let n = dense[Int(i)]
                    if n >= 0 { return n }
                }
            }
            return try missing(f, e)
        }
        if e.lookup.wantsInts {
            if let v = FieldParsing.int64(f), let n = e.lookup.node(int: v) { return n }
        } else if let n = e.lookup.node(string: f.string) { return n }
        return try missing(f, e)
    }

    private static func missing(_ f: CSVField, _ e: Endpoint) throws -> Int32 {
        if f.isEmpty { throw CSVProblem(offset: f.offset, message: "empty \(e.label) key") }
        if e.lookup.wantsInts && FieldParsing.int64(f) == nil {
            throw CSVProblem(offset: f.offset, message: "malformed INT64 key '\(f.preview)' (the key '\(e.keyName)' of \(e.label) is an integer)")
        }
        throw CSVProblem(offset: f.offset, message: "no \(e.label) node with \(e.keyName) '\(f.preview)'")
    }
}
