// Unit tests of the TCK value reader: scalars, strings with escapes, lists, maps, nodes,
// relationships and paths, and rejection of malformed cells.
import XCTest
@testable import QuiverTCK

final class TCKValueParserTests: XCTestCase {
    func parse(_ s: String) throws -> TCKValue { try TCKValueParser.parse(s) }

    func testScalars() throws {
        guard case .int(-15) = try parse("-15") else { return XCTFail("int") }
        guard case .int(Int64.min) = try parse("-9223372036854775808") else { return XCTFail("min int") }
        guard case .float(let f) = try parse("1.0"), f == 1.0 else { return XCTFail("float") }
        guard case .float(let e) = try parse("1e-305"), e == 1e-305 else { return XCTFail("exponent") }
        guard case .float(let z) = try parse("-0.0"), z == 0, z.sign == .minus else { return XCTFail("-0.0") }
        guard case .float(let n) = try parse("NaN"), n.isNaN else { return XCTFail("NaN") }
        guard case .float(let i) = try parse("-Inf"), i == -.infinity else { return XCTFail("-Inf") }
        guard case .bool(true) = try parse("true"), case .bool(false) = try parse(" false "),
              case .null = try parse("null") else { return XCTFail("keywords") }
    }

    func testStringEscapes() throws {
        guard case .string(let s) = try parse("'a\\'b\\\\c\\nd'") else { return XCTFail("string") }
        // Only \' and \\ are escapes; other backslashes stay.
        XCTAssertEqual(s, "a'b\\c\\nd")
        guard case .string(let empty) = try parse("''") else { return XCTFail("empty") }
        XCTAssertEqual(empty, "")
    }

    func testNestedCollections() throws {
        let v = try parse("[1, 'a', null, [2.5, {k: [], `odd key`: {}}]]")
        XCTAssertEqual(v.description, "[1, 'a', null, [2.5, {k: [], odd key: {}}]]")
    }

    func testNodesRelationshipsAndPaths() throws {
        guard case .node(let n) = try parse("(:L1:L2 {p: 0, q: 'x'})") else { return XCTFail("node") }
        XCTAssertEqual(n.labels, ["L1", "L2"])
        XCTAssertEqual(n.properties.count, 2)
        guard case .node(let bare) = try parse("()"), bare.labels.isEmpty else { return XCTFail("()") }
        guard case .relationship(let r) = try parse("[:T {p: 0}]") else { return XCTFail("rel") }
        XCTAssertEqual(r.type, "T")
        guard case .path(let p) = try parse("<(:A)-[:T]->(:B)<-[:S]-(:C)>") else { return XCTFail("path") }
        XCTAssertEqual(p.hops.map(\.forward), [true, false])
        XCTAssertEqual(p.hops.map(\.relationship.type), ["T", "S"])
        XCTAssertEqual(p.description, "<(:A)-[:T]->(:B)<-[:S]-(:C)>")
        guard case .path(let zero) = try parse("<({n: 1})>") else { return XCTFail("zero path") }
        XCTAssertTrue(zero.hops.isEmpty)
    }

    func testMalformedCellsAreRejected() {
        for bad in ["", "'open", "[1, 2", "{a 1}", "1 2", "(:A", "<(:A)-[:T]-(:B)>", "abc", "{a: 1, a: 2}", "[:T"] {
            XCTAssertThrowsError(try parse(bad), bad)
        }
    }
}
