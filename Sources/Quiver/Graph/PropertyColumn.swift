// PropertyColumn: one property key's values over all nodes (or all relationships), typed
// while every value has one type (Int64, Double, String, Bool), a general Value column after.

struct PropertyColumn: Sendable {
    enum Kind: UInt8, Sendable { case empty, int, double, string, bool, mixed }
    private(set) var kind: Kind = .empty
    private(set) var ints: [Int64] = []
    private(set) var doubles: [Double] = []
    private(set) var strings: [String] = []
    private(set) var bools: [Bool] = []
    private(set) var values: [Value] = []
    /// Whether entity i has this property.
    private(set) var present: [Bool] = []
    private(set) var presentCount = 0

    var count: Int { present.count }

    /// Grows the column to `n` entities (new ones lack the property).
    mutating func grow(to n: Int) {
        guard n > present.count else { return }
        let extra = n - present.count
        present.append(contentsOf: repeatElement(false, count: extra))
        switch kind {
        case .empty: break
        case .int: ints.append(contentsOf: repeatElement(0, count: extra))
        case .double: doubles.append(contentsOf: repeatElement(0, count: extra))
        case .string: strings.append(contentsOf: repeatElement("", count: extra))
        case .bool: bools.append(contentsOf: repeatElement(false, count: extra))
        case .mixed: values.append(contentsOf: repeatElement(.null, count: extra))
        }
    }

    func get(_ i: Int) -> Value {
        guard i >= 0, i < present.count, present[i] else { return .null }
        switch kind {
        case .empty: return .null
        case .int: return .int(ints[i])
        case .double: return .double(doubles[i])
        case .string: return .string(strings[i])
        case .bool: return .bool(bools[i])
        case .mixed: return values[i]
        }
    }

    func has(_ i: Int) -> Bool { i >= 0 && i < present.count && present[i] }

    /// Sets (or, with `.null`, removes) the value of entity i.
    mutating func set(_ i: Int, _ v: Value) {
        guard i >= 0 else { return }
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
        case (.string, .string(let x)): strings[i] = x
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
        case .string: kind = .string; strings = Array(repeating: "", count: n)
        case .bool: kind = .bool; bools = Array(repeating: false, count: n)
        default: kind = .mixed; values = Array(repeating: .null, count: n)
        }
    }

    private mutating func becomeMixed() {
        var vs = [Value](repeating: .null, count: present.count)
        for i in 0..<present.count where present[i] { vs[i] = get(i) }
        ints = []; doubles = []; strings = []; bools = []
        values = vs
        kind = .mixed
    }

    /// Bulk construction for imports: a typed column from arrays.
    static func ints(_ xs: [Int64], present: [Bool]) -> PropertyColumn {
        var c = PropertyColumn(); c.kind = .int; c.ints = xs; c.present = present
        c.presentCount = present.reduce(0) { $0 + ($1 ? 1 : 0) }; return c
    }
    static func doubles(_ xs: [Double], present: [Bool]) -> PropertyColumn {
        var c = PropertyColumn(); c.kind = .double; c.doubles = xs; c.present = present
        c.presentCount = present.reduce(0) { $0 + ($1 ? 1 : 0) }; return c
    }
    static func strings(_ xs: [String], present: [Bool]) -> PropertyColumn {
        var c = PropertyColumn(); c.kind = .string; c.strings = xs; c.present = present
        c.presentCount = present.reduce(0) { $0 + ($1 ? 1 : 0) }; return c
    }
    static func bools(_ xs: [Bool], present: [Bool]) -> PropertyColumn {
        var c = PropertyColumn(); c.kind = .bool; c.bools = xs; c.present = present
        c.presentCount = present.reduce(0) { $0 + ($1 ? 1 : 0) }; return c
    }
}
