// RelationshipEnds: the endpoints of every relationship, by id, as a few segments of
// consecutive ids. A bulk import (COPY) numbers its relationships in source order, so its
// segment IS its outgoing CSR (offsets over positions, target per position): the source of
// id first+i is the node whose offsets range holds i, found by binary search, and no
// per-relationship source or target array is kept besides the CSR the type needs anyway.
// CREATE appends to a list segment (source and target per id).

struct RelSegment: Sendable {
    /// Id of the segment's first relationship.
    let first: Int
    /// CSR segment: offsets[v]..<offsets[v+1] are the positions of node v's relationships
    /// (nodes + 1 entries). Empty for a list segment.
    var offsets: [Int32] = []
    /// Target per position (both kinds).
    var dst: [Int32] = []
    /// Source per position (list segment only).
    var src: [Int32] = []

    init(first: Int) { self.first = first }

    init(first: Int, offsets: [Int32], dst: [Int32]) {
        self.first = first; self.offsets = offsets; self.dst = dst
    }

    var count: Int { dst.count }
    var isCSR: Bool { !offsets.isEmpty }

    /// Source of position i (0 <= i < count).
    @inline(__always) func source(_ i: Int) -> Int32 {
        if offsets.isEmpty { return src[i] }
        // The last node whose run starts at or before i: offsets[lo] <= i < offsets[hi].
        var lo = 0, hi = offsets.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) >> 1
            if Int(offsets[mid]) <= i { lo = mid } else { hi = mid }
        }
        return Int32(truncatingIfNeeded: lo)
    }
}

/// The segments of a store, in id order (no empty segment).
struct RelEnds: Sendable {
    private(set) var segments: [RelSegment] = []
    private(set) var count = 0

    /// Index of the segment holding id r (0 <= r < count).
    @inline(__always) private func segmentIndex(_ r: Int) -> Int {
        if segments.count == 1 { return 0 }
        var lo = 0, hi = segments.count
        while hi - lo > 1 {
            let mid = (lo + hi) >> 1
            if segments[mid].first <= r { lo = mid } else { hi = mid }
        }
        return lo
    }

    func ends(_ r: Int) -> (src: Int, dst: Int)? {
        guard r >= 0 && r < count else { return nil }
        let s = segments[segmentIndex(r)]
        let i = r - s.first
        return (Int(s.source(i)), Int(s.dst[i]))
    }

    /// Calls body(id, source, target) for the relationships in `ids`, in id order, while it
    /// returns true (a CSR segment is walked node by node, without a search per id).
    func forEach(in ids: Range<Int>, _ body: (Int, Int32, Int32) throws -> Bool) rethrows {
        var r = max(ids.lowerBound, 0)
        let end = min(ids.upperBound, count)
        while r < end {
            let s = segments[segmentIndex(r)]
            let segEnd = min(end, s.first + s.count)
            var i = r - s.first
            if s.isCSR {
                var v = Int(s.source(i))
                while r < segEnd {
                    while Int(s.offsets[v + 1]) <= i { v += 1 }
                    if try !body(r, Int32(truncatingIfNeeded: v), s.dst[i]) { return }
                    r += 1; i += 1
                }
            } else {
                while r < segEnd {
                    if try !body(r, s.src[i], s.dst[i]) { return }
                    r += 1; i += 1
                }
            }
        }
    }

    /// Appends one relationship (CREATE): to the last list segment, or a new one.
    mutating func append(src: Int, dst: Int) {
        if segments.last?.isCSR ?? true { segments.append(RelSegment(first: count)) }
        let last = segments.count - 1
        segments[last].src.append(Int32(truncatingIfNeeded: src))
        segments[last].dst.append(Int32(truncatingIfNeeded: dst))
        count += 1
    }

    /// Appends a bulk import's CSR segment (ids count..<count+dst.count).
    mutating func append(offsets: [Int32], dst: [Int32]) {
        guard !dst.isEmpty else { return }
        segments.append(RelSegment(first: count, offsets: offsets, dst: dst))
        count += dst.count
    }
}
