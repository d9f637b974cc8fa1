// IntGroupTable: the integer-key index behind single-column grouping, against a Dictionary.
import XCTest
@testable import Quiver

final class IntGroupTableTests: XCTestCase {
    func testMatchesADictionaryThroughGrowth() {
        var table = IntGroupTable(capacity: 4)
        var reference: [Int64: Int] = [:]
        var rng = FuzzRandom(state: 99)
        for _ in 0..<50_000 {
            let x = Int64(bitPattern: rng.next()) % 20_000 - 10_000
            if let g = reference[x] {
                XCTAssertEqual(table.find(x), g)
            } else {
                XCTAssertNil(table.find(x))
                reference[x] = reference.count
                table.insert(x, reference[x] ?? -1)
            }
        }
        XCTAssertNil(table.find(Int64.min))
        table.insert(Int64.min, 123_456)
        table.insert(Int64.max, 7)
        XCTAssertEqual(table.find(Int64.min), 123_456)
        XCTAssertEqual(table.find(Int64.max), 7)
        for (k, g) in reference { XCTAssertEqual(table.find(k), g) }
    }
}
