// Importer: COPY Label FROM 'file.csv' (nodes) and COPY TYPE FROM 'file.csv' (FROM A, TO B)
// (relationships). It maps the file (MappedFile), hands the rows to NodeImport /
// RelationshipImport and turns a CSVProblem into an ImportError naming file:line:col. It
// works on the private copy of the store the Graph gives a writer, so a failed COPY changes
// nothing.
import Foundation
import QuiverSyntax

enum Importer {
    static func copy(_ c: CopyClause, into store: inout GraphStore, options: SessionOptions, source: SourceText,
                     cancel: CancelToken? = nil) throws -> UpdateStats {
        let interrupts = ImportInterrupts(cancel: cancel, deadline: options.timeout.map { Date().timeIntervalSinceReferenceDate + $0 })
        let opts = try ImportOptions(c)
        let url = try ImportOptions.resolve(c.path, options: options, span: c.pathSpan)
        let mapped: MappedFile
        do { mapped = try MappedFile(url: url) } catch {
            throw QuiverError(.ioError, "cannot read '\(c.path)': \(error.localizedDescription)", detail: "FileNotFound", span: c.pathSpan)
        }
        var file = ImportFile(name: c.path, bytes: mapped.bytes, delim: opts.delim, header: opts.header, span: c.pathSpan,
                              interrupts: interrupts, mapped: mapped)
        file.threads = max(1, options.threads)
        file.partsMinimumBytes = options.parallelImportMinimumBytes
        do {
            if opts.isRelationship {
                return try RelationshipImport.run(type: c.table.name, file: file, options: opts, store: &store)
            }
            return try NodeImport.run(label: c.table.name, file: file, options: opts, store: &store)
        } catch let p as CSVProblem {
            throw file.error(p)
        }
    }
}

/// Cancellation and the statement's time limit, checked between blocks of rows.
struct ImportInterrupts {
    var cancel: CancelToken?
    var deadline: Double?

    func check() throws {
        if cancel?.isCancelled == true { throw QuiverError(.cancelled, "the statement was cancelled", phase: .runtime) }
        if let d = deadline, Date().timeIntervalSinceReferenceDate > d {
            throw QuiverError(.resourceLimit, "the statement ran past its time limit", detail: "Timeout", phase: .runtime)
        }
    }
}

/// The file being imported: its bytes, format, and how errors in it are reported.
struct ImportFile {
    let name: String
    let bytes: UnsafeBufferPointer<UInt8>
    let delim: UInt8
    let header: Bool
    let span: SourceSpan
    var interrupts = ImportInterrupts()
    /// The mapping behind `bytes`, whose pages the row loop gives back as it goes (nil: none).
    var mapped: MappedFile? = nil
    /// Threads the import may use (SessionOptions.threads), and the size from which a
    /// relationship file is read in two parts.
    var threads = 1
    var partsMinimumBytes = 8 << 20

    /// A QuiverError for a problem at a byte offset: `file:line:col: message`.
    func error(_ p: CSVProblem) -> QuiverError {
        let (line, col) = CSVProblem.lineAndColumn(p.offset, in: bytes)
        return QuiverError(.importError, "\(name):\(line):\(col): \(p.message)", detail: "ImportError", span: span)
    }

    func error(_ message: String) -> QuiverError {
        QuiverError(.importError, "\(name): \(message)", detail: "ImportError", span: span)
    }

    /// Column names (and declared types) from the header, or column1..N from the first row.
    func readHeader(_ scanner: inout CSVScanner) throws -> [(name: String, type: ImportType?, offset: Int)] {
        var fields = [CSVField](repeating: .empty, count: 4096)
        var rowEnd = 0
        let count: Int? = try fields.withUnsafeMutableBufferPointer { try scanner.nextRow(into: $0, rowEnd: &rowEnd) }
        guard let n = count else { throw error("the file is empty") }
        guard n <= fields.count else { throw error("more than \(fields.count) columns") }
        if !header {
            // Read the first row again as data.
            scanner = CSVScanner(bytes: bytes, delim: delim)
            return (0..<n).map { (name: "column\($0 + 1)", type: nil, offset: fields[$0].offset) }
        }
        var out: [(name: String, type: ImportType?, offset: Int)] = []
        for f in fields[0..<n] {
            let text = f.string
            if let colon = text.lastIndex(of: ":") {
                let name = String(text[..<colon]), typeWord = String(text[text.index(after: colon)...])
                guard let t = ImportType(header: typeWord) else {
                    throw CSVProblem(offset: f.offset, message: "unknown column type '\(typeWord)' (known: INT64, DOUBLE, STRING, BOOL)")
                }
                out.append((name, t, f.offset))
            } else {
                out.append((text, nil, f.offset))
            }
        }
        var seen = Set<String>()
        for c in out {
            if c.name.isEmpty { throw CSVProblem(offset: c.offset, message: "a column has no name") }
            if !seen.insert(c.name).inserted { throw CSVProblem(offset: c.offset, message: "column '\(c.name)' appears twice") }
        }
        return out
    }

    /// Rough row count from the average length of the first lines, for reserving capacity.
    var estimatedRows: Int {
        let sample = min(bytes.count, 1 << 16)
        var lines = 0
        for i in 0..<sample where bytes[i] == 10 { lines += 1 }
        guard lines > 0 else { return 1 }
        return min(bytes.count / max(1, sample / lines) + 16, 1 << 31)
    }
}
