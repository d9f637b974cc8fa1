// ShellTests: the interactive shell on a real pseudo-terminal: banner, multi-line input,
// history recall with Up, Tab completion, Ctrl-C (clear input, cancel a query), Ctrl-D,
// the history file, the init file and colour rules.
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct ShellTests {
    private func shell(_ args: [String] = [], home: URL = QuiverProcess.scratch(), extra: [String: String] = [:],
                       columns: UInt16 = 100) throws -> PseudoTerminal {
        let env = QuiverProcess.environment(home: home, extra: extra)
        return try PseudoTerminal(arguments: ["--graph", Fixtures.graphFile] + args, environment: env, columns: columns)
    }

    @Test func bannerThenMultiLineQueryThenUpArrowThenCtrlD() throws {
        let home = QuiverProcess.scratch()
        let t = try shell(home: home)
        try t.expect(":help")
        try t.expect("quiver> ")
        t.line("MATCH (c:Company)")
        try t.expect("...> ")
        t.line("RETURN c.name AS name")
        t.line("ORDER BY name;")
        var m = try t.expect("TSMC")
        #expect(t.transcript.contains("NVIDIA"))
        m = try t.expect("quiver> ", after: m)
        t.press(.up)
        try t.expect("ORDER BY name;", after: m)
        t.press(.enter)
        m = try t.expect("TSMC", after: m)
        try t.expect("quiver> ", after: m)
        t.press(.ctrlD)
        #expect(try t.waitForExit() == 0)
        let history = home.appendingPathComponent("history").path
        let attributes = try FileManager.default.attributesOfItem(atPath: history)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("Company"))
    }

    @Test func historySurvivesARestart() throws {
        let home = QuiverProcess.scratch()
        // A full history file: the shell keeps only the newest 1000 entries.
        let old = (1...1200).map { "RETURN\\040\($0);" }.joined(separator: "\n")
        try ("_HiStOrY_V2_\n" + old + "\n").write(to: home.appendingPathComponent("history"), atomically: true, encoding: .utf8)
        let first = try shell(["--format", "csv"], home: home)
        let start = try first.expect("quiver> ")
        first.line("RETURN 'remembered' AS r;")
        try first.expect("\nremembered", after: start)
        // The same entry twice in a row is kept once.
        let again = first.mark
        first.line("RETURN 'remembered' AS r;")
        try first.expect("\nremembered", after: again)
        first.press(.ctrlD)
        _ = try first.waitForExit()
        let second = try shell(home: home)
        let m = try second.expect("quiver> ")
        second.press(.up)
        try second.expect("RETURN 'remembered' AS r;", after: m)
        second.press(.ctrlC)
        second.press(.ctrlD)
        #expect(try second.waitForExit() == 0)
        let saved = try String(contentsOf: home.appendingPathComponent("history"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(saved.count <= 1001, "history must stay bounded")
        #expect(saved.filter { $0.contains("remembered") }.count == 1)
        #expect(!saved.contains("RETURN\\040200;"), "the oldest entries are dropped")
    }

    @Test func ctrlRSearchesTheHistory() throws {
        let t = try shell(["--format", "csv"])
        try t.expect("quiver> ")
        t.line("RETURN 'seventh' AS word;")
        try t.expect("\nseventh")
        t.line("RETURN 'eighth' AS word;")
        let m = try t.expect("\neighth")
        t.press(.ctrlR)
        t.type("sev")
        try t.expect("RETURN 'seventh' AS word;", after: m)
        t.press(.enter)
        try t.expect("\nseventh", after: m)
        t.press(.ctrlD)
        #expect(try t.waitForExit() == 0)
    }

    @Test func tabCompletesALabelAndAProperty() throws {
        let t = try shell()
        try t.expect("quiver> ")
        t.type("MATCH (c:Comp")
        t.press(.tab)
        try t.expect("MATCH (c:Company")
        t.type(") RETURN c.name_")
        t.press(.tab)
        try t.expect("c.name_zh")
        t.type(" AS zh ORDER BY zh;")
        t.press(.enter)
        try t.expect("台积电")
        t.press(.ctrlD)
        #expect(try t.waitForExit() == 0)
    }

    @Test func tabCompletesRelationshipTypesAndCommands() throws {
        let t = try shell()
        try t.expect("quiver> ")
        t.type(":sch")
        t.press(.tab)
        try t.expect(":schema")
        t.press(.enter)
        var m = try t.expect("MANUFACTURES")
        m = try t.expect("quiver> ", after: m)
        t.type("MATCH (a)-[:MAN")
        t.press(.tab)
        try t.expect("[:MANUFACTURES", after: m)
        t.line("]->(b) RETURN b.name AS chip;")
        try t.expect("H100", after: m)
        t.press(.ctrlD)
        #expect(try t.waitForExit() == 0)
    }

    @Test func ctrlCClearsPendingInput() throws {
        let t = try shell()
        try t.expect("quiver> ")
        t.line("RETURN 1 +")
        try t.expect("...> ")
        let before = t.mark
        t.press(.ctrlC)
        let m = try t.expect("quiver> ", after: before)
        t.line("RETURN 'fresh' AS f;")
        try t.expect("fresh", after: m)
        #expect(!t.transcript.contains("SyntaxError"))
        t.press(.ctrlD)
        #expect(try t.waitForExit() == 0)
    }

    @Test func blankLineShowsTheStatementIsOpen() throws {
        let t = try shell()
        try t.expect("quiver> ")
        t.line("RETURN 3 AS three")
        t.line("")
        try t.expect("still open")
        t.line(";")
        try t.expect("3")
        t.press(.ctrlD)
        #expect(try t.waitForExit() == 0)
    }

    @Test func ctrlCCancelsARunningQuery() throws {
        let t = try shell()
        try t.expect("quiver> ")
        t.line("UNWIND range(1, 9000000000000000000) AS i RETURN sum(i % 7) AS s;")
        usleep(1_500_000)
        let m = t.mark
        t.press(.ctrlC)
        let started = Date()
        try t.expect("quiver> ", after: m, timeout: 10)
        #expect(Date().timeIntervalSince(started) < 5)
        try t.expect("Interrupted", after: m)
        #expect(!t.transcript.contains("background"), "the engine should heed the cancel")
        t.line("RETURN 7 AS seven;")
        try t.expect("7", after: m)
        t.press(.ctrlD)
        #expect(try t.waitForExit() == 0)
    }

    @Test func aCancelledWriteLeavesTheGraphAsItWas() throws {
        let t = try shell(["--format", "csv"])
        try t.expect("quiver> ")
        t.line("UNWIND range(1, 100000000) AS i CREATE (:Scratch {i: i});")
        usleep(1_500_000)
        let m = t.mark
        t.press(.ctrlC)
        try t.expect("Interrupted", after: m, timeout: 10)
        t.line("MATCH (s:Scratch) RETURN count(s) AS scratch;")
        try t.expect("scratch\n0\n", after: m)
        t.press(.ctrlD)
        #expect(try t.waitForExit() == 0)
    }

    @Test func initFileRunsAtStart() throws {
        let home = QuiverProcess.scratch()
        let initFile = home.appendingPathComponent("init.cypher")
        try ":param greeting => 'hello from init'\n:format csv\n".write(to: initFile, atomically: true, encoding: .utf8)
        let t = try shell(home: home, extra: ["QUIVER_INIT": initFile.path])
        try t.expect("quiver> ")
        t.line("RETURN $greeting AS g;")
        try t.expect("hello from init")
        t.press(.ctrlD)
        #expect(try t.waitForExit() == 0)
    }

    @Test func quitCommandAndHistoryCommand() throws {
        let t = try shell()
        try t.expect("quiver> ")
        t.line("RETURN 'one' AS x;")
        try t.expect("one")
        t.line(":history")
        try t.expect("1  RETURN 'one' AS x;")
        t.line(":quit")
        #expect(try t.waitForExit() == 0)
    }

    @Test func tableFitsTheTerminalWidth() throws {
        let t = try shell(columns: 40)
        try t.expect("quiver> ")
        let m = t.mark
        t.line("RETURN '\(String(repeating: "long text ", count: 12))' AS a, 'more' AS b;")
        try t.expect("more", after: m)
        try t.expect("quiver> ", after: m)
        let text = String(t.transcript.dropFirst(m))
        let lines = Fixtures.tableLines(text)
        #expect(!lines.isEmpty)
        for l in lines { #expect(l.count <= 40, "line wider than the terminal: \(l)") }
        t.press(.ctrlD)
        _ = try t.waitForExit()
    }

    @Test func dumbTerminalGetsAPlainShell() throws {
        let t = try shell(["--format", "csv"], extra: ["TERM": "dumb", "NO_COLOR": ""])
        try t.expect("quiver> ")
        t.line("RETURN 'plain'")
        try t.expect("...> ")
        t.line("AS p;")
        try t.expect("\nplain")
        #expect(!t.raw.contains("\u{1B}["))
        t.press(.ctrlD)
        #expect(try t.waitForExit() == 0)
    }

    @Test func colourOnlyWithoutNoColor() throws {
        let coloured = try PseudoTerminal(arguments: ["--graph", "empty", "-c", "RETURN 'x' AS s, 1 AS n"],
                                          environment: QuiverProcess.environment(home: QuiverProcess.scratch(), extra: ["NO_COLOR": ""]))
        _ = try coloured.waitForExit()
        let plainFlag = try PseudoTerminal(arguments: ["--graph", "empty", "--no-color", "-c", "RETURN 'x' AS s, 1 AS n"],
                                           environment: QuiverProcess.environment(home: QuiverProcess.scratch(), extra: ["NO_COLOR": ""]))
        _ = try plainFlag.waitForExit()
        let plainEnv = try PseudoTerminal(arguments: ["--graph", "empty", "-c", "RETURN 'x' AS s, 1 AS n"],
                                          environment: QuiverProcess.environment(home: QuiverProcess.scratch()))
        _ = try plainEnv.waitForExit()
        #expect(coloured.raw.contains("\u{1B}["))
        #expect(!plainFlag.raw.contains("\u{1B}["))
        #expect(!plainEnv.raw.contains("\u{1B}["))
    }
}
