// RowLoop: drives a CSVScanner over the data rows of an import: checks that every row has
// the header's number of fields, reports progress, and hands each row to a handler.

extension ImportFile {
    /// Calls body(fields, rowIndex) for every data row; returns the number of rows.
    /// `scanner` must stand after the header (or at the start of its part of the file). A
    /// reader of one of `parts` equal parts reports progress as if for the whole file.
    func forEachRow(_ scanner: inout CSVScanner, columns: Int, progress: ImportProgress?, parts: Int = 1,
                    _ body: (UnsafeMutableBufferPointer<CSVField>, Int) throws -> Void) throws -> Int {
        // One slot more than the header: a long row's first extra field is kept for the error.
        var fields = [CSVField](repeating: .empty, count: columns + 1)
        var rows = 0
        var rowEnd = 0
        let start = scanner.pos
        var dropped = start
        try fields.withUnsafeMutableBufferPointer { buf in
            while let n = try scanner.nextRow(into: buf, rowEnd: &rowEnd) {
                if n != columns {
                    if n > columns {
                        throw CSVProblem(offset: buf[columns].offset, message: "row has \(n) fields, the header has \(columns)")
                    }
                    throw CSVProblem(offset: rowEnd, message: "row has \(n) field\(n == 1 ? "" : "s"), the header has \(columns)")
                }
                try body(buf, rows)
                rows += 1
                if rows & 0xFFFF == 0 {
                    try interrupts.check()
                    progress?.update(rows: rows * parts, offset: start + (scanner.pos - start) * parts)
                    mapped?.dropPages(from: &dropped, before: scanner.pos)
                }
            }
        }
        return rows
    }

    /// Byte offset of the start of data row `index` (0-based; error path only).
    func offsetOfRow(_ index: Int, columns: Int) -> Int {
        var scanner = CSVScanner(bytes: bytes, delim: delim)
        defer { scanner.release() }
        var fields = [CSVField](repeating: .empty, count: max(1, columns))
        var rowEnd = 0
        var row = header ? -1 : 0
        do {
            while true {
                let offset = scanner.pos
                let n: Int? = try fields.withUnsafeMutableBufferPointer { try scanner.nextRow(into: $0, rowEnd: &rowEnd) }
                if n == nil { return offset }
                if row == index { return fields.first?.offset ?? offset }
                row += 1
            }
        } catch { return 0 }
    }

    /// Second pass for columns whose inferred type became text after some rows: (field
    /// index, builder). Reads only up to the last row a builder still needs.
    func textPass(_ builders: [(Int, ColumnBuilder)], width: Int) throws {
        let redo = builders.filter { $0.1.needsTextPass }
        guard let stop = redo.map({ $0.1.textFrom }).max(), stop > 0 else { return }
        var scanner = CSVScanner(bytes: bytes, delim: delim)
        defer { scanner.release() }
        var fields = [CSVField](repeating: .empty, count: width + 1)
        var rowEnd = 0
        mapped?.rewind()
        try fields.withUnsafeMutableBufferPointer { buf in
            if header { _ = try scanner.nextRow(into: buf, rowEnd: &rowEnd) }
            var row = 0
            while row < stop, try scanner.nextRow(into: buf, rowEnd: &rowEnd) != nil {
                for (j, b) in redo { b.addText(buf[j], row: row) }
                row += 1
                if row & 0xFFFF == 0 {
                    try interrupts.check()
                    mapped?.dropPages(before: scanner.pos)
                }
            }
        }
    }
}
