// IntGroupTable: the integer-key index behind single-column grouping, against a Dictionary,
// in its direct-mapped mode (dense keys), through the switch to hashing (sparse keys), and
// at the extremes of Int64.
import XCTest
@testable import Quiver

final class IntGroupTableTests: XCTestCase {
    /// Feeds keys to a table and a Dictionary side by side (find and findOrInsert agree).
    private func check(_ keys: [Int64], start: IntGroupTable = IntGroupTable(), file: StaticString = #filePath, line: UInt = #line) {
        var table = start
        var reference: [Int64: Int] = [:]
        for (n, x) in keys.enumerated() {
            XCTAssertEqual(table.find(x), reference[x], "find \(x)", file: file, line: line)
            let (g, inserted) = table.findOrInsert(x, next: reference.count)
            if let want = reference[x] {
                XCTAssertFalse(inserted, file: file, line: line)
                XCTAssertEqual(g, want, file: file, line: line)
            } else {
                XCTAssertTrue(inserted, file: file, line: line)
                reference[x] = reference.count
                XCTAssertEqual(g, reference[x], file: file, line: line)
            }
            if n % 997 == 0 { XCTAssertNil(table.find(Int64.max - 3), file: file, line: line) }
        }
        for (k, g) in reference { XCTAssertEqual(table.find(k), g, file: file, line: line) }
    }

    func testRandomKeysThroughGrowth() {
        var rng = FuzzRandom(state: 99)
        check((0..<50_000).map { _ in Int64(bitPattern: rng.next()) % 20_000 - 10_000 })
    }

    func testDenseRisingAndFallingKeysStayDirect() {
        check((0..<100_000).map { Int64($0) } + (0..<100_000).map { Int64($0) })
        check((0..<70_000).reversed().map { Int64($0) * 3 - 1_000 })
        check((0..<5000).map { Int64($0 % 2 == 0 ? $0 : -$0) })
    }

    func testSparseKeysSwitchToHashing() {
        var rng = FuzzRandom(state: 7)
        // Dense first, then far-apart keys: the table must move everything to hashing.
        let keys = (0..<3000).map { Int64($0) } + (0..<20_000).map { _ in Int64(bitPattern: rng.next()) } + (0..<3000).map { Int64($0) }
        check(keys)
    }

    func testHashingFromTheFirstKey() {
        var rng = FuzzRandom(state: 3)
        check((0..<5000).map { _ in Int64(bitPattern: rng.next()) >> 10 }, start: .hashing())
        check((0..<3000).map { Int64($0) }, start: .hashing())
        check([Int64.min, Int64.max, 0, Int64.min], start: .hashing())
    }

    func testExtremeKeys() {
        check([Int64.min, Int64.max, 0, -1, Int64.min + 1, Int64.max - 1, 5, Int64.min])
        check([Int64.max, Int64.max - 1, Int64.max - 1000, Int64.max])
        check([Int64.min, Int64.min + 2000, Int64.min + 1, Int64.min])
    }

    /// A table emptied by removeAll answers like a new one: small hashing tables keep their
    /// slots, every other table starts afresh.
    func testRemoveAllEmptiesEveryMode() {
        var rng = FuzzRandom(state: 3)
        let sparse = (0..<40).map { _ in Int64(bitPattern: rng.next()) }
        let dense = (0..<3000).map { Int64($0 * 2) }
        let huge = (0..<100_000).map { _ in Int64(bitPattern: rng.next()) }
        for keys in [sparse, dense, huge] {
            for start in [IntGroupTable(), IntGroupTable.hashing()] {
                var table = start
                for (g, x) in keys.enumerated() { _ = table.findOrInsert(x, next: g) }
                table.removeAll()
                for x in keys.prefix(50) { XCTAssertNil(table.find(x)) }
                check(sparse.reversed() + dense + sparse, start: table)
            }
        }
    }

    /// insertCountingNew counts the keys a Set would find new, through growth, in every mode.
    func testInsertCountingNewAgreesWithASet() {
        var rng = FuzzRandom(state: 11)
        for start in [IntGroupTable.hashing(), IntGroupTable()] {
            var table = start
            var reference = Set<Int64>()
            let keys = UnsafeMutablePointer<Int64>.allocate(capacity: 700)
            let sel = UnsafeMutablePointer<Int32>.allocate(capacity: 700)
            defer { keys.deallocate(); sel.deallocate() }
            for round in 0..<40 {
                let n = Int(rng.next() % 700)
                for k in 0..<700 { keys[k] = Int64(bitPattern: rng.next()) % (round % 2 == 0 ? 5_000 : 1 << 40) }
                for k in 0..<n { sel[k] = Int32(truncatingIfNeeded: (k * 7) % 700) }
                var want = 0
                for k in 0..<n where reference.insert(keys[Int(sel[k])]).inserted { want += 1 }
                XCTAssertEqual(table.insertCountingNew(keys, sel, n), want, "round \(round)")
            }
            for x in reference.prefix(200) { XCTAssertNotNil(table.find(x)) }
            table.removeAll()
            XCTAssertEqual(table.insertCountingNew(keys, sel, 0), 0)
        }
    }
}
