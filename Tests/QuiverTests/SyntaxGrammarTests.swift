// SyntaxGrammarTests: grammar/quiver.ebnf stays in step with the parser: every rule named in
// a parse function's comment is defined in the grammar file, and the keyword lists agree.
import Foundation
import XCTest
@testable import QuiverSyntax

final class SyntaxGrammarTests: XCTestCase {
    /// The repository root, found from this file's path (Tests/QuiverTests/<file>).
    private var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    private func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Names defined as `name ::=` in `text`.
    private func ruleNames(_ text: String, linePrefix: String) -> Set<String> {
        var names = Set<String>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix(linePrefix) else { continue }
            let body = trimmed.dropFirst(linePrefix.count).trimmingCharacters(in: .whitespaces)
            guard let range = body.range(of: "::=") else { continue }
            let name = body[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, name.allSatisfy({ $0.isLetter }) { names.insert(name) }
        }
        return names
    }

    func testParserRulesAreInTheGrammarFile() throws {
        let grammar = try read("grammar/quiver.ebnf")
        // A rule may start its own line or continue the previous name (`name\n    ::= ...`).
        var defined = ruleNames(grammar, linePrefix: "")
        let lines = grammar.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for (i, line) in lines.enumerated() where line.hasPrefix("::=") && i > 0 && lines[i - 1].allSatisfy(\.isLetter) {
            defined.insert(lines[i - 1])
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Sources/QuiverSyntax").path)
            .filter { $0.hasPrefix("Parser") && $0.hasSuffix(".swift") }
        var used = Set<String>()
        for file in files {
            used.formUnion(ruleNames(try read("Sources/QuiverSyntax/" + file), linePrefix: "//"))
        }
        XCTAssertGreaterThan(used.count, 30, "parse functions should carry their rules")
        XCTAssertEqual(used.subtracting(defined), [], "rules in parser comments missing from grammar/quiver.ebnf")
    }

    func testKeywordListsMatchTheGrammarFile() throws {
        let grammar = try read("grammar/quiver.ebnf")
        let lines = grammar.components(separatedBy: "\n")
        /// The quoted words of a rule: its `::=` line and the continuation lines after it.
        func words(of rule: String) -> Set<String> {
            guard let first = lines.firstIndex(where: { $0.hasPrefix(rule + " ") && $0.contains("::=") }) else { return [] }
            var body = lines[first].components(separatedBy: "::=").last ?? ""
            for line in lines[(first + 1)...] {
                if line.contains("::=") || line.trimmingCharacters(in: .whitespaces).isEmpty { break }
                body += line
            }
            let parts = body.components(separatedBy: "\"")
            return Set(parts.enumerated().filter { $0.offset % 2 == 1 }.map(\.element))
        }
        XCTAssertEqual(words(of: "ReservedKeyword"), Lexer.reserved)
        XCTAssertEqual(words(of: "SoftKeyword"), Lexer.soft)
    }
}
