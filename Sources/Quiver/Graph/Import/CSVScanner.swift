// CSVScanner: splits the bytes of a CSV file into rows of fields without copying: `\n` or
// `\r\n` line ends, one-byte delimiter, RFC 4180 quotes (a quoted field may hold delimiters,
// newlines and doubled quotes; only such a field is copied, to unescape it).

/// A problem at a byte offset of the file; the importer turns the offset into line:col.
struct CSVProblem: Error {
    var offset: Int
    var message: String
}

struct CSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let delim: UInt8
    /// Position of the next unread byte.
    private(set) var pos: Int
    /// Quoted fields met so far (begun, even if one turned out unclosed). A scanner over part
    /// of a file reports through it whether the part may have begun inside a quoted field.
    private(set) var quotedFields = 0
    /// Unescaped copies of quoted fields with doubled quotes, one buffer per column.
    private var scratch: [UnsafeMutablePointer<UInt8>?]
    private var scratchSize: [Int]

    init(bytes: UnsafeBufferPointer<UInt8>, delim: UInt8) {
        self.bytes = bytes
        self.delim = delim
        pos = 0
        scratch = []
        scratchSize = []
        // A UTF-8 byte order mark is not part of the first field.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { pos = 3 }
    }

    /// A scanner over the rows in start..<end of `bytes` (start at a row's first byte, end
    /// after a line end); offsets stay those of the whole file.
    init(bytes: UnsafeBufferPointer<UInt8>, delim: UInt8, start: Int, end: Int) {
        self.bytes = UnsafeBufferPointer(rebasing: bytes[0..<min(end, bytes.count)])
        self.delim = delim
        pos = start
        scratch = []
        scratchSize = []
    }

    var atEnd: Bool { pos >= bytes.count }

    func release() {
        for p in scratch { p?.deallocate() }
    }

    /// Reads the next non-empty row into `fields` (capacity `fields.count`); returns the number
    /// of fields the row has (which may exceed the capacity: extra fields are counted, not
    /// stored), or nil at the end of the file. `rowEnd` gets the offset of the row's line end.
    mutating func nextRow(into fields: UnsafeMutableBufferPointer<CSVField>, rowEnd: inout Int) throws -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        // Blank lines separate nothing: skip them.
        while pos < n && (base[pos] == 10 || (base[pos] == 13 && pos + 1 < n && base[pos + 1] == 10)) {
            pos += base[pos] == 13 ? 2 : 1
        }
        if pos >= n { return nil }
        var count = 0
        while true {
            var field: CSVField
            if base[pos] == 34 {
                field = try quotedField(base, column: count)
            } else {
                let start = pos
                let i = findFieldEnd(base, from: pos, count: n)
                var end = i
                if end > start && base[end - 1] == 13 && (i == n || base[i] == 10) { end -= 1 }
                field = CSVField(base: base + start, count: end - start, offset: start)
                pos = i
            }
            if count < fields.count { fields[count] = field }
            count += 1
            if pos >= n { rowEnd = n; return count }
            let b = base[pos]
            pos += 1
            if b == 10 { rowEnd = pos - 1; return count }
            if b == 13 && pos < n && base[pos] == 10 { rowEnd = pos - 1; pos += 1; return count }
            if b != delim {
                throw CSVProblem(offset: pos - 1, message: "unexpected character after a quoted field")
            }
            // A delimiter at the very end of the file still opens an (empty) last field.
            if pos >= n {
                if count < fields.count { fields[count] = CSVField(base: base + pos, count: 0, offset: pos) }
                rowEnd = n
                return count + 1
            }
        }
    }

    /// Index of the first delimiter or `\n` at or after `from` (or `count`). Eight bytes at a
    /// time while they are there: a byte equal to the delimiter or newline becomes a zero
    /// byte after an XOR, and the classic has-zero-byte test finds it.
    @inline(__always)
    private func findFieldEnd(_ base: UnsafePointer<UInt8>, from: Int, count n: Int) -> Int {
        var i = from
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let dmask = UInt64(delim) &* ones, nmask = UInt64(10) &* ones
        let raw = UnsafeRawPointer(base)
        while i &+ 8 <= n {
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            let a = w ^ dmask, b = w ^ nmask
            let hit = ((a &- ones) & ~a & highs) | ((b &- ones) & ~b & highs)
            if hit != 0 { return i &+ (hit.trailingZeroBitCount >> 3) }
            i &+= 8
        }
        while i < n {
            let c = base[i]
            if c == delim || c == 10 { return i }
            i &+= 1
        }
        return n
    }

    /// A field that starts with `"`: up to the closing quote; `""` stands for one quote.
    private mutating func quotedField(_ base: UnsafePointer<UInt8>, column: Int) throws -> CSVField {
        quotedFields += 1
        let n = bytes.count
        let open = pos
        var i = pos + 1
        var doubled = false
        while true {
            guard i < n else { throw CSVProblem(offset: open, message: "a quoted field is not closed") }
            if base[i] == 34 {
                if i + 1 < n && base[i + 1] == 34 { doubled = true; i += 2; continue }
                break
            }
            i += 1
        }
        pos = i + 1
        let start = open + 1, len = i - start
        guard doubled else { return CSVField(base: base + start, count: len, offset: open) }
        while scratch.count <= column { scratch.append(nil); scratchSize.append(0) }
        if scratchSize[column] < len {
            scratch[column]?.deallocate()
            scratch[column] = .allocate(capacity: len)
            scratchSize[column] = len
        }
        guard let buf = scratch[column] else { return CSVField(base: base + start, count: 0, offset: open) }
        var out = 0, k = start
        while k < i {
            buf[out] = base[k]; out += 1
            k += (base[k] == 34) ? 2 : 1
        }
        return CSVField(base: UnsafePointer(buf), count: out, offset: open)
    }
}

extension CSVProblem {
    /// 1-based line and column (in bytes) of `offset` in `bytes`.
    static func lineAndColumn(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        let end = min(offset, bytes.count)
        var i = 0
        while i < end {
            if bytes[i] == 10 { line += 1; lineStart = i + 1 }
            i += 1
        }
        return (line, end - lineStart + 1)
    }
}
