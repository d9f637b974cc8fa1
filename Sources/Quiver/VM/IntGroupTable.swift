// IntGroupTable: group ids by integer key, for grouping on one integer column. Keys that
// fall in a dense range (ids, years, ages) are direct-mapped: group of x at direct[x - base],
// which keeps a scan in key order sequential in memory and needs no hash. When the range
// grows much wider than the number of keys, the table turns into open addressing with
// linear probing and a multiplicative hash, kept under half full, key and group in one slot.

struct IntGroupTable {
    private struct Slot {
        var key: Int64
        /// Group id + 1; 0 marks an empty slot.
        var group: Int32
    }
    /// Direct mode (while `hashed` is false): group + 1 of key base + i at direct[i].
    private var direct: [Int32] = []
    private var base: Int64 = 0
    private var hashed = false
    private var slots: [Slot] = []
    private var count = 0
    private var shift = 0

    init() {}

    /// Hash from the first key on (keys known to be sparse: a DISTINCT over node ids).
    private var startHashed = false

    /// A table that hashes from its first key; nothing is allocated before it.
    static func hashing() -> IntGroupTable {
        var t = IntGroupTable()
        t.startHashed = true
        return t
    }

    /// The group of key x, if any.
    @inline(__always) func find(_ x: Int64) -> Int? {
        if !hashed {
            let (d, o) = x.subtractingReportingOverflow(base)
            guard !o, d >= 0, d < Int64(direct.count) else { return nil }
            let g = direct[Int(d)]
            return g == 0 ? nil : Int(g) - 1
        }
        return slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: UInt64(bitPattern: x &* -7046029254386353131) >> UInt64(shift))
            while s[i].group != 0 {
                if s[i].key == x { return Int(s[i].group) - 1 }
                i = (i + 1) & mask
            }
            return nil
        }
    }

    /// Records key x as group g (x must not be present).
    mutating func insert(_ x: Int64, _ g: Int) {
        _ = findOrInsert(x, next: g)
    }

    /// The group of key x; when x is new it becomes group `next` (inserted = true).
    @inline(__always)
    mutating func findOrInsert(_ x: Int64, next: Int) -> (group: Int, inserted: Bool) {
        if !hashed {
            let (d, o) = x.subtractingReportingOverflow(base)
            if !o, d >= 0, d < Int64(direct.count) {
                let i = Int(d)
                let g = direct[i]
                if g != 0 { return (Int(g) - 1, false) }
                direct[i] = Int32(truncatingIfNeeded: next + 1)
                count += 1
                return (next, true)
            }
            widen(toInclude: x)
            return findOrInsert(x, next: next)
        }
        if (count + 1) * 2 > slots.count { growHash() }
        let sh = shift
        let (group, inserted) = slots.withUnsafeMutableBufferPointer { s -> (Int, Bool) in
            let mask = s.count - 1
            var i = Int(truncatingIfNeeded: UInt64(bitPattern: x &* -7046029254386353131) >> UInt64(sh))
            while s[i].group != 0 {
                if s[i].key == x { return (Int(s[i].group) - 1, false) }
                i = (i + 1) & mask
            }
            s[i] = Slot(key: x, group: Int32(truncatingIfNeeded: next + 1))
            return (next, true)
        }
        if inserted { count += 1 }
        return (group, inserted)
    }

    /// Inserts keys[sel[k]] for k in 0..<n as members (group 0; a set such as a DISTINCT's)
    /// and returns how many were new. A hashing table makes room for all n first, so the
    /// loop runs over the slots without a growth check or a copy-on-write check per key.
    mutating func insertCountingNew(_ keys: UnsafeMutablePointer<Int64>, _ sel: UnsafeMutablePointer<Int32>, _ n: Int) -> Int {
        if !hashed && startHashed && direct.isEmpty && n > 0 { becomeHashed() }
        guard hashed else {
            var added = 0
            for k in 0..<n where findOrInsert(keys[Int(sel[k])], next: 0).inserted { added &+= 1 }
            return added
        }
        while (count + n) * 2 > slots.count { growHash() }
        let sh = UInt64(shift)
        let added = slots.withUnsafeMutableBufferPointer { s -> Int in
            let mask = s.count - 1
            var added = 0
            for k in 0..<n {
                let x = keys[Int(sel[k])]
                var i = Int(truncatingIfNeeded: UInt64(bitPattern: x &* -7046029254386353131) >> sh)
                var found = false
                while s[i].group != 0 {
                    if s[i].key == x { found = true; break }
                    i = (i + 1) & mask
                }
                if !found { s[i] = Slot(key: x, group: 1); added &+= 1 }
            }
            return added
        }
        count += added
        return added
    }

    /// No keys. A small table that hashes from its first key keeps its slots (a cached
    /// machine's DISTINCT then fills them again without allocating); any other table starts
    /// afresh, so a direct range is chosen anew around the next first key.
    mutating func removeAll() {
        if count == 0 && direct.isEmpty && slots.isEmpty { return }
        count = 0
        guard startHashed, hashed, slots.count <= 65_536 else {
            let hashFirst = startHashed
            self = IntGroupTable()
            startHashed = hashFirst
            return
        }
        // Zero bytes are an empty slot: one memset.
        slots.withUnsafeMutableBytes { $0.initializeMemory(as: UInt8.self, repeating: 0) }
    }

    /// Direct mode met a key outside its range: a wider direct range while the keys stay
    /// dense (the range at most 8 times the number of keys, or small), else hashing.
    private mutating func widen(toInclude x: Int64) {
        if direct.isEmpty {
            if startHashed { becomeHashed(); return }
            // The first key: a window around it (keys often grow from the first one).
            let lo = x.subtractingReportingOverflow(64)
            base = lo.overflow ? Int64.min : lo.partialValue
            direct = Array(repeating: 0, count: 128)
            if x.subtractingReportingOverflow(base).partialValue >= 128 { becomeHashed() }
            return
        }
        let hiOld = base.addingReportingOverflow(Int64(direct.count))
        let lo = min(base, x)
        let hiPlus = x.addingReportingOverflow(1)
        guard !hiOld.overflow, !hiPlus.overflow else { becomeHashed(); return }
        let hi = max(hiOld.partialValue, hiPlus.partialValue)
        let span = hi.subtractingReportingOverflow(lo)
        // Dense means at most 8 slots per key (or a small table): a few far-apart keys (a
        // DISTINCT over some node ids) go to hashing rather than a large, mostly empty array.
        let limit = Int64(max(1024, 8 * (count + 1)))
        guard !span.overflow, span.partialValue <= limit else { becomeHashed(); return }
        // Double the room on the side that grew, so that a run of rising keys widens
        // log(n) times (within twice the density limit; exactly [lo, hi) otherwise).
        let room = Int64(direct.count)
        var newLo = lo, newHi = hi
        if x < base {
            let v = lo.subtractingReportingOverflow(room)
            if !v.overflow, hi - v.partialValue <= limit * 2 { newLo = v.partialValue }
        } else {
            let v = hi.addingReportingOverflow(room)
            if !v.overflow, v.partialValue - lo <= limit * 2 { newHi = v.partialValue }
        }
        let newCount = Int(newHi - newLo)
        var wider = [Int32](repeating: 0, count: newCount)
        let shiftBy = Int(base - newLo)
        for i in 0..<direct.count where direct[i] != 0 { wider[i + shiftBy] = direct[i] }
        direct = wider
        base = newLo
    }

    private mutating func becomeHashed() {
        let old = direct, oldBase = base
        hashed = true
        direct = []
        var cap = 64
        while cap < count * 2 + 2 { cap <<= 1 }
        slots = Array(repeating: Slot(key: 0, group: 0), count: cap)
        shift = 64 - cap.trailingZeroBitCount
        count = 0
        for i in 0..<old.count where old[i] != 0 {
            _ = findOrInsert(oldBase &+ Int64(i), next: Int(old[i]) - 1)
        }
    }

    private mutating func growHash() {
        let old = slots
        let cap = slots.count * 2
        slots = Array(repeating: Slot(key: 0, group: 0), count: cap)
        shift = 64 - cap.trailingZeroBitCount
        count = 0
        for s in old where s.group != 0 { _ = findOrInsert(s.key, next: Int(s.group) - 1) }
    }
}
