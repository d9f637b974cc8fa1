// TranscriptFlagTests: `--check` (a diff per mismatch on stdout, exit 1) and `--record`
// (rewrites the expected blocks so that a later --check passes).
import Foundation
import Testing

@Suite struct TranscriptFlagTests {
    private let transcript = """
        UNWIND [1, 2] AS x RETURN x;
        /* expect
        | x |
        | 1 |
        | 2 |
        (2 rows)
        */
        CREATE (:A {name: 'a'});
        /* expect
        created 1 node, 1 property, 1 label
        */

        """

    @Test func checkPassesOnAMatchingTranscript() throws {
        let path = Fixtures.file(transcript, name: "good.cypher")
        let r = try QuiverProcess.run(["--check", path])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func checkPrintsADiffAndFailsOnAMismatch() throws {
        let path = Fixtures.file(transcript.replacingOccurrences(of: "| 2 |", with: "| 3 |"), name: "bad.cypher")
        let good = Fixtures.file(transcript, name: "good.cypher")
        let r = try QuiverProcess.run(["--check", good, path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("-| 3 |"))
        #expect(r.stdout.contains("+| 2 |"))
        #expect(r.stdout.contains("bad.cypher:1"))
        #expect(!r.stdout.contains("good.cypher"))
    }

    @Test func recordRewritesTheBlocks() throws {
        let path = Fixtures.file("UNWIND [1, 2] AS x RETURN x * 10 AS y;\n", name: "new.cypher")
        #expect(try QuiverProcess.run(["--check", path]).status == 1, "a statement without a block is a mismatch")
        let r = try QuiverProcess.run(["--record", path])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("/* expect"))
        #expect(text.contains("| 20 |"))
        #expect(try QuiverProcess.run(["--check", path]).status == 0)
    }

    @Test func missingTranscriptExits2() throws {
        let r = try QuiverProcess.run(["--check", "/nonexistent/t.cypher"])
        #expect(r.status == 2)
        #expect(try QuiverProcess.run(["--record", "/nonexistent/t.cypher"]).status == 2)
        #expect(try QuiverProcess.run(["--check", "a.cypher", "--record", "b.cypher"]).status == 64)
    }
}
