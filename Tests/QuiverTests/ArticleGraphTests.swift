// Integrity of the article graph, checked by query against Graph.articles(): endpoint labels,
// sources and mentions, unique names, complete deals, and name resolution.
import XCTest
import Quiver

final class ArticleGraphTests: XCTestCase {
    func testGraphIsLargeAndHasFiveArticles() throws {
        XCTAssertGreaterThan(try articleCount("MATCH (n) WHERE NOT n:Article RETURN count(*)"), 100)
        XCTAssertGreaterThan(try articleCount("MATCH ()-[r]->() WHERE type(r) <> 'MENTIONED_IN' RETURN count(*)"), 200)
        let rows = try articleRows("MATCH (a:Article) RETURN a.id, a.title, a.date ORDER BY a.id")
        XCTAssertEqual(rows.compactMap { $0.first?.articleString }, ArticleGraphFixture.articleIds)
        for row in rows {
            XCTAssertFalse((row[1].articleString ?? "").isEmpty, "article without title: \(row)")
            XCTAssertNotNil(row[2].articleString, "article without date: \(row)")
        }
    }

    func testEndpointLabelsAreAllowed() throws {
        let rows = try articleRows("MATCH (a)-[r]->(b) RETURN type(r), labels(a), labels(b), count(*)")
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            let type = row[0].articleString ?? ""
            let from = Set(row[1].articleStrings), to = Set(row[2].articleStrings)
            guard let allowed = ArticleGraphFixture.endpoints[type] else {
                XCTFail("relationship type \(type) is not in the schema or docs/article-graph.md")
                continue
            }
            let ok = allowed.contains { !from.isDisjoint(with: $0.0) && !to.isDisjoint(with: $0.1) }
            XCTAssertTrue(ok, "\(type) from \(from.sorted()) to \(to.sorted()) (\(row[3].literal) times)")
        }
    }

    func testEverySourcesListIsNonEmptyAndValid() throws {
        XCTAssertEqual(try articleCount("MATCH (n) WHERE n.sources IS NULL OR size(n.sources) = 0 RETURN count(*)"), 0)
        XCTAssertEqual(try articleCount("MATCH ()-[r]->() WHERE r.sources IS NULL OR size(r.sources) = 0 RETURN count(*)"), 0)
        let ids = "['a0', 'a1', 'a2', 'a3', 'a4']"
        XCTAssertEqual(try articleCount("MATCH (n) UNWIND n.sources AS s WITH s WHERE NOT s IN \(ids) RETURN count(*)"), 0)
        XCTAssertEqual(try articleCount("MATCH ()-[r]->() UNWIND r.sources AS s WITH s WHERE NOT s IN \(ids) RETURN count(*)"), 0)
    }

    func testEveryNodeIsMentionedInEachOfItsSources() throws {
        let missing = try articleRows("""
            MATCH (n) WHERE NOT n:Article
            UNWIND n.sources AS s
            OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Article {id: s})
            WITH n, s, count(m) AS k WHERE k <> 1
            RETURN n.name, s
            """)
        XCTAssertEqual(missing.map { $0.map(\.literal) }, [])
        // And no mention beyond the sources.
        XCTAssertEqual(try articleCount("""
            MATCH (n)-[:MENTIONED_IN]->(a:Article) WHERE NOT a.id IN n.sources RETURN count(*)
            """), 0)
    }

    func testNamesAndAliasesAreUnique() throws {
        let names = """
            MATCH (n) UNWIND ([n.name, n.name_zh] + coalesce(n.aliases, [])) AS nm
            WITH toLower(nm) AS k, n WHERE k IS NOT NULL
            """
        XCTAssertGreaterThan(try articleCount(names + " RETURN count(DISTINCT k)"), 300)
        let clashes = try articleRows(names + " WITH k, count(DISTINCT n) AS c WHERE c > 1 RETURN k")
        XCTAssertEqual(clashes.map { $0.map(\.literal) }, [])
        XCTAssertEqual(try articleCount("MATCH (n) WHERE NOT n:Article AND n.name IS NULL RETURN count(*)"), 0)
    }

    func testEveryDealIsComplete() throws {
        let incomplete = try articleRows("""
            MATCH (d:Deal)
            OPTIONAL MATCH (p)-[:PARTY_TO]->(d)
            WITH d, count(p) AS parties
            OPTIONAL MATCH (d)-[:TARGET]->(t)
            WITH d, parties, count(t) AS targets
            WHERE d.id IS NULL OR d.kind IS NULL OR parties = 0 OR targets = 0
            RETURN coalesce(d.id, d.name)
            """)
        XCTAssertEqual(incomplete.map { $0.map(\.literal) }, [])
        XCTAssertEqual(try articleCount("MATCH ()-[r:PARTY_TO]->() WHERE r.role IS NULL RETURN count(*)"), 0)
    }

    func testInvestedInIsInStepWithInvestmentDeals() throws {
        // One INVESTED_IN per investor and target of each investment deal, carrying its id.
        let pairs = """
            MATCH (d:Deal {kind: 'investment'})
            MATCH (p)-[r:PARTY_TO]->(d) WHERE r.role IN ['investor', 'lead_investor']
            MATCH (d)-[:TARGET]->(t)
            """
        let expected = try articleCount(pairs + " RETURN count(*)")
        XCTAssertGreaterThan(expected, 0)
        XCTAssertEqual(try articleCount("MATCH ()-[i:INVESTED_IN]->() RETURN count(*)"), expected)
        XCTAssertEqual(try articleCount(pairs + """
             OPTIONAL MATCH (p)-[i:INVESTED_IN]->(t) WHERE i.deal = d.id
            WITH d, p, t, count(i) AS k WHERE k <> 1 RETURN count(*)
            """), 0)
    }

    func testResolveFindsJensenHuangByAnyName() throws {
        let rows = try articleRows("RETURN resolve('黄仁勋'), resolve('老黄'), resolve('Jensen Huang'), resolve('黄教主')")
        guard let row = rows.first, row.count == 4 else { return XCTFail("no row") }
        var ids: [Int] = []
        for cell in row {
            guard case .node(let n) = cell else { return XCTFail("not a node: \(cell.literal)") }
            XCTAssertEqual(n.labels, ["Person"])
            XCTAssertEqual(n.properties["name"], .string("Jensen Huang"))
            ids.append(n.id)
        }
        XCTAssertEqual(Set(ids).count, 1, "the names resolve to different nodes: \(ids)")
    }

    func testSchemaExamplesAnswer() throws {
        let investees = try articleRows("MATCH (n:Company {name: 'NVIDIA'})-[:INVESTED_IN]->(c) RETURN c.name ORDER BY c.name")
        XCTAssertEqual(investees.compactMap { $0.first?.articleString }, ["Cohere", "CoreWeave", "Inflection AI", "Runway"])
        let hopper = try articleRows("MATCH (c:Chip)-[:BASED_ON]->(:Architecture {name: 'Hopper'}) RETURN c.name")
        XCTAssertEqual(hopper.compactMap { $0.first?.articleString }, ["H100"])
    }
}
