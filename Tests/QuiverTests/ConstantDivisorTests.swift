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
}
