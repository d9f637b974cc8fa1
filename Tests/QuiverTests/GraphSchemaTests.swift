// Graph.schema() and Graph.find(): counts, key types and name search on small graphs.
import XCTest
@testable import Quiver

final class GraphSchemaTests: XCTestCase {
    func testSchemaCountsAndKeyTypes() throws {
        let g = try Graph(scriptText: """
            CREATE (a:Company {name: 'NVIDIA', founded: 1993}), (b:Company:Listed {name: 'AMD', founded: 'unknown'}),
                   (p:Person {name: 'Jensen Huang', aliases: ['老黄']}), (p)-[:CEO_OF {since: 1993}]->(a)
            """)
        let s = g.schema()
        XCTAssertEqual(s.labels.map { "\($0.name)=\($0.count)" }, ["Company=2", "Listed=1", "Person=1"])
        XCTAssertEqual(s.relationshipTypes.map { "\($0.name)=\($0.count)" }, ["CEO_OF=1"])
        XCTAssertEqual(s.nodeKeys.first { $0.name == "founded" }?.types, ["INTEGER", "STRING"])
        XCTAssertEqual(s.nodeKeys.first { $0.name == "aliases" }?.types, ["LIST"])
        XCTAssertEqual(s.relationshipKeys.map { $0.name }, ["since"])
        XCTAssertEqual(s.keysByLabel["Person"], ["aliases", "name"])
        XCTAssertEqual(s.keysByType["CEO_OF"], ["since"])
    }

    func testFindRanksExactThenPrefixThenContains() throws {
        let g = try Graph(scriptText: """
            CREATE (:C {name: 'Nvidia Inc'}), (:C {name: 'NVIDIA'}), (:C {name: 'Not Nvidia', aliases: ['nv']}), (:P {name: '黄仁勋', aliases: ['老黄']})
            """)
        XCTAssertEqual(g.find("nvidia").compactMap { if case .string(let s)? = $0.properties["name"] { return s } else { return nil } },
                       ["NVIDIA", "Nvidia Inc", "Not Nvidia"])
        XCTAssertEqual(g.find("老黄").count, 1)
        XCTAssertEqual(g.find("").count, 0)
        XCTAssertEqual(g.find("zzz").count, 0)
    }
}
