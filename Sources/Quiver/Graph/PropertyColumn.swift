// PropertyColumn: one property key's values over all nodes (or all relationships), typed
// while every value has one type (Int64, Double, String, Bool), a general Value column after.
// A string column is dictionary-encoded (UInt32 codes into a StringDictionary) unless its
// values are mostly distinct, when it keeps plain strings (docs/decisions.md).

struct PropertyColumn: Sendable {
    enum Kind: UInt8, Sendable { case empty, int, double, string, bool, mixed }
    private(set) var kind: Kind = .empty
    private(set) var ints: [Int64] = []
    private(set) var doubles: [Double] = []
    /// Plain string encoding (a string column with `dict == nil`).
    private(set) var strings: [String] = []
    /// Dictionary encoding (a string column with `dict != nil`): codes[i] into dict.
    private(set) var codes: [UInt32] = []
    private(set) var dict: StringDictionary?
    private(set) var bools: [Bool] = []
    private(set) var values: [Value] = []
    /// A compact copy of a bulk-built integer column whose values span less than 65,536:
    /// narrow[i] = ints[i] - narrowBase. Scanning filters read 2 bytes per row instead of 8
    /// (they are bound by memory bandwidth). Dropped by any write to the column.
    private(set) var narrow: [UInt16] = []
    private(set) var narrowBase: Int64 = 0
    /// Whether entity i has this property.
    private(set) var present: [Bool] = []
    private(set) var presentCount = 0

    var count: Int { present.count }
    /// Whether some entity lacks the property (kernels skip the presence test when not).
    var hasGaps: Bool { presentCount < present.count }

    /// Grows the column to `n` entities (new ones lack the property).
    mutating func grow(to n: Int) {
        guard n > present.count else { return }
        narrow = []
        let extra = n - present.count
        present.append(contentsOf: repeatElement(false, count: extra))
        switch kind {
        case .empty: break
        case .int: ints.append(contentsOf: repeatElement(0, count: extra))
        case .double: doubles.append(contentsOf: repeatElement(0, count: extra))
        case .string:
            if dict != nil { codes.append(contentsOf: repeatElement(0, count: extra)) } else {
                strings.append(contentsOf: repeatElement("", count: extra))
            }
        case .bool: bools.append(contentsOf: repeatElement(false, count: extra))
        case .mixed: values.append(contentsOf: repeatElement(.null, count: extra))
        }
    }

    /// The string of entity i in a string column (either encoding); "" when absent.
    func stringAt(_ i: Int) -> String {
        if let dict { return i < codes.count ? dict.string(codes[i]) : "" }
        return i < strings.count ? strings[i] : ""
    }

    func get(_ i: Int) -> Value {
        guard i >= 0, i < present.count, present[i] else { return .null }
        switch kind {
        case .empty: return .null
        case .int: return .int(ints[i])
        case .double: return .double(doubles[i])
        case .string: return .string(stringAt(i))
        case .bool: return .bool(bools[i])
        case .mixed: return values[i]
        }
    }

    func has(_ i: Int) -> Bool { i >= 0 && i < present.count && present[i] }

    /// Sets (or, with `.null`, removes) the value of entity i.
    mutating func set(_ i: Int, _ v: Value) {
        guard i >= 0 else { return }
        narrow = []
        grow(to: i + 1)
        if case .null = v {
            if present[i] { present[i] = false; presentCount -= 1 }
            return
        }
        if !present[i] { present[i] = true; presentCount += 1 }
        if kind == .empty { becomeTyped(for: v) }
        switch (kind, v) {
        case (.int, .int(let x)): ints[i] = x
        case (.double, .double(let x)): doubles[i] = x
        case (.string, .string(let x)):
            if var d = dict {
                dict = nil  // so that d is the only reference when no one else shares it
                if !isKnownUniquelyReferenced(&d) { d = d.copy() }
                codes[i] = d.intern(x)
                dict = d
            } else {
                strings[i] = x
            }
        case (.bool, .bool(let x)): bools[i] = x
        case (.mixed, _): values[i] = v
        default:
            becomeMixed()
            values[i] = v
        }
    }

    private mutating func becomeTyped(for v: Value) {
        let n = present.count
        switch v {
        case .int: kind = .int; ints = Array(repeating: 0, count: n)
        case .double: kind = .double; doubles = Array(repeating: 0, count: n)
        case .string: kind = .string; dict = StringDictionary(); codes = Array(repeating: 0, count: n)
        case .bool: kind = .bool; bools = Array(repeating: false, count: n)
        default: kind = .mixed; values = Array(repeating: .null, count: n)
        }
    }

    private mutating func becomeMixed() {
        var vs = [Value](repeating: .null, count: present.count)
        for i in 0..<present.count where present[i] { vs[i] = get(i) }
        ints = []; doubles = []; strings = []; codes = []; dict = nil; bools = []
        values = vs
        kind = .mixed
    }

    /// Bulk construction for imports: a typed column from arrays.
    static func ints(_ xs: [Int64], present: [Bool]) -> PropertyColumn {
        var c = PropertyColumn(); c.kind = .int; c.ints = xs; c.present = present
        c.presentCount = present.reduce(0) { $0 + ($1 ? 1 : 0) }
        // The compact copy, when the present values fit 16 bits above their minimum.
        var lo = Int64.max, hi = Int64.min
        for i in 0..<min(xs.count, present.count) where present[i] { lo = min(lo, xs[i]); hi = max(hi, xs[i]) }
        if xs.count >= 1024, lo <= hi, case let (span, overflow) = hi.subtractingReportingOverflow(lo), !overflow, span < 65_536 {
            c.narrowBase = lo
            c.narrow = xs.indices.map { i in i < present.count && present[i] ? UInt16(truncatingIfNeeded: xs[i] &- lo) : 0 }
        }
        return c
    }
    static func doubles(_ xs: [Double], present: [Bool]) -> PropertyColumn {
        var c = PropertyColumn(); c.kind = .double; c.doubles = xs; c.present = present
        c.presentCount = present.reduce(0) { $0 + ($1 ? 1 : 0) }; return c
    }
    /// A string column: dictionary-encoded when the values repeat enough, else plain.
    static func strings(_ xs: [String], present: [Bool]) -> PropertyColumn {
        var c = PropertyColumn(); c.kind = .string; c.present = present
        if StringDictionary.worthEncoding(xs, present: present) {
            let d = StringDictionary()
            c.codes = xs.indices.map { i in i < present.count && present[i] ? d.intern(xs[i]) : 0 }
            c.dict = d
        } else {
            c.strings = xs
        }
        c.presentCount = present.reduce(0) { $0 + ($1 ? 1 : 0) }; return c
    }
    static func bools(_ xs: [Bool], present: [Bool]) -> PropertyColumn {
        var c = PropertyColumn(); c.kind = .bool; c.bools = xs; c.present = present
        c.presentCount = present.reduce(0) { $0 + ($1 ? 1 : 0) }; return c
    }
}
