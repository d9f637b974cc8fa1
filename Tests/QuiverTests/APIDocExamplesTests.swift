// API tests: the examples of docs/embedding.md, run as written (so the page stays true).
import Dispatch
import Foundation
import XCTest
import Quiver

final class APIDocExamplesTests: XCTestCase {
    struct Company: Decodable { let name: String; let founded: Int? }

    func testQuickStart() throws {
        let graph = try Graph.articles()
        let session = Session(graph: graph)
        let result = try session.run("MATCH (c:Company) WHERE c.name = $name RETURN c.name AS name, c.founded AS founded",
                                     parameters: ["name": "NVIDIA"])
        var seen: [String] = []
        for row in result { let name: String = try row["name"]; let founded: Int? = try row["founded"]; seen.append("\(name) \(founded ?? 0)") }
        XCTAssertEqual(seen, ["NVIDIA 1993"])
        let companies = try result.decode(Company.self)
        XCTAssertEqual(companies.map(\.name), ["NVIDIA"])
        XCTAssertEqual(companies.first?.founded, 1993)
    }

    func testDealDecodingExample() throws {
        struct Deal: Decodable {
            enum Kind: String, Decodable { case investment, acquisition, purchase, donation, partnership, fundraising }
            let id: String
            let kind: Kind
            let amountUSD: Int64?
            let parties: [String]
            let target: Company?
        }
        let session = Session(graph: try Graph.articles())
        let deals = try session.run("""
            MATCH (d:Deal) OPTIONAL MATCH (p)-[:PARTY_TO]->(d)
            WITH d, collect(p.name) AS parties
            OPTIONAL MATCH (d)-[:TARGET]->(t:Company)
            RETURN d.id AS id, d.kind AS kind, d.amount_usd AS amountUSD, parties, t AS target
            """).decode(Deal.self)
        let cohere = try XCTUnwrap(deals.first { $0.id == "cohere-2023-series-c" })
        XCTAssertEqual(cohere.kind, .investment)
        XCTAssertEqual(cohere.amountUSD, 270_000_000)
        XCTAssertTrue(cohere.parties.contains("NVIDIA"), "\(cohere.parties)")
        XCTAssertTrue(deals.contains { $0.target != nil })
    }

    func testHostFunctionExamples() throws {
        let session = Session(graph: try Graph.articles())
        try session.register("slug") { (s: String) -> String in s.lowercased().replacingOccurrences(of: " ", with: "-") }
        try session.register("text.between") { (s: String, lo: Int, hi: Int) -> Bool in (lo...hi).contains(s.count) }
        try session.register("orDefault") { (s: String?) -> String in s ?? "n/a" }
        try session.register("pick", arity: 2) { args in args[1] }
        try session.register("present", arity: 0...8) { args in .int(Int64(args.filter { !$0.isNull }.count)) }
        let slugs = try session.run("MATCH (c:Company) WHERE text.between(c.name, 3, 10) RETURN slug(c.name) ORDER BY slug(c.name)")
            .decode(String.self)
        XCTAssertTrue(slugs.contains("coreweave"), "\(slugs)")
        XCTAssertTrue(slugs.allSatisfy { (3...10).contains($0.count) })
        let row = try XCTUnwrap(try session.run("RETURN orDefault(null) AS d, pick(1, 2) AS p, present(1, null, 3) AS n").first)
        XCTAssertEqual(try row.get("d", as: String.self), "n/a")
        XCTAssertEqual(try row.get("p", as: Int.self), 2)
        XCTAssertEqual(try row.get("n", as: Int.self), 2)
    }

    func testParameterExamples() throws {
        let session = Session(graph: try Graph.articles())
        let names = try session.run("MATCH (c:Company) WHERE c.founded >= $year AND c.kind IN $kinds RETURN c.name",
                                    parameters: ["year": 2000, "kinds": ["ai_lab", "cloud"], "limits": ["max": 2.5], "none": nil])
            .decode(String.self)
        XCTAssertTrue(names.contains("OpenAI"), "\(names)")
        struct Filter: Encodable { let name: String }
        let c = try session.run("MATCH (c:Company {name: $name}) RETURN c", parametersFrom: Filter(name: "NVIDIA")).decode(Company.self)
        XCTAssertEqual(c.first?.founded, 1993)
    }

    func testErrorExample() {
        let session = Session(graph: Graph())
        XCTAssertThrowsError(try session.run("MATCH (c:Company) RETURN c.nme + 1, x")) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.kind, .syntaxError)
            XCTAssertEqual(q?.detail, "UndefinedVariable")
            XCTAssertEqual(q?.phase, .compileTime)
            XCTAssertEqual(q?.kind.rawValue, "SyntaxError")
            XCTAssertTrue(q?.rendered().hasPrefix("<query>:1:") ?? false)
        }
    }

    func testRenderingExample() throws {
        let result = try Session(graph: Graph()).run("RETURN 1 AS one")
        let text = ResultRenderer.render(result, format: .markdown, options: RenderOptions())
        XCTAssertTrue(text.contains("| one |"), text)
    }
}
