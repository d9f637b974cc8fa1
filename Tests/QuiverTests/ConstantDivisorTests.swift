// ConstantDivisor: multiply-high division must equal Swift's / and % for every dividend,
// including Int64.min and Int64.max, for small, large, negative and power-of-two divisors.
import XCTest
@testable import Quiver

final class ConstantDivisorTests: XCTestCase {
    func testMatchesHardwareDivision() throws {
        var rng = FuzzRandom(state: 2024)
        var divisors: [Int64] = [2, 3, 5, 6, 7, 10, 11, 13, 100, 641, 1000, 1 << 20, 1 << 62,
                                 Int64.max, Int64.max - 1, Int64.min + 1, (1 << 32) + 1, 3_000_000_007]
        divisors += divisors.map { 0 - $0 }
        for _ in 0..<200 { divisors.append(Int64(bitPattern: rng.next()) >> Int64(rng.next() % 62)) }
        var dividends: [Int64] = [0, 1, -1, 2, -2, 6, 7, -7, 8, Int64.min, Int64.max, Int64.min + 1, Int64.max - 1]
        for _ in 0..<2000 { dividends.append(Int64(bitPattern: rng.next()) >> Int64(rng.next() % 63)) }
        for d in divisors {
            guard let cd = ConstantDivisor(d) else {
                XCTAssertTrue([0, 1, -1, Int64.min].contains(d), "\(d) refused")
                continue
            }
            for x in dividends + [d, d &* 3, d &- 1, d &+ 1, 0 &- d] {
                if x == Int64.min && d == -1 { continue }
                XCTAssertEqual(cd.quotient(x), x / d, "\(x) / \(d)")
                XCTAssertEqual(cd.remainder(x), x % d, "\(x) % \(d)")
            }
        }
        for d: Int64 in [0, 1, -1, Int64.min] { XCTAssertNil(ConstantDivisor(d)) }
    }

    /// The 32-bit path for dividends in 0..<2^31 equals % for every divisor it accepts, at
    /// the edges of the range and around multiples of the divisor.
    func testSmall31MatchesHardwareDivision() throws {
        var rng = FuzzRandom(state: 31)
        var divisors: [Int64] = [2, 3, 5, 7, 10, 11, 641, 1000, 65_535, 65_536, 65_537, (1 << 30) + 1, (1 << 31) - 1, 1 << 30]
        for _ in 0..<300 { divisors.append(2 + Int64(rng.next() % ((1 << 31) - 2))) }
        for _ in 0..<100 { divisors.append(2 + Int64(rng.next() % 5000)) }
        let top: Int64 = (1 << 31) - 1
        for d in divisors {
            guard let small = ConstantDivisor(d)?.small31 else { return XCTFail("\(d) has no 31-bit form") }
            var xs: [Int64] = [0, 1, d - 1, d, d + 1, top, top - 1, top - d, top / d * d, top / d * d - 1]
            for _ in 0..<400 { xs.append(Int64(rng.next() % UInt64(top + 1))) }
            for x in xs where x >= 0 && x <= top {
                XCTAssertEqual(small.remainder(x), x % d, "\(x) % \(d)")
            }
        }
        for d: Int64 in [1 << 31, Int64.max, -7, 1 << 40] { XCTAssertNil(ConstantDivisor(d)?.small31) }
    }
}
