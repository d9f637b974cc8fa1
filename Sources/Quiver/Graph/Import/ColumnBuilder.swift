// ColumnBuilder: collects one CSV column into a typed PropertyColumn. A declared type
// (`age:INT64`) is enforced field by field; otherwise the type is inferred as the data comes:
// int, widened to double when a float shows up, or bool; anything else makes it a string
// column, whose text a second pass over the file collects.

enum ImportType: String, Sendable {
    case int64 = "INT64", double = "DOUBLE", string = "STRING", bool = "BOOL"

    /// The type named in a header (`name:TYPE`), with common aliases.
    init?(header word: String) {
        switch word.uppercased() {
        case "INT64", "INT", "INTEGER", "LONG": self = .int64
        case "DOUBLE", "FLOAT", "FLOAT64": self = .double
        case "STRING", "STR", "TEXT": self = .string
        case "BOOL", "BOOLEAN": self = .bool
        default: return nil
        }
    }
}

final class ColumnBuilder {
    enum Mode { case unknown, int, double, bool, string }

    let name: String
    let declared: ImportType?
    // Unchecked exclusivity: add() runs once per field, and a dynamic access check on each
    // array of this class would cost more than the parse (only the importer's one thread
    // touches a builder).
    @exclusivity(unchecked) private(set) var mode: Mode
    /// Inferred columns that met a non-number after row 0: rows before `textFrom` get their
    /// strings from a second pass (rows from it on are read as text at once).
    @exclusivity(unchecked) private(set) var needsTextPass = false
    @exclusivity(unchecked) private(set) var textFrom = 0
    @exclusivity(unchecked) private(set) var rows = 0
    @exclusivity(unchecked) private var ints: [Int64] = []
    @exclusivity(unchecked) private var doubles: [Double] = []
    @exclusivity(unchecked) private var bools: [Bool] = []
    @exclusivity(unchecked) private var strings: [String] = []
    @exclusivity(unchecked) private var present: [Bool] = []

    init(name: String, declared: ImportType?, capacity: Int) {
        self.name = name
        self.declared = declared
        switch declared {
        case .int64?: mode = .int
        case .double?: mode = .double
        case .bool?: mode = .bool
        case .string?: mode = .string
        case nil: mode = .unknown
        }
        present.reserveCapacity(capacity)
        switch mode {
        case .int: ints.reserveCapacity(capacity)
        case .double: doubles.reserveCapacity(capacity)
        case .bool: bools.reserveCapacity(capacity)
        case .string: strings.reserveCapacity(capacity)
        case .unknown: break
        }
    }

    /// Adds the field of the next row; throws for a declared type the field does not match.
    @inline(__always)
    func add(_ f: CSVField) throws {
        rows &+= 1
        if f.isEmpty { addNull(); return }
        switch mode {
        case .int:
            if let v = FieldParsing.int64(f) { ints.append(v); present.append(true); return }
        case .double:
            if let v = FieldParsing.double(f) { doubles.append(v); present.append(true); return }
        case .string:
            strings.append(f.string); present.append(true); return
        case .bool:
            if let v = FieldParsing.bool(f) { bools.append(v); present.append(true); return }
        case .unknown: break
        }
        try slowAdd(f)
    }

    private func addNull() {
        present.append(false)
        switch mode {
        case .int: ints.append(0)
        case .double: doubles.append(0)
        case .bool: bools.append(false)
        case .string: strings.append("")
        case .unknown: break
        }
    }

    /// A field the current mode cannot hold: a declared-type error, or a wider inferred type.
    private func slowAdd(_ f: CSVField) throws {
        if let d = declared {
            throw CSVProblem(offset: f.offset, message: "malformed \(d.rawValue) '\(f.preview)' in column '\(name)'")
        }
        let filled = present.count
        switch mode {
        case .unknown:
            if let v = FieldParsing.int64(f) {
                mode = .int; ints = Array(repeating: 0, count: filled); ints.append(v)
            } else if let v = FieldParsing.double(f) {
                mode = .double; doubles = Array(repeating: 0, count: filled); doubles.append(v)
            } else if let v = FieldParsing.bool(f) {
                mode = .bool; bools = Array(repeating: false, count: filled); bools.append(v)
            } else { becomeText(f); return }
            present.append(true)
        case .int:
            if let v = FieldParsing.double(f) {
                mode = .double
                doubles = ints.map { Double($0) }
                ints = []
                doubles.append(v)
                present.append(true)
            } else { becomeText(f) }
        case .double, .bool, .string: becomeText(f)
        }
    }

    /// From this row on the column is text; earlier non-empty rows are read again later.
    private func becomeText(_ f: CSVField) {
        let earlier = present.count
        mode = .string
        textFrom = earlier
        needsTextPass = present.contains(true)
        strings = Array(repeating: "", count: earlier)
        ints = []; doubles = []; bools = []
        present = Array(repeating: false, count: earlier)
        strings.append(f.string)
        present.append(true)
    }

    /// Second pass for a column that became text: rows before textFrom, as strings.
    func addText(_ f: CSVField, row: Int) {
        guard row < textFrom, row < strings.count, !f.isEmpty else { return }
        strings[row] = f.string
        present[row] = true
    }

    // MARK: Parts

    /// Appends the rows of a builder that read the next part of the same column (its rows
    /// come after this one's). False, changing nothing, when the two cannot be joined
    /// without reading text again: the caller then reads the file in one part.
    func absorb(_ other: ColumnBuilder) -> Bool {
        if needsTextPass || other.needsTextPass { return false }
        // A part whose fields were all empty takes the other's type.
        var target = mode
        if target == .unknown { target = other.mode }
        else if other.mode != .unknown && other.mode != target {
            // int and double join as double; anything else would need a text pass.
            guard (target == .int && other.mode == .double) || (target == .double && other.mode == .int) else { return false }
            target = .double
        }
        if target == .unknown { rows += other.rows; present.append(contentsOf: other.present); return true }
        convert(to: target)
        other.convert(to: target)
        switch target {
        case .int: ints.append(contentsOf: other.ints)
        case .double: doubles.append(contentsOf: other.doubles)
        case .bool: bools.append(contentsOf: other.bools)
        case .string: strings.append(contentsOf: other.strings)
        case .unknown: break
        }
        present.append(contentsOf: other.present)
        rows += other.rows
        return true
    }

    /// Brings the values to `target` (only widening: from no values yet, or int to double).
    private func convert(to target: Mode) {
        guard mode != target else { return }
        let filled = present.count
        switch (mode, target) {
        case (.unknown, .int): ints = Array(repeating: 0, count: filled)
        case (.unknown, .double): doubles = Array(repeating: 0, count: filled)
        case (.unknown, .bool): bools = Array(repeating: false, count: filled)
        case (.unknown, .string): strings = Array(repeating: "", count: filled)
        case (.int, .double): doubles = ints.map { Double($0) }; ints = []
        default: return
        }
        mode = target
    }

    // MARK: Results

    /// The finished column, or nil when every field was empty.
    func column() -> PropertyColumn? {
        switch mode {
        case .unknown: return nil
        case .int: return .ints(ints, present: present)
        case .double: return .doubles(doubles, present: present)
        case .bool: return .bools(bools, present: present)
        case .string: return .strings(strings, present: present)
        }
    }
}

/// The builders of an import's columns as unretained references, so that the row loop calls
/// add() without a retain and a release per field (a tenth of an import's time). The caller
/// keeps the builders alive (`withExtendedLifetime`) while it uses these.
struct UnretainedBuilders {
    private let refs: [Unmanaged<ColumnBuilder>]

    init(_ builders: [ColumnBuilder]) { refs = builders.map { Unmanaged.passUnretained($0) } }

    @inline(__always) func add(_ j: Int, _ f: CSVField) throws {
        try refs[j]._withUnsafeGuaranteedRef { try $0.add(f) }
    }
}
