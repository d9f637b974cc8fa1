// Unit tests of TCK value equality: int vs float, float numerics and NaN, list order,
// maps, nodes without identity, path directions; and of the multiset row diff.
import XCTest
@testable import QuiverTCK
import Quiver

final class TCKValueComparerTests: XCTestCase {
    let strict = TCKValueComparer()
    let loose = TCKValueComparer(ignoreListOrder: true)

    func v(_ s: String) throws -> TCKValue { try TCKValueParser.parse(s) }

    func testNumbers() throws {
        XCTAssertFalse(strict.equal(try v("1"), try v("1.0")))
        XCTAssertTrue(strict.equal(try v("3985764.3405892686"), .float(3985764.3405892687)))
        XCTAssertTrue(strict.equal(try v("NaN"), .float(.nan)))
        XCTAssertFalse(strict.equal(try v("NaN"), try v("1.0")))
        XCTAssertTrue(strict.equal(try v("Inf"), .float(.infinity)))
        XCTAssertFalse(strict.equal(try v("'1'"), try v("1")))
    }

    func testListsInOrderOrAsMultisets() throws {
        XCTAssertFalse(strict.equal(try v("[1, 2]"), try v("[2, 1]")))
        XCTAssertTrue(loose.equal(try v("[1, 2, 2]"), try v("[2, 1, 2]")))
        XCTAssertFalse(loose.equal(try v("[1, 1, 2]"), try v("[1, 2, 2]")))
        XCTAssertFalse(loose.equal(try v("[1]"), try v("[1, 1]")))
    }

    func testMapsNodesRelationships() throws {
        XCTAssertTrue(strict.equal(try v("{a: 1, b: 'x'}"), try v("{b: 'x', a: 1}")))
        XCTAssertFalse(strict.equal(try v("{a: 1}"), try v("{a: 1, b: null}")))
        XCTAssertTrue(strict.equal(try v("(:A:B {p: 1})"), try v("(:B:A {p: 1})")))
        XCTAssertFalse(strict.equal(try v("(:A {p: 1})"), try v("(:A {p: 1.0})")))
        XCTAssertFalse(strict.equal(try v("[:T]"), try v("[:S]")))
        XCTAssertFalse(strict.equal(try v("(:A)"), try v("[:A]")))
    }

    func testPathsCompareDirections() throws {
        XCTAssertTrue(strict.equal(try v("<(:A)-[:T]->(:B)>"), try v("<(:A)-[:T]->(:B)>")))
        XCTAssertFalse(strict.equal(try v("<(:A)-[:T]->(:B)>"), try v("<(:A)<-[:T]-(:B)>")))
        XCTAssertFalse(strict.equal(try v("<(:A)>"), try v("<(:A)-[:T]->(:B)>")))
    }

    func testEngineValuesConvert() throws {
        let a = Node(id: 1, labels: ["A"], properties: ["n": .int(1)])
        let b = Node(id: 2, labels: ["B"], properties: [:])
        // The relationship goes from b to a: the path walks it backwards.
        let r = Relationship(id: 7, type: "T", startId: 2, endId: 1, properties: ["w": .double(0.5)])
        let path = TCKValue(.path(Path(nodes: [a, b], relationships: [r])))
        XCTAssertTrue(strict.equal(path, try v("<(:A {n: 1})<-[:T {w: 0.5}]-(:B)>")))
        XCTAssertFalse(strict.equal(path, try v("<(:A {n: 1})-[:T {w: 0.5}]->(:B)>")))
        XCTAssertThrowsError(try TCKValue.node(TCKNode(a)).cypherValue())
    }

    func testMultisetDiff() {
        let d = MultisetDiff(expected: [1, 2, 2, 3], actual: [2, 3, 4, 2], equal: { $0 == $1 })
        XCTAssertEqual(d.missing, [0])
        XCTAssertEqual(d.extra, [2])
        XCTAssertFalse(d.isEmpty)
        XCTAssertTrue(MultisetDiff(expected: [1, 1], actual: [1, 1], equal: { $0 == $1 }).isEmpty)
    }
}
