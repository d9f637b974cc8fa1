// API tests: results decoded into Decodable types (rows keyed by column, nested lists and maps,
// nodes by their properties) and Encodable values as parameters, with the errors of each.
import XCTest
import Quiver

final class APICodableTests: XCTestCase {
    struct Company: Decodable, Equatable { let name: String }

    func testTheContractExampleOnTheArticleGraph() throws {
        let session = Session(graph: try Graph.articles())
        let result = try session.run("MATCH (c:Company) WHERE c.name = $name RETURN c.name AS name", parameters: ["name": "NVIDIA"])
        let companies: [Company] = try result.decode(Company.self)
        XCTAssertEqual(companies, [Company(name: "NVIDIA")])
    }

    struct Person: Decodable, Equatable {
        struct Address: Decodable, Equatable { let city: String; let zip: Int? }
        let name: String
        let age: Int
        let tags: [String]
        let address: Address
        let score: Double?
        let nickname: String?
    }

    func testNestedListsMapsAndOptionals() throws {
        let r = try Session(graph: Graph()).run("""
            RETURN 'ann' AS name, 41 AS age, ['a', 'b'] AS tags, {city: 'Oslo'} AS address, null AS score
            """)
        XCTAssertEqual(try r.decode(Person.self),
                       [Person(name: "ann", age: 41, tags: ["a", "b"], address: .init(city: "Oslo", zip: nil), score: nil, nickname: nil)])
    }

    struct Holder: Decodable { let c: Company; let node: Node; let r: Relationship; let raw: CypherValue; let p: Path }

    func testNodesDecodeFromTheirPropertiesAndPassThroughAsNode() throws {
        let session = Session(graph: Graph())
        try session.run("CREATE (:Company {name: 'Acme', founded: 1990})-[:OWNS {pct: 51}]->(:Company {name: 'Sub'})")
        let r = try session.run("""
            MATCH p = (a:Company {name: 'Acme'})-[r:OWNS]->(b) RETURN a AS c, b AS node, r, a.founded AS raw, p
            """)
        let h = try XCTUnwrap(try r.decode(Holder.self).first)
        XCTAssertEqual(h.c.name, "Acme")
        XCTAssertEqual(h.node.labels, ["Company"])
        XCTAssertEqual(h.node["name"], "Sub")
        XCTAssertEqual(h.r["pct"], 51)
        XCTAssertEqual(h.raw, 1990)
        XCTAssertEqual(h.p.relationships.first?.type, "OWNS")
        // A one-column result decodes into the column's type directly.
        XCTAssertEqual(try session.run("MATCH (c:Company) RETURN c.name ORDER BY c.name").decode(String.self), ["Acme", "Sub"])
        XCTAssertEqual(try session.run("MATCH (c:Company) RETURN c ORDER BY c.name").decode(Company.self).map(\.name), ["Acme", "Sub"])
    }

    func testMissingColumnAndWrongTypeErrorsNameTheColumn() throws {
        struct Wants: Decodable { let name: String; let age: Int }
        let session = Session(graph: Graph())
        XCTAssertThrowsError(try session.run("RETURN 'x' AS name").decode(Wants.self)) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.kind, .apiError)
            XCTAssertEqual(q?.detail, "MissingColumn")
            XCTAssertEqual(q?.message, "no column named 'age' (columns: 'name')")
        }
        XCTAssertThrowsError(try session.run("RETURN 'x' AS name, 'old' AS age").decode(Wants.self)) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.detail, "TypeMismatch")
            XCTAssertEqual(q?.message, "column 'age': expected Integer, got String")
        }
        XCTAssertThrowsError(try session.run("RETURN 'x' AS name, null AS age").decode(Wants.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.message, "column 'age': expected Integer, got Null")
        }
        // Deep inside a column, the path is shown.
        XCTAssertThrowsError(try session.run("RETURN 'x' AS name, 1 AS age, ['a', 2] AS tags, {city: 'c'} AS address").decode(Person.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.message, "column 'tags' at [1]: expected String, got Integer")
        }
        XCTAssertThrowsError(try session.run("RETURN 'x' AS name, 1 AS age, [] AS tags, {town: 'c'} AS address").decode(Person.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.message, "column 'address': no key 'city'")
            XCTAssertEqual((e as? QuiverError)?.detail, "MissingKey")
        }
        XCTAssertThrowsError(try session.run("RETURN 300 AS n").decode(UInt8.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.message, "column 'n': 300 does not fit in UInt8")
        }
        XCTAssertThrowsError(try session.run("RETURN 1 AS a, 2 AS b").decode(Int.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .apiError)
        }
        XCTAssertThrowsError(try session.run("CREATE (n:X) RETURN n").decode(Company.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.message, "no column named 'name', and column 'n' has no key or property of that name")
        }
        XCTAssertThrowsError(try session.run("CREATE (n:X) RETURN n, 1 AS k").decode(Company.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.detail, "MissingColumn")
        }
        struct Inner: Decodable { let c: Company }
        XCTAssertThrowsError(try session.run("CREATE (n:X) RETURN n AS c").decode(Inner.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.message, "column 'c': no property 'name'")
        }
    }

    struct Deal: Codable, Equatable {
        enum Kind: String, Codable { case investment, acquisition }
        let id: String
        let amount: Int64
        let kind: Kind
        let parties: [String]
        let terms: [String: Double]
        let note: String?
    }

    func testEncodableValuesBecomeParametersAndRoundTrip() throws {
        let deal = Deal(id: "d1", amount: 1_300_000_000, kind: .investment, parties: ["a", "b"], terms: ["pct": 12.5], note: nil)
        let encoded = try CypherValue.encode(deal)
        XCTAssertEqual(encoded, ["id": "d1", "amount": 1_300_000_000, "kind": "investment", "parties": ["a", "b"], "terms": ["pct": 12.5]])
        XCTAssertEqual(try encoded.decode(Deal.self), deal)

        let session = Session(graph: Graph())
        try session.run("CREATE (:Deal {id: $d.id, amount: $d.amount, kind: $d.kind, parties: $d.parties})", parameters: ["d": .encode(deal)])
        let back = try session.run("MATCH (d:Deal) RETURN d.id AS id, d.amount AS amount, d.kind AS kind, d.parties AS parties, {pct: 12.5} AS terms, d.note AS note")
        XCTAssertEqual(try back.decode(Deal.self), [deal])

        struct Params: Encodable { let name: String; let min: Int }
        let r = try session.run("RETURN $name AS n, $min AS m", parametersFrom: Params(name: "x", min: 3))
        XCTAssertEqual(try r.first?.get("n", as: String.self), "x")
        XCTAssertEqual(try r.first?.get("m", as: Int.self), 3)
    }

    func testEncodingErrors() {
        XCTAssertThrowsError(try CypherValue.encode([UInt64.max])) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .apiError)
            XCTAssertEqual((e as? QuiverError)?.detail, "NumberOutOfRange")
            XCTAssertEqual((e as? QuiverError)?.message, "value at [0]: 18446744073709551615 does not fit in a Cypher Integer (64-bit signed)")
        }
        XCTAssertThrowsError(try Session(graph: Graph()).run("RETURN 1", parametersFrom: [1, 2])) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .apiError)
        }
    }

    func testValuesRoundTripThroughJSON() throws {
        let v: CypherValue = ["a": [1, 2.5, "s", true, nil], "n": .node(Node(id: 3, labels: ["L"], properties: ["k": 1]))]
        let data = try JSONEncoder().encode(v)
        let back = try JSONDecoder().decode(CypherValue.self, from: data)
        XCTAssertEqual(back["a"], [1, 2.5, "s", true, nil])
        // Through JSON a node is a plain map.
        XCTAssertEqual(back["n"]["labels"], ["L"])
        XCTAssertEqual(try JSONDecoder().decode(Node.self, from: JSONEncoder().encode(Node(id: 3, labels: ["L"], properties: ["k": 1]))),
                       Node(id: 3, labels: ["L"], properties: ["k": 1]))
    }
}
