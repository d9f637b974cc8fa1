// Helpers for the article graph tests: one shared graph (built once from the bundled script),
// query shortcuts, and the relationship endpoints the schema allows.
import Foundation
import XCTest
import Quiver

enum ArticleGraphFixture {
    /// Built once; the tests only read it.
    static let graph: Result<Graph, QuiverError> = {
        do { return .success(try Graph.articles()) } catch let e as QuiverError {
            return .failure(e)
        } catch {
            return .failure(QuiverError(.hostError, "\(error)"))
        }
    }()

    /// The package root: three folders up from this file (Tests/QuiverTests/<file>).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let articleIds = ["a0", "a1", "a2", "a3", "a4"]

    /// Type -> allowed (from labels, to labels); mirrors scripts/articles/schema.py.
    static let endpoints: [String: [(Set<String>, Set<String>)]] = {
        let all: Set<String> = ["Company", "Person", "Chip", "Architecture", "Product", "Deal", "Event", "Metric"]
        return [
            "CEO_OF": [(["Person"], ["Company"])],
            "FOUNDED": [(["Person"], ["Company"])],
            "WORKS_AT": [(["Person"], ["Company"])],
            "MAKES": [(["Company"], ["Chip", "Architecture", "Product"])],
            "MANUFACTURES": [(["Company"], ["Chip"])],
            "BASED_ON": [(["Chip"], ["Architecture"])],
            "SUCCEEDS": [(["Chip"], ["Chip"]), (["Architecture"], ["Architecture"])],
            "PARTY_TO": [(["Company", "Person"], ["Deal"])],
            "TARGET": [(["Deal"], ["Company", "Chip", "Product"])],
            "USES": [(["Company", "Product"], ["Chip"])],
            "COMPETES_WITH": [(["Company"], ["Company"]), (["Chip"], ["Chip"])],
            "PARTNERS_WITH": [(["Company"], ["Company"])],
            "INVESTED_IN": [(["Company", "Person"], ["Company"])],
            "MENTIONED_IN": [(all, ["Article"])],
            // Added by the article graph (docs/article-graph.md).
            "CONTAINS": [(["Chip"], ["Chip"])],
            "VARIANT_OF": [(["Chip"], ["Chip"]), (["Architecture"], ["Architecture"])],
            "OUTPERFORMS": [(["Chip"], ["Chip"]), (["Product"], ["Product"])],
            "COMPARED_WITH": [(["Product"], ["Product"])],
            "PART_OF": [(["Product"], ["Product"])],
            "BUILT_ON": [(["Product"], ["Product", "Architecture"])],
            "INCLUDES": [(["Product"], ["Product"])],
            "OPTIMIZED_FOR": [(["Architecture"], ["Architecture"])],
            "NAMED_AFTER": [(["Architecture"], ["Person"])],
            "RESTRICTS": [(["Company"], ["Chip"])],
            "COMPETED_IN": [(["Company"], ["Product"])],
            "RATES": [(["Company"], ["Company"])],
            "SURPASSES": [(["Company"], ["Company"])],
            "HAS_METRIC": [(["Company", "Chip", "Product"], ["Metric"])],
            "REPORTED": [(["Company", "Person"], ["Deal", "Metric"])],
            "HOSTS": [(["Company"], ["Event"])],
            "SPOKE_AT": [(["Person"], ["Event"])],
            "LAUNCHED_AT": [(["Chip", "Product", "Architecture"], ["Event"])],
            "HONORED": [(["Company"], ["Person"])],
            "CONVERSED_WITH": [(["Person"], ["Person"])],
            "RIVALS": [(["Person"], ["Person"])],
            "WROTE": [(["Person"], ["Article"])],
            "EDITED": [(["Person"], ["Article"])],
        ]
    }()
}

extension XCTestCase {
    /// The rows of `query` against the article graph.
    func articleRows(_ query: String) throws -> [[CypherValue]] {
        let graph = try ArticleGraphFixture.graph.get()
        return try Session(graph: graph).run(query).rows
    }

    /// The single integer a counting query returns.
    func articleCount(_ query: String, file: StaticString = #filePath, line: UInt = #line) throws -> Int64 {
        let rows = try articleRows(query)
        guard rows.count == 1, let cell = rows.first?.first, case .int(let n) = cell else {
            XCTFail("expected one integer from \(query), got \(rows)", file: file, line: line)
            return -1
        }
        return n
    }
}

extension CypherValue {
    var articleString: String? { if case .string(let s) = self { return s } else { return nil } }
    var articleInt: Int64? { if case .int(let i) = self { return i } else { return nil } }
    var articleStrings: [String] {
        if case .list(let items) = self { return items.compactMap(\.articleString) }
        return []
    }
}
