// IntGroupTable: group ids by integer key, for grouping on one integer column: open
// addressing with linear probing and a multiplicative hash (no per-lookup hasher setup),
// kept under half full.

struct IntGroupTable {
    private var keys: [Int64]
    private var groups: [Int32]
    private var used: [Bool]
    private var count = 0
    private var shift: Int

    init(capacity: Int = 1024) {
        var cap = 16
        while cap < capacity * 2 { cap <<= 1 }
        keys = Array(repeating: 0, count: cap)
        groups = Array(repeating: 0, count: cap)
        used = Array(repeating: false, count: cap)
        shift = 64 - cap.trailingZeroBitCount
    }

    @inline(__always) private func slot(_ x: Int64) -> Int {
        Int(truncatingIfNeeded: UInt64(bitPattern: x &* -7046029254386353131) >> UInt64(shift))
    }

    /// The group of key x, if any.
    @inline(__always) func find(_ x: Int64) -> Int? {
        let mask = keys.count - 1
        var i = slot(x)
        while used[i] {
            if keys[i] == x { return Int(groups[i]) }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Records key x as group g (x must not be present).
    mutating func insert(_ x: Int64, _ g: Int) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(x)
        while used[i] { i = (i + 1) & mask }
        keys[i] = x; groups[i] = Int32(truncatingIfNeeded: g); used[i] = true
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldGroups = groups, oldUsed = used
        let cap = keys.count * 2
        keys = Array(repeating: 0, count: cap)
        groups = Array(repeating: 0, count: cap)
        used = Array(repeating: false, count: cap)
        shift = 64 - cap.trailingZeroBitCount
        count = 0
        for i in 0..<oldKeys.count where oldUsed[i] { insert(oldKeys[i], Int(oldGroups[i])) }
    }
}
