// CommandTests: every `:command`, driven through a piped script (scripts take the same
// commands as the shell), plus label hints and the "did you mean" of unknown commands.
import Foundation
import Testing

@Suite struct CommandTests {
    private func script(_ text: String, format: String = "csv", graph: String? = nil) throws -> RunResult {
        try QuiverProcess.run(["--graph", graph ?? Fixtures.graphFile, "--format", format], stdin: text)
    }

    @Test func helpListsCommandsAndTopics() throws {
        let r = try script(":help\n:help param\n:help keys\n")
        #expect(r.status == 0, "\(r.stderr)")
        for c in ["schema", "explain", "profile", "timing", "format", "maxrows", "param", "params", "clear", "load", "find", "history", "quit"] {
            #expect(r.stderr.contains(":\(c)"), "help lacks :\(c)")
        }
        #expect(r.stderr.contains("=>"))
        #expect(r.stderr.contains("Ctrl-R"))
        #expect(try script(":help nosuchtopic\n").status == 1)
    }

    @Test func schemaShowsLabelsTypesAndKeys() throws {
        let r = try script(":schema\n")
        #expect(r.status == 0, "\(r.stderr)")
        for word in ["Company", "Chip", "Person", "MAKES", "MANUFACTURES", "CEO_OF", "name_zh", "process_nm"] {
            #expect(r.stdout.contains(word), "schema lacks \(word): \(r.stdout)")
        }
        #expect(r.stdout.contains("2"), "Company has two nodes")
    }

    @Test func schemaInAMachineFormatIsRows() throws {
        let r = try script(":schema\n", format: "csv")
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Fixtures.parseCSV(r.stdout)
        #expect(rows.first == ["kind", "name", "count"])
        #expect(rows.contains(["label", "Company", "2"]))
        #expect(rows.contains(["relationship type", "MAKES", "1"]))
        #expect(rows.contains(["property key", "name_zh", ""]))
    }

    @Test func explainAndProfile() throws {
        let e = try script(":explain MATCH (c:Company) RETURN c.name\n", format: "table")
        #expect(e.status == 0, "\(e.stderr)")
        #expect(!e.stdout.isEmpty)
        #expect(!e.stdout.contains("TSMC"), "EXPLAIN must not run the query")
        let p = try script(":profile MATCH (c:Company) RETURN c.name\n", format: "table")
        #expect(p.status == 0, "\(p.stderr)")
        #expect(!p.stdout.isEmpty)
        #expect(try script(":explain\n").status == 1)
    }

    @Test func timingOnAndOff() throws {
        let r = try script(":timing on\nRETURN 1 AS x;\n:timing off\nRETURN 2 AS y;\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.components(separatedBy: "Time:").count == 2)
        #expect(try script(":timing maybe\n").status == 1)
    }

    @Test func formatSwitches() throws {
        let r = try script("RETURN 1 AS x;\n:format json\nRETURN 2 AS y;\n:format csv\nRETURN 3 AS z;\n", format: "csv")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("x\n1\n"))
        #expect(r.stdout.hasSuffix("z\n3\n"))
        #expect(r.stdout.contains("\"y\""))
        #expect(try script(":format xml\n").status == 1)
    }

    @Test func maxRowsCutsTheTable() throws {
        let r = try script(":maxrows 2\nUNWIND range(1, 5) AS i RETURN i * 111 AS v;\n", format: "table")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("111") && r.stdout.contains("222"))
        #expect(!r.stdout.contains("555"))
        let all = try script(":maxrows 0\nUNWIND range(1, 5) AS i RETURN i * 111 AS v;\n", format: "table")
        #expect(all.stdout.contains("555"))
        #expect(try script(":maxrows lots\n").status == 1)
    }

    @Test func paramsSetListAndClear() throws {
        let r = try script(":param x => 1 + 2\n:param {a: 'A', b: [1, 2]}\nRETURN $x AS x, $a AS a, size($b) AS n;\n:params\n")
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Fixtures.parseCSV(r.stdout)
        #expect(rows.prefix(2) == [["x", "a", "n"], ["3", "A", "2"]])
        #expect(r.stdout.contains(":param x => 3"))
        #expect(r.stdout.contains(":param a => 'A'"))
        let cleared = try script(":param x => 1\n:params clear\n:params\nRETURN $x AS x;\n")
        #expect(cleared.status == 1, "$x is gone after :params clear")
        #expect(try script(":param y => 1 +\n").status == 1)
    }

    @Test func paramExpressionsSeeEarlierParams() throws {
        let r = try script(":param a => 20\n:param b => $a * 2 + 2\nRETURN $b AS b;\n")
        #expect(Fixtures.parseCSV(r.stdout) == [["b"], ["42"]])
    }

    @Test func clearIsHarmlessInScripts() throws {
        let r = try script(":clear\nRETURN 1 AS x;\n")
        #expect(r.status == 0)
        #expect(r.stdout == "x\n1\n")
        #expect(!r.stdout.contains("\u{1B}"))
    }

    @Test func loadRunsAFile() throws {
        let inner = Fixtures.file(":param who => 'loaded'\nRETURN $who AS who;\n", name: "inner.cypher")
        let r = try script(":load \(inner)\nRETURN $who + '!' AS again;\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "who\nloaded\nagain\nloaded!\n")
        let missing = try script(":load /nonexistent/file.cypher\nRETURN 1 AS x;\n")
        #expect(missing.status != 0)
        #expect(missing.stdout.isEmpty)
    }

    @Test func loadErrorsPointIntoTheLoadedFile() throws {
        let inner = Fixtures.file("RETURN 1 AS ok;\n\nRETURN 1 +;\n", name: "broken.cypher")
        let r = try script(":load \(inner)\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("broken.cypher:3:"), "got \(r.stderr)")
    }

    @Test func findByNameChineseNameAndAlias() throws {
        let a = try script(":find nvid\n")
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout.contains("NVIDIA") && !a.stdout.contains("TSMC"))
        #expect(try script(":find 台积\n").stdout.contains("TSMC"))
        #expect(try script(":find 老黄\n").stdout.contains("Jensen Huang"))
        #expect(try script(":find\n").status == 1)
    }

    @Test func historyWithoutAShellIsEmpty() throws {
        let r = try script("RETURN 1 AS x;\n:history\n")
        #expect(r.status == 0)
        #expect(r.stdout == "x\n1\n")
    }

    @Test func quitStopsTheScript() throws {
        let r = try script("RETURN 1 AS x;\n:quit\nRETURN 2 AS y;\n")
        #expect(r.status == 0)
        #expect(r.stdout == "x\n1\n")
    }

    @Test func unknownCommandSuggestsTheClosest() throws {
        let r = try script(":shema\n")
        #expect(r.status == 1)
        #expect(r.stderr.contains("did you mean :schema?"))
        #expect(try script(":fnid x\n").stderr.contains("did you mean :find?"))
    }

    @Test func unknownLabelGetsAHint() throws {
        let r = try script("MATCH (c:Compnay) RETURN c.name AS n;\nMATCH ()-[:MAKE]->(x) RETURN x.name AS n;\n")
        #expect(r.stderr.contains("did you mean :Company?"), "got \(r.stderr)")
        #expect(r.stderr.contains("did you mean :MAKES?"), "got \(r.stderr)")
        let fine = try script("MATCH (c:Company) RETURN count(c) AS n;\n")
        #expect(!fine.stderr.contains("did you mean"))
    }

    @Test func commandsMixWithMultiLineStatements() throws {
        // The `:` line continues an open statement; it is no command.
        let r = try script("RETURN {a\n: 1}.a AS n\n;\n:format json\nRETURN 5 AS five;\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("n\n1\n"))
        #expect(r.stdout.contains("\"five\""))
    }
}
