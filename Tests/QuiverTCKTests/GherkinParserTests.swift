// Unit tests of the Gherkin reader: blocks, tags, doc strings, tables with escapes,
// Background steps and Scenario Outline expansion.
import XCTest
@testable import QuiverTCK

final class GherkinParserTests: XCTestCase {
    let sample = """
        # a comment
        @featureTag
        Feature: Sample
          Some description.

          Background:
            Given an empty graph

          @ignore @skipStyleCheck
          Scenario: [1] First
            When executing query:
              \"\"\"
              MATCH (n)
                RETURN n
              \"\"\"
            Then the result should be, in any order:
              | n  | a \\| b |
              | 1  | '\\\\x' |
            And no side effects

          Scenario Outline: [2] Outline <x>
            When executing query:
              \"\"\"
              RETURN <x> AS v, '<y>' AS w
              \"\"\"
            Then the result should be, in any order:
              | v   |
              | <x> |

            @exTag
            Examples:
              | x | y   |
              | 1 | one |
              | 2 | <x> |
        """

    func testBlocksStepsAndBackground() throws {
        let f = try GherkinParser.parse(sample)
        XCTAssertEqual(f.name, "Sample")
        XCTAssertEqual(f.tags, ["@featureTag"])
        XCTAssertEqual(f.scenarios.count, 3)
        let first = try XCTUnwrap(f.scenarios.first)
        XCTAssertEqual(first.name, "[1] First")
        XCTAssertEqual(first.line, 10)
        XCTAssertEqual(first.tags, ["@featureTag", "@ignore", "@skipStyleCheck"])
        XCTAssertEqual(first.steps.map(\.keyword), ["Given", "When", "Then", "And"])
        XCTAssertEqual(first.steps.first?.text, "an empty graph")
    }

    func testDocStringIndentationIsRelativeToTheDelimiter() throws {
        let f = try GherkinParser.parse(sample)
        let query = f.scenarios.first?.steps.dropFirst().first?.docString
        XCTAssertEqual(query, "MATCH (n)\n  RETURN n")
    }

    func testTableCellsAreTrimmedAndUnescaped() throws {
        let f = try GherkinParser.parse(sample)
        let table = try XCTUnwrap(f.scenarios.first?.steps.dropFirst(2).first?.table)
        XCTAssertEqual(table.rows, [["n", "a | b"], ["1", "'\\x'"]])
        XCTAssertEqual(table.lines, [17, 18])
    }

    func testOutlineExpandsOneScenarioPerRowWithoutResubstitution() throws {
        let f = try GherkinParser.parse(sample)
        let outlines = Array(f.scenarios.dropFirst())
        XCTAssertEqual(outlines.map(\.name), ["[2] Outline 1", "[2] Outline 2"])
        XCTAssertEqual(outlines.map(\.line), [33, 34])
        XCTAssertEqual(outlines.first?.tags, ["@featureTag", "@exTag"])
        // Background first, then the substituted steps.
        XCTAssertEqual(outlines.first?.steps.first?.text, "an empty graph")
        XCTAssertEqual(outlines.first?.steps.dropFirst().first?.docString, "RETURN 1 AS v, 'one' AS w")
        // A value holding `<x>` is inserted as written.
        XCTAssertEqual(outlines.last?.steps.dropFirst().first?.docString, "RETURN 2 AS v, '<x>' AS w")
        XCTAssertEqual(outlines.last?.steps.last?.table?.rows, [["v"], ["2"]])
    }

    func testWindowsLineEndings() throws {
        let f = try GherkinParser.parse(sample.replacingOccurrences(of: "\n", with: "\r\n"))
        XCTAssertEqual(f.scenarios.count, 3)
        XCTAssertEqual(f.scenarios.first?.steps.dropFirst().first?.docString, "MATCH (n)\n  RETURN n")
        XCTAssertEqual(f.scenarios.last?.line, 34)
    }

    func testCellEscapes() {
        XCTAssertEqual(GherkinLine.unescapeCell("a\\nb"), "a\nb")
        XCTAssertEqual(GherkinLine.unescapeCell("\\\\\\|\\'"), "\\|\\'")
    }

    func testErrors() {
        XCTAssertThrowsError(try GherkinParser.parse("Scenario: x\n  Given any graph\n"))
        XCTAssertThrowsError(try GherkinParser.parse("Feature: f\n  Scenario: s\n    When executing query:\n      \"\"\"\n      RETURN 1\n"))
        XCTAssertThrowsError(try GherkinParser.parse("Feature: f\n  Scenario: s\n    Given any graph\n    | a | b |\n    | 1 |\n"))
        XCTAssertThrowsError(try GherkinParser.parse("Feature: f\n  Scenario: s\n    Given any graph\n    stray text\n"))
    }

    func testRuleBackgroundAppliesOnlyInsideItsRule() throws {
        let text = """
            Feature: f
              Background:
                Given any graph
              Scenario: a
                When executing query:
                  \"\"\"
                  RETURN 1
                  \"\"\"
              Rule: r
                Background:
                  And having executed:
                    \"\"\"
                    CREATE ()
                    \"\"\"
                Scenario: b
                  When executing query:
                    \"\"\"
                    RETURN 2
                    \"\"\"
            """
        let f = try GherkinParser.parse(text)
        XCTAssertEqual(f.scenarios.map { $0.steps.map(\.text) },
                       [["any graph", "executing query:"], ["any graph", "having executed:", "executing query:"]])
    }
}
