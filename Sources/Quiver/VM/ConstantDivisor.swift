// ConstantDivisor: signed 64-bit division by a run-time constant as a multiply-high and
// shifts (the "magic number" method of Hacker's Delight, 10-1), so that `x % 7` over a batch
// costs a multiplication per row instead of a hardware division. Exact for every Int64
// dividend; divisors 0, 1, -1 and Int64.min are not handled (the caller uses `%`).

struct ConstantDivisor {
    let divisor: Int64
    private let magic: Int64
    private let shift: Int64
    private let addDividend: Int64  // +1: add x after the multiply-high, -1: subtract, 0: neither

    init?(_ d: Int64) {
        guard d != 0, d != 1, d != -1, d != Int64.min else { return nil }
        divisor = d
        let two63: UInt64 = 1 << 63
        let ad = d.magnitude
        let t = two63 &+ (UInt64(bitPattern: d) >> 63)
        let anc = t &- 1 &- t % ad
        var p = 63
        var q1 = two63 / anc, r1 = two63 &- q1 &* anc
        var q2 = two63 / ad, r2 = two63 &- q2 &* ad
        var delta: UInt64 = 0
        repeat {
            p += 1
            q1 = q1 &* 2; r1 = r1 &* 2
            if r1 >= anc { q1 = q1 &+ 1; r1 = r1 &- anc }
            q2 = q2 &* 2; r2 = r2 &* 2
            if r2 >= ad { q2 = q2 &+ 1; r2 = r2 &- ad }
            delta = ad &- r2
        } while q1 < delta || (q1 == delta && r1 == 0)
        var m = Int64(bitPattern: q2 &+ 1)
        if d < 0 { m = 0 &- m }
        magic = m
        shift = Int64(p - 64)
        addDividend = d > 0 && m < 0 ? 1 : (d < 0 && m > 0 ? -1 : 0)
    }

    /// x / divisor, truncated toward zero.
    @inline(__always) func quotient(_ x: Int64) -> Int64 {
        var q = magic.multipliedFullWidth(by: x).high
        q = q &+ x &* addDividend
        q = q &>> shift
        return q &+ Int64(bitPattern: UInt64(bitPattern: q) >> 63)
    }

    /// x % divisor, with the sign of x (as Swift's % and Cypher's).
    @inline(__always) func remainder(_ x: Int64) -> Int64 {
        x &- quotient(x) &* divisor
    }

    /// The same division for dividends in 0..<2^31 and a divisor in 2..<2^31 (nil otherwise).
    var small31: Small31? { divisor >= 2 && divisor < 1 << 31 ? Small31(UInt64(divisor)) : nil }

    /// Division of 0 <= x < 2^31 by 2 <= d < 2^31: q = (x * m) >> s with m = ceil(2^(31+l) / d),
    /// l = ceil(log2 d), exact for every such x (Hacker's Delight 10-9, unsigned, N = 31).
    /// Both factors fit in 32 bits, so the product is a 32 x 32 -> 64 multiply, which SSE2
    /// does two at a time.
    struct Small31 {
        let divisor: UInt64
        let magic: UInt64
        let shift: UInt64

        init(_ d: UInt64) {
            divisor = d
            let l = UInt64(64 - (d - 1).leadingZeroBitCount)
            let p: UInt64 = 1 << (31 + l)
            magic = p / d + (p % d == 0 ? 0 : 1)
            shift = 31 + l
        }

        /// x % divisor for 0 <= x < 2^31 (the caller checks the range).
        @inline(__always) func remainder(_ x: Int64) -> Int64 {
            let v = UInt64(UInt32(truncatingIfNeeded: x))
            let q = (v &* UInt64(UInt32(truncatingIfNeeded: magic))) &>> shift
            return Int64(bitPattern: v &- UInt64(UInt32(truncatingIfNeeded: q)) &* UInt64(UInt32(truncatingIfNeeded: divisor)))
        }
    }
}
