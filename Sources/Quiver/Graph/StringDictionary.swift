// StringDictionary: the distinct strings of a dictionary-encoded column, each with a dense
// code (its position). Rows then hold 4-byte codes: an equality test against a constant is
// one integer compare per row, and grouping by the column groups by code. A class so that a
// register can point at the dictionary its codes belong to (identity = same code space);
// columns copy it before they change a shared one (copy-on-write by hand).

final class StringDictionary: @unchecked Sendable {
    // Unchecked Sendable: a dictionary is only mutated while uniquely referenced (the column
    // that owns it checks isKnownUniquelyReferenced first); shared ones are read-only.
    private(set) var strings: [String]
    private var codes: [String: UInt32]

    init() { strings = []; codes = [:] }

    private init(strings: [String], codes: [String: UInt32]) {
        self.strings = strings; self.codes = codes
    }

    var count: Int { strings.count }

    func copy() -> StringDictionary { StringDictionary(strings: strings, codes: codes) }

    /// The code of s, if the column holds s anywhere.
    @inline(__always) func code(_ s: String) -> UInt32? { codes[s] }

    /// The code of s, adding it when new (only on a uniquely referenced dictionary).
    func intern(_ s: String) -> UInt32 {
        if let c = codes[s] { return c }
        let c = UInt32(truncatingIfNeeded: strings.count)
        strings.append(s)
        codes[s] = c
        return c
    }

    @inline(__always) func string(_ code: UInt32) -> String {
        Int(code) < strings.count ? strings[Int(code)] : ""
    }

    /// Dictionary encoding pays when values repeat: at most half as many distinct strings as
    /// rows, judged on a prefix first so that a column of unique names never builds a
    /// dictionary it would throw away.
    static func worthEncoding(_ xs: [String], present: [Bool]) -> Bool {
        let sample = min(xs.count, 8192)
        guard sample >= 64 else { return true }
        var seen = Set<String>()
        var rows = 0
        for i in 0..<sample where i < present.count && present[i] {
            seen.insert(xs[i]); rows += 1
        }
        return seen.count * 2 <= max(rows, 1)
    }
}
