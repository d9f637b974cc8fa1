// UnitTests: the CLI's pure parts tested in process: statement completeness, script
// splitting, completion, edit distance, --param decoding and history entries.
import Foundation
import Quiver
import Testing
@testable import quiver

@Suite struct ScannerTests {
    @Test(arguments: [
        ("RETURN 1;", true), ("RETURN 1", false), ("RETURN ';'", false), ("RETURN ';';", true),
        ("RETURN 1; // done", true), ("RETURN 1 /* ; */", false), ("RETURN `a;b`", false),
        ("RETURN 'it\\'s';", true), ("RETURN \"open", false), ("/* open ;", false), ("", false),
        ("RETURN 1; RETURN", false), ("MATCH (n)\nRETURN n\n;", true),
    ])
    func completeness(_ text: String, _ complete: Bool) {
        #expect(StatementScanner.scan(text).isComplete == complete, "\(text.debugDescription)")
    }

    @Test func resumesAcrossLines() {
        var s = StatementScanner.scan("RETURN 'a\n")
        #expect(s.insideLiteral)
        s = StatementScanner.scan("b';\n", from: s)
        #expect(s.isComplete)
    }

    @Test func splitsCommandsFromStatements() {
        let chunks = ScriptSplitter.split(":param x => 1\nRETURN\n:not a command\n;\n\n:schema\n// only a comment\n")
        #expect(chunks == [
            .command(":param x => 1", line: 1),
            .cypher("RETURN\n:not a command\n;\n", line: 2),
            .command(":schema", line: 6),
        ])
    }
}

@Suite struct SplitterLineEndingTests {
    @Test func crlfScriptsSplitToo() {
        let chunks = ScriptSplitter.split(":format csv\r\nRETURN 1\r\n;\r\n:schema\r\n")
        #expect(chunks == [.command(":format csv", line: 1), .cypher("RETURN 1\n;", line: 2), .command(":schema", line: 4)])
    }
}

@Suite struct CompleterTests {
    private let completer = Completer(
        labels: { ["Company", "Chip", "Person"] }, relationshipTypes: { ["MAKES", "MANUFACTURES", "CEO_OF"] },
        propertyKeys: { ["name", "name_zh", "founded"] }, parameters: { ["limit", "who"] })

    private func complete(_ line: String, pending: String = "") -> Completion {
        completer.complete(pending: pending, line: line)
    }

    @Test func labelAfterColonInANode() {
        #expect(complete("MATCH (c:Comp").insertion == "Company")
        #expect(complete("MATCH (c:C").insertion == nil)
        #expect(Set(complete("MATCH (c:C").candidates) == ["Company", "Chip"])
        #expect(complete("MATCH (c) WHERE c:Pe").insertion == "Person")
    }

    @Test func relationshipTypeAfterBracketColon() {
        #expect(complete("MATCH (a)-[:CE").insertion == "CEO_OF")
        #expect(complete("MATCH (a)-[r:MA").insertion == nil)
        #expect(complete("MATCH (a)-[r:MA").candidates == ["MAKES", "MANUFACTURES"])
        #expect(complete("MATCH (a)-[r:MAK").insertion == "MAKES")
        #expect(complete("MATCH (a)-[r:MAKES|MANU").insertion == "MANUFACTURES")
    }

    @Test func propertyParameterAndVariable() {
        #expect(complete("MATCH (c) RETURN c.fo").insertion == "founded")
        #expect(complete("RETURN $wh").insertion == "who")
        #expect(complete("RETURN comp", pending: "MATCH (company:Company)").insertion == "company")
        #expect(complete("MATCH (c) WITH c.name AS cname RETURN cna").insertion == "cname")
    }

    @Test func propertyKeysOfTheVariablesLabel() {
        var c = completer
        c.keysOfLabel = { $0 == "Chip" ? ["name", "process_nm"] : ($0 == "Company" ? ["name", "founded"] : []) }
        c.keysOfType = { $0 == "MANUFACTURES" ? ["process_nm"] : [] }
        #expect(c.complete(pending: "", line: "MATCH (x:Chip) RETURN x.").candidates == ["name", "process_nm"])
        #expect(c.complete(pending: "", line: "MATCH (x:Company) RETURN x.").candidates == ["founded", "name"])
        #expect(c.complete(pending: "", line: "MATCH ()-[m:MANUFACTURES]->() RETURN m.p").insertion == "process_nm")
        #expect(c.complete(pending: "MATCH (y)", line: "RETURN y.na").insertion == "name", "no label: every key")
    }

    @Test func keywordsKeepTheTypedCase() {
        #expect(complete("MATCH (n) RET").insertion == "RETURN ")
        #expect(complete("match (n) ret").insertion == "return ")
        #expect(complete("RETURN toUpp").insertion == "toUpper(")
    }

    @Test func nothingInsideStrings() {
        #expect(complete("RETURN 'MAT").candidates.isEmpty)
        #expect(complete("RETURN {name: 'x'}").candidates.isEmpty)
    }

    @Test func commandsAndTheirArguments() {
        #expect(complete(":sch").insertion == "schema ")
        #expect(complete(":format js").insertion == "json")
        #expect(complete(":help ke").insertion == "keys")
        #expect(complete(":explain MATCH (c:Comp").insertion == "Company")
    }

    @Test func filePathsAfterLoad() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quiver-complete-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("scripts"), withIntermediateDirectories: true)
        try "RETURN 1;".write(to: dir.appendingPathComponent("setup.cypher"), atomically: true, encoding: .utf8)
        #expect(complete(":load \(dir.path)/set").insertion == "setup.cypher")
        #expect(complete(":load \(dir.path)/scr").insertion == "scripts/")
    }
}

@Suite struct SupportTests {
    @Test func editDistance() {
        #expect(EditDistance.between("schema", "shema") == 1)
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.suggestion(for: "Compnay", among: ["Company", "Chip"]) == "Company")
        #expect(EditDistance.suggestion(for: "company", among: ["Company"]) == "Company")
        #expect(EditDistance.suggestion(for: "Xyz", among: ["Company"]) == nil)
    }

    @Test func paramValues() throws {
        #expect(try ParamParser.parse("n=5").value == .int(5))
        #expect(try ParamParser.parse("n=5.0").value == .double(5))
        #expect(try ParamParser.parse("$s=\"a=b\"").value == .string("a=b"))
        #expect(try ParamParser.parse("b=false").value == .bool(false))
        #expect(try ParamParser.parse("z=null").value == .null)
        #expect(try ParamParser.parse("l=[1,\"x\",null]").value == .list([.int(1), .string("x"), .null]))
        #expect(try ParamParser.parse("m={\"k\":[true]}").value == .map(["k": .list([.bool(true)])]))
        #expect(throws: ParamParser.Failure.self) { try ParamParser.parse("s=text") }
        #expect(throws: ParamParser.Failure.self) { try ParamParser.parse("=1") }
        #expect(try ParamParser.parse("e=-2.5e3").value == .double(-2500))
        #expect(try ParamParser.parse("u=\"\\u82f1\\ud83d\\ude00\"").value == .string("英😀"))
        for bad in ["x=[1,]", "x={\"a\"}", "x=01", "x=tru", "x=1 2", "x=", "x=\"open"] {
            #expect(throws: ParamParser.Failure.self, "\(bad)") { try ParamParser.parse(bad) }
        }
    }

    @Test func historyEntries() {
        #expect(HistoryFile.entry(for: ["MATCH (n)", "  RETURN n;"]) == "MATCH (n) RETURN n;")
        #expect(HistoryFile.entry(for: ["MATCH (n) // all", "RETURN n;"]) == "MATCH (n) // all\nRETURN n;")
        #expect(HistoryFile.entry(for: ["RETURN 'a", "b';"]) == "RETURN 'a\nb';")
    }

    @Test func historyAndInitPaths() {
        #expect(HistoryFile.path(environment: ["QUIVER_HISTORY": "/x/h", "HOME": "/home/u"]) == "/x/h")
        #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/home/u"]) == "/s/quiver/history")
        #expect(HistoryFile.path(environment: ["HOME": "/home/u"]) == "/home/u/.local/state/quiver/history")
        #expect(HistoryFile.initPath(environment: ["HOME": "/home/u"]) == "/home/u/.config/quiver/init.cypher")
        #expect(HistoryFile.initPath(environment: ["QUIVER_INIT": "/i.cypher"]) == "/i.cypher")
    }
}
