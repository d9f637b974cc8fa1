// FlagTests: the command line: --version, --help, exit statuses, -c, -f, stdin scripts,
// --graph, --param, --timing, --continue-on-error, and where each kind of output goes.
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct FlagTests {
    @Test func versionPrintsTheVersion() throws {
        let r = try QuiverProcess.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }

    @Test func helpDocumentsFlagsAndExitStatuses() throws {
        let r = try QuiverProcess.run(["--help"])
        #expect(r.status == 0)
        for word in ["--format", "--param", "--graph", "--check", "--record", "-c", "EXIT STATUS", "64", "130", "NO_COLOR"] {
            #expect(r.stdout.contains(word), "help lacks \(word)")
        }
    }

    @Test(arguments: [["--no-such-flag"], ["--format", "xml"], ["--param", "novalue"], ["--param", "x=[1,"],
                      ["--max-rows", "-1"], ["--param", "bad name=1"]])
    func badFlagsExit64(_ args: [String]) throws {
        let r = try QuiverProcess.run(args + ["-c", "RETURN 1"])
        #expect(r.status == 64)
        #expect(r.stdout.isEmpty)
        #expect(!r.stderr.isEmpty)
    }

    @Test func unreadableScriptExits2() throws {
        let r = try QuiverProcess.run(["/nonexistent/dir/script.cypher"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/nonexistent/dir/script.cypher"))
        #expect(r.stdout.isEmpty)
        #expect(try QuiverProcess.run(["-f", "/nonexistent.cypher"]).status == 2)
    }

    @Test func unreadableGraphExits2() throws {
        let r = try QuiverProcess.run(["--graph", "/nonexistent/graph.cypher", "-c", "RETURN 1"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("graph.cypher"))
    }

    @Test func oneQueryWithDashC() throws {
        let r = try QuiverProcess.run(["--graph", "empty", "-c", "RETURN 40 + 2 AS answer", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Fixtures.parseCSV(r.stdout) == [["answer"], ["42"]])
        #expect(r.stderr.isEmpty)
    }

    @Test func stdinIsAScriptAndEOFEndsTheLastStatement() throws {
        let r = try QuiverProcess.run(["--graph", "empty", "--format", "csv"], stdin: "RETURN 1 AS a;\nRETURN 2 AS b\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "a\n1\nb\n2\n")
    }

    @Test func scriptsRunInOrder() throws {
        let a = Fixtures.file("RETURN 'first' AS s;", name: "a.cypher")
        let b = Fixtures.file("RETURN 'second' AS s;", name: "b.cypher")
        let r = try QuiverProcess.run(["--graph", "empty", "--format", "csv", a, "-f", b, "-c", "RETURN 'third' AS s"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "s\nfirst\ns\nsecond\ns\nthird\n")
    }

    @Test func queryErrorExits1WithPositionAndCaret() throws {
        let path = Fixtures.file("RETURN 1 AS one;\n\nRETURN 2 +;\nRETURN 3 AS three;\n")
        let r = try QuiverProcess.run(["--graph", "empty", "--format", "csv", path])
        #expect(r.status == 1)
        #expect(r.stdout == "one\n1\n", "the statement after the error must not run")
        let first = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("\(path):3:"), "got \(r.stderr)")
        #expect(first.contains("SyntaxError"))
        #expect(r.stderr.contains("RETURN 2 +;"))
        #expect(r.stderr.contains("^"))
    }

    @Test func continueOnErrorRunsTheRestButStillFails() throws {
        let path = Fixtures.file("RETURN 2 +;\nRETURN 3 AS three;\n")
        let r = try QuiverProcess.run(["--graph", "empty", "--format", "csv", "--continue-on-error", path])
        #expect(r.status == 1)
        #expect(r.stdout == "three\n3\n")
    }

    @Test func jsonFormatReportsErrorsAsJSON() throws {
        let r = try QuiverProcess.run(["--graph", "empty", "--format", "json", "-c", "RETURN 1 +"])
        #expect(r.status == 1)
        let line = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["kind"] as? String == "SyntaxError")
        #expect(object?["line"] as? Int == 1)
        #expect(object?["message"] is String)
    }

    @Test func paramsAreJSON() throws {
        let r = try QuiverProcess.run([
            "--graph", "empty", "--format", "json",
            "--param", "n=5", "--param", "s=\"hi\"", "--param", "b=true", "--param", "z=null",
            "--param", "l=[1, 2.5, \"x\"]", "--param", "m={\"a\": {\"b\": [true]}}", "-P", "$d=1.5",
            "-c", "RETURN $n AS n, $s AS s, $b AS b, $z AS z, $l AS l, $m AS m, $d AS d",
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        let row = try #require(rows?.first)
        #expect(row["n"] as? Int == 5)
        #expect(row["s"] as? String == "hi")
        #expect(row["b"] as? Bool == true)
        #expect(row["z"] is NSNull)
        #expect((row["l"] as? [Any])?.count == 3)
        #expect(((row["m"] as? [String: Any])?["a"] as? [String: Any])?["b"] != nil)
        #expect(row["d"] as? Double == 1.5)
    }

    @Test func integerParamsStayIntegers() throws {
        let r = try QuiverProcess.run(["--graph", "empty", "--format", "csv", "-P", "n=7", "-P", "f=7.0",
                                       "-c", "RETURN $n / 2 AS i, $f / 2 AS d"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Fixtures.parseCSV(r.stdout) == [["i", "d"], ["3", "3.5"]])
    }

    @Test func graphScriptAndEmptyGraph() throws {
        let r = try QuiverProcess.run(["--graph", Fixtures.graphFile, "--format", "csv",
                                       "-c", "MATCH (c:Company) RETURN c.name AS name ORDER BY name"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Fixtures.parseCSV(r.stdout) == [["name"], ["NVIDIA"], ["TSMC"]])
        let e = try QuiverProcess.run(["--graph", "empty", "--format", "csv", "-c", "MATCH (n) RETURN count(n) AS c"])
        #expect(Fixtures.parseCSV(e.stdout) == [["c"], ["0"]])
    }

    @Test func scriptsMayReadFiles() throws {
        let dir = QuiverProcess.scratch()
        try "name,age\nann,30\nbob,40\n".write(to: dir.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        let r = try QuiverProcess.run(["--graph", "empty", "--format", "csv", "-c",
                                       "COPY Person FROM 'people.csv' (HEADER=true); MATCH (p:Person) RETURN p.name AS name ORDER BY name"],
                                      directory: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "name\nann\nbob\n")
        #expect(r.stderr.contains("created 2 nodes"))
    }

    @Test func defaultGraphIsTheArticleGraph() throws {
        let r = try QuiverProcess.run(["--format", "csv", "-c", "MATCH (a:Article) RETURN count(a) AS c"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Fixtures.parseCSV(r.stdout) == [["c"], ["5"]])
    }

    @Test func summariesAndTimingGoToStderr() throws {
        let r = try QuiverProcess.run(["--graph", "empty", "--timing", "-c", "CREATE (:A {x: 1})"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("created 1 node"))
        #expect(r.stderr.contains("Time:"))
        let quiet = try QuiverProcess.run(["--graph", "empty", "-c", "RETURN 1 AS x", "--format", "csv"])
        #expect(!quiet.stderr.contains("Time:"))
    }

    @Test func closedPipeEndsQuietly() throws {
        let bin = QuiverProcess.binary.path
        let r = try runShell("'\(bin)' --graph empty --format csv -c 'UNWIND range(1, 200000) AS i RETURN i' | head -n 3; echo \"status=${PIPESTATUS[0]}\" >&2")
        #expect(r.stdout == "i\n1\n2\n")
        #expect(r.stderr.trimmingCharacters(in: .whitespacesAndNewlines) == "status=0")
    }

    @Test func interruptOutsideTheShellExits130() throws {
        let p = Process()
        p.executableURL = QuiverProcess.binary
        p.arguments = ["--graph", "empty", "-c", "UNWIND range(1, 9000000000000000000) AS i RETURN sum(i % 7) AS s"]
        p.environment = QuiverProcess.environment(home: QuiverProcess.scratch())
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        try p.run()
        usleep(1_500_000)
        #expect(p.isRunning, "the query ended before it could be interrupted")
        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        #expect(p.terminationReason == .exit)
        #expect(p.terminationStatus == 130)
    }

    private func runShell(_ command: String) throws -> RunResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", command]
        p.environment = QuiverProcess.environment(home: QuiverProcess.scratch())
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = DataCollector(out.fileHandleForReading), e = DataCollector(err.fileHandleForReading)
        p.waitUntilExit()
        return RunResult(status: p.terminationStatus, stdout: o.text(), stderr: e.text())
    }
}
