// API tests: Swift literals as parameters, rows read by name and index as typed values, the
// collection view of a result, and the errors of a missing column or a wrong type.
import XCTest
import Quiver

final class APIRowTests: XCTestCase {
    func testLiteralsBuildTheExpectedValues() {
        let v: CypherValue = ["n": 1, "x": 2.5, "s": "a", "b": true, "l": [1, nil], "z": nil]
        XCTAssertEqual(v, .map(["n": .int(1), "x": .double(2.5), "s": .string("a"), "b": .bool(true),
                                "l": .list([.int(1), .null]), "z": .null]))
        XCTAssertEqual(v["l"][0], .int(1))
        XCTAssertEqual(v["l"][5], .null)
        XCTAssertEqual(v["missing"], .null)
        XCTAssertEqual(v.typeName, "Map")
    }

    func testParametersFromLiteralsReachTheQuery() throws {
        let session = Session(graph: Graph())
        let r = try session.run("RETURN $n + 1 AS n, $s AS s, size($l) AS k, $m.a AS a, $z IS NULL AS z",
                                parameters: ["n": 41, "s": "hi", "l": [1, 2, 3], "m": ["a": 2.5], "z": nil])
        let row = try XCTUnwrap(r.first)
        XCTAssertEqual(try row["n"] as Int, 42)
        XCTAssertEqual(try row["s"] as String, "hi")
        XCTAssertEqual(try row["k"] as Int, 3)
        XCTAssertEqual(try row["a"] as Double, 2.5)
        XCTAssertEqual(try row["z"] as Bool, true)
    }

    func testRowsReadByNameAndIndexAsTypedValues() throws {
        let session = Session(graph: Graph())
        try session.run("CREATE (:P {name: 'a', age: 3})-[:K {since: 2020}]->(:P {name: 'b'})")
        let result = try session.run("""
            MATCH p = (a:P)-[k:K]->(b:P)
            RETURN a.name AS name, b.age AS age, [a.name, b.name] AS names, {x: 1} AS m, a, k, p, 1.5 AS f
            """)
        XCTAssertEqual(result.count, 1)
        XCTAssertEqual(result.columns, ["name", "age", "names", "m", "a", "k", "p", "f"])
        var seen = 0
        for row in result {
            seen += 1
            let name: String = try row["name"]
            let age: Int? = try row.get(1)
            let names: [String] = try row["names"]
            let m: [String: Int] = try row["m"]
            let a: Node = try row["a"]
            let k: Relationship = try row["k"]
            let p: Path = try row["p"]
            let f = try row.get("f", as: Double.self)
            XCTAssertEqual(name, "a")
            XCTAssertNil(age)
            XCTAssertEqual(names, ["a", "b"])
            XCTAssertEqual(m, ["x": 1])
            XCTAssertEqual(a.labels, ["P"])
            XCTAssertEqual(a["age"], .int(3))
            XCTAssertEqual(k.type, "K")
            XCTAssertEqual(k["since"], 2020)
            XCTAssertEqual(p.nodes.count, 2)
            XCTAssertEqual(p.relationships.first?.id, k.id)
            XCTAssertEqual(f, 1.5)
            XCTAssertEqual(try row.value("name"), "a")
            XCTAssertEqual(row.dictionary["age"], .null)
        }
        XCTAssertEqual(seen, 1)
    }

    func testColumnAndScalarReads() throws {
        let session = Session(graph: Graph())
        let r = try session.run("UNWIND [3, 1, 2] AS x RETURN x ORDER BY x")
        XCTAssertEqual(try r.column("x", as: Int.self), [1, 2, 3])
        XCTAssertEqual(try session.run("RETURN 7 AS seven").scalar(Int.self), 7)
        XCTAssertThrowsError(try r.scalar(Int.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.kind, .apiError)
            XCTAssertEqual((e as? QuiverError)?.detail, "NotScalar")
        }
        // Integers read as Double; nothing reads a Float as Int.
        XCTAssertEqual(try session.run("RETURN 2 AS n").scalar(Double.self), 2.0)
        XCTAssertThrowsError(try session.run("RETURN 2.5 AS n").scalar(Int.self))
    }

    func testMissingColumnNamesTheColumnAndTheColumnsThereAre() throws {
        let row = try XCTUnwrap(try Session(graph: Graph()).run("RETURN 1 AS a, 2 AS b").first)
        XCTAssertThrowsError(try row.get("c", as: Int.self)) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.kind, .apiError)
            XCTAssertEqual(q?.detail, "MissingColumn")
            XCTAssertEqual(q?.message, "no column named 'c' (columns: 'a', 'b')")
        }
        XCTAssertThrowsError(try row.get(2, as: Int.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.detail, "MissingColumn")
        }
        XCTAssertThrowsError(try row.get(-1, as: Int.self))
    }

    func testWrongTypeNamesTheColumnAndBothTypes() throws {
        let row = try XCTUnwrap(try Session(graph: Graph()).run("RETURN 'x' AS s, null AS n, [1, 'a'] AS l").first)
        XCTAssertThrowsError(try row.get("s", as: Int.self)) { e in
            let q = e as? QuiverError
            XCTAssertEqual(q?.kind, .apiError)
            XCTAssertEqual(q?.detail, "TypeMismatch")
            XCTAssertEqual(q?.message, "column 's': expected Integer, got String")
        }
        XCTAssertThrowsError(try row.get("n", as: String.self)) { e in
            XCTAssertEqual((e as? QuiverError)?.message, "column 'n': expected String, got Null")
        }
        XCTAssertNil(try row.get("n", as: String?.self))
        XCTAssertThrowsError(try row.get("l", as: [Int].self)) { e in
            XCTAssertEqual((e as? QuiverError)?.message, "column 'l': expected List<Integer>, got List<Any>")
        }
        XCTAssertEqual(try row.get("l", as: [CypherValue].self), [1, "a"])
    }

    func testIndexOutsideTheResultGivesAnEmptyRow() throws {
        let r = try Session(graph: Graph()).run("RETURN 1 AS a")
        XCTAssertEqual(r[0].values, [1])
        XCTAssertEqual(r[5].values, [])
        XCTAssertThrowsError(try r[5].get("a", as: Int.self))
    }
}
