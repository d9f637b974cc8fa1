// Tests of the value forms: CypherValue.literal (TCK literals) and CypherValue.json (read
// back with JSONSerialization).
import XCTest
@testable import Quiver

final class OutputValueTests: XCTestCase {
    typealias F = OutputFixtures

    func testScalarLiterals() {
        XCTAssertEqual(CypherValue.null.literal, "null")
        XCTAssertEqual(CypherValue.bool(true).literal, "true")
        XCTAssertEqual(CypherValue.int(-42).literal, "-42")
        XCTAssertEqual(CypherValue.double(1.5).literal, "1.5")
        XCTAssertEqual(CypherValue.double(2).literal, "2.0")
        XCTAssertEqual(CypherValue.double(1e16).literal, "1.0e16")
        XCTAssertEqual(CypherValue.double(2.5e-7).literal, "2.5e-7")
        XCTAssertEqual(CypherValue.double(.nan).literal, "NaN")
        XCTAssertEqual(CypherValue.double(-.infinity).literal, "-Infinity")
        XCTAssertEqual(CypherValue.string("it's a \\ test").literal, #"'it\'s a \\ test'"#)
        XCTAssertEqual(CypherValue.string("a\nb").literal, #"'a\nb'"#)
        XCTAssertEqual(CypherValue.string("英伟达").literal, "'英伟达'")
    }

    func testCollectionLiterals() {
        XCTAssertEqual(CypherValue.list([.int(1), .string("a"), .null]).literal, "[1, 'a', null]")
        XCTAssertEqual(CypherValue.list([]).literal, "[]")
        XCTAssertEqual(CypherValue.map(["b": .string("x"), "a": .int(1)]).literal, "{a: 1, b: 'x'}")
        XCTAssertEqual(CypherValue.map(["my key": .int(1)]).literal, "{`my key`: 1}")
        XCTAssertEqual(CypherValue.map([:]).literal, "{}")
    }

    func testGraphLiterals() {
        XCTAssertEqual(CypherValue.node(F.alice).literal, "(:Person:Admin {age: 30, name: 'Alice'})")
        XCTAssertEqual(CypherValue.node(F.carol).literal, "(:Company)")
        XCTAssertEqual(CypherValue.node(Node(id: 9, labels: [], properties: [:])).literal, "()")
        XCTAssertEqual(CypherValue.node(Node(id: 9, labels: [], properties: ["k": .int(1)])).literal, "({k: 1})")
        XCTAssertEqual(CypherValue.relationship(F.knows).literal, "[:KNOWS {since: 2020}]")
        XCTAssertEqual(CypherValue.relationship(F.works).literal, "[:WORKS_AT]")
    }

    func testPathLiteralFollowsEachHopsDirection() {
        let path = Path(nodes: [F.alice, F.bob, F.carol], relationships: [F.knows, F.works])
        XCTAssertEqual(CypherValue.path(path).literal,
                       "<(:Person:Admin {age: 30, name: 'Alice'})-[:KNOWS {since: 2020}]->(:Person {name: 'Bob'})<-[:WORKS_AT]-(:Company)>")
        let reversed = Path(nodes: [F.bob, F.alice], relationships: [F.knows])
        XCTAssertEqual(CypherValue.path(reversed).literal,
                       "<(:Person {name: 'Bob'})<-[:KNOWS {since: 2020}]-(:Person:Admin {age: 30, name: 'Alice'})>")
        XCTAssertEqual(CypherValue.path(Path(nodes: [F.carol], relationships: [])).literal, "<(:Company)>")
    }

    func testJSONScalarsReadBack() throws {
        let text = CypherValue.string("q\"b\\s\n\t\u{01}é英").json
        XCTAssertEqual(try F.parseJSON(text) as? String, "q\"b\\s\n\t\u{01}é英")
        XCTAssertTrue(text.contains("é英"), "non-ASCII stays as is")
        XCTAssertEqual(try F.parseJSON(CypherValue.int(Int64.max).json) as? NSNumber, NSNumber(value: Int64.max))
        XCTAssertEqual(try F.parseJSON(CypherValue.double(0.1).json) as? Double, 0.1)
        XCTAssertEqual(try F.parseJSON(CypherValue.double(1e300).json) as? Double, 1e300)
        XCTAssertEqual(try F.parseJSON(CypherValue.double(.nan).json) as? String, "NaN")
        XCTAssertEqual(try F.parseJSON(CypherValue.double(.infinity).json) as? String, "Infinity")
        XCTAssertEqual(try F.parseJSON(CypherValue.double(-.infinity).json) as? String, "-Infinity")
        XCTAssertEqual(CypherValue.null.json, "null")
        XCTAssertEqual(CypherValue.bool(false).json, "false")
    }

    func testJSONGraphValuesReadBack() throws {
        let node = try XCTUnwrap(try F.parseJSON(CypherValue.node(F.alice).json) as? [String: Any])
        XCTAssertEqual(node["id"] as? Int, 1)
        XCTAssertEqual(node["labels"] as? [String], ["Person", "Admin"])
        XCTAssertEqual((node["properties"] as? [String: Any])?["name"] as? String, "Alice")

        let rel = try XCTUnwrap(try F.parseJSON(CypherValue.relationship(F.knows).json) as? [String: Any])
        XCTAssertEqual(rel["type"] as? String, "KNOWS")
        XCTAssertEqual(rel["start"] as? Int, 1)
        XCTAssertEqual(rel["end"] as? Int, 2)
        XCTAssertEqual((rel["properties"] as? [String: Any])?["since"] as? Int, 2020)

        let path = Path(nodes: [F.alice, F.bob], relationships: [F.knows])
        let p = try XCTUnwrap(try F.parseJSON(CypherValue.path(path).json) as? [String: Any])
        XCTAssertEqual((p["nodes"] as? [[String: Any]])?.count, 2)
        XCTAssertEqual((p["relationships"] as? [[String: Any]])?.first?["id"] as? Int, 10)

        let nested = CypherValue.map(["xs": .list([.int(1), .null, .map(["k": .string("v")])])])
        let m = try XCTUnwrap(try F.parseJSON(nested.json) as? [String: Any])
        let xs = try XCTUnwrap(m["xs"] as? [Any])
        XCTAssertEqual(xs.count, 3)
        XCTAssertTrue(xs[1] is NSNull)
    }
}
