// FormatTests: every output format read back (CSV parsed, JSON through JSONSerialization),
// table display widths with Chinese text, and colour rules.
import Foundation
import Quiver
import Testing

@Suite struct FormatTests {
    private let query = "MATCH (c:Company) RETURN c.name AS name, c.name_zh AS zh, c.founded AS founded, c.aliases AS aliases ORDER BY name"

    private func run(_ format: String, _ q: String? = nil) throws -> RunResult {
        try QuiverProcess.run(["--graph", Fixtures.graphFile, "--format", format, "-c", q ?? query])
    }

    @Test func csvReadsBack() throws {
        let r = try run("csv", "RETURN 'a, \"quoted\"' AS tricky, '英伟达' AS zh, 3 AS n, null AS nothing")
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Fixtures.parseCSV(r.stdout)
        #expect(rows.first == ["tricky", "zh", "n", "nothing"])
        #expect(rows.count == 2)
        #expect(rows.last?.prefix(3) == ["a, \"quoted\"", "英伟达", "3"])
    }

    @Test func csvOfAGraphQuery() throws {
        let r = try run("csv")
        #expect(r.status == 0, "\(r.stderr)")
        let rows = Fixtures.parseCSV(r.stdout)
        #expect(rows.map { $0.first ?? "" } == ["name", "NVIDIA", "TSMC"])
        #expect(rows.dropFirst().map { $0.count > 1 ? $0[1] : "" } == ["英伟达", "台积电"])
    }

    @Test func jsonReadsBack() throws {
        let r = try run("json")
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows.first?["name"] as? String == "NVIDIA")
        #expect(rows.first?["zh"] as? String == "英伟达")
        #expect(rows.first?["founded"] as? Int == 1993)
        #expect(rows.first?["aliases"] as? [String] == ["Nvidia", "NVDA"])
    }

    @Test func jsonOfNodesKeepsLabelsAndProperties() throws {
        let r = try run("json", "MATCH (c:Chip) RETURN c")
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let node = try #require(rows.first?["c"] as? [String: Any])
        #expect(String(describing: node).contains("Chip"))
        #expect(String(describing: node).contains("H100"))
    }

    @Test func jsonlIsOneObjectPerLine() throws {
        let r = try run("jsonl")
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let names = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.map { $0?["name"] as? String }
        #expect(names == ["NVIDIA", "TSMC"])
    }

    @Test func markdownHasHeaderAndRule() throws {
        let r = try run("markdown")
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("|") == true)
        #expect(lines.first?.contains("name") == true)
        #expect(lines.count > 1 && lines[1].contains("---"))
        #expect(r.stdout.contains("英伟达"))
    }

    @Test func tableAlignsChineseText() throws {
        let r = try run("table")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("英伟达") && r.stdout.contains("台积电"))
        let lines = Fixtures.tableLines(r.stdout)
        #expect(lines.count >= 4)
        let widths = Set(lines.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "table lines differ in display width: \(lines)")
    }

    @Test func pipesNeverGetColour() throws {
        var env = QuiverProcess.environment(home: QuiverProcess.scratch())
        env["NO_COLOR"] = nil
        let r = try QuiverProcess.run(["--graph", "empty", "-c", "RETURN 'x' AS s, null AS n, 1 +"], environment: env)
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(!r.stderr.contains("\u{1B}["))
    }
}
