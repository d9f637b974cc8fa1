// Transcript: replays `.cypher` transcripts (statements each followed by a `/* expect ... */`
// block, format in docs/testing.md), reports mismatches, and records actual outputs.
import Foundation
import QuiverSyntax

public enum Transcript {
    public struct Mismatch: Sendable {
        /// Line of the statement (or of an expect block no statement claims).
        public var line: Int
        public var statement: String
        /// The normalised expected block body ("" when the statement has no block).
        public var expected: String
        public var actual: String
    }

    /// Replays a transcript file against a fresh graph (first line `// graph: articles` ->
    /// `Graph.articles()`, else an empty `Graph()`) and returns every statement whose output
    /// differs from its block, every statement without a block, and every block that no
    /// statement claims.
    public static func check(_ url: URL) throws -> [Mismatch] {
        let run = try replay(url)
        var mismatches: [Mismatch] = []
        var claimed = Set<Int>()
        for item in run.items {
            let actual = TranscriptScanner.normalize(render(item.outcome))
            guard let block = item.block else {
                mismatches.append(Mismatch(line: item.line, statement: item.statement, expected: "", actual: actual))
                continue
            }
            claimed.insert(block.range.lowerBound)
            let expected = TranscriptScanner.normalize(block.body)
            if !TranscriptScanner.matches(expected: expected, actual: actual) {
                mismatches.append(Mismatch(line: item.line, statement: item.statement, expected: expected, actual: actual))
            }
        }
        for start in TranscriptScanner.allOpeners(in: run.source.utf8) where !claimed.contains(start) {
            let body = TranscriptScanner.block(at: start, in: run.source.utf8)?.body ?? ""
            mismatches.append(Mismatch(line: run.source.location(of: start).line, statement: "",
                                       expected: TranscriptScanner.normalize(body), actual: "(no statement owns this block)"))
        }
        return mismatches.sorted { $0.line < $1.line }
    }

    /// Rewrites the file with the actual output blocks (replacing existing `/* expect ... */`
    /// blocks, inserting missing ones after each statement's `;`). Blocks that already match
    /// are kept as written (so their `...` wildcards survive).
    public static func record(_ url: URL) throws {
        // An inserted or resized block moves the statements after it, and with them the
        // positions in their error lines: replay until nothing changes (a few passes).
        for _ in 0..<4 {
            let run = try replay(url)
            var edits: [(range: Range<Int>, text: String)] = []
            for item in run.items {
                let actual = TranscriptScanner.normalize(render(item.outcome))
                if let existing = item.block {
                    let expected = TranscriptScanner.normalize(existing.body)
                    if !TranscriptScanner.matches(expected: expected, actual: actual) {
                        let body = TranscriptScanner.rewrite(expected: expected, actual: actual)
                        edits.append((existing.range, "/* expect\n" + body + "\n*/"))
                    }
                } else {
                    let block = "/* expect\n" + actual + "\n*/"
                    edits.append((item.insertAt..<item.insertAt, (item.hasSemicolon ? "" : ";") + "\n" + block))
                }
            }
            if edits.isEmpty { return }
            var bytes = run.source.utf8
            for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                let lower = max(0, min(edit.range.lowerBound, bytes.count))
                let upper = max(lower, min(edit.range.upperBound, bytes.count))
                bytes.replaceSubrange(lower..<upper, with: Array(edit.text.utf8))
            }
            do { try Data(bytes).write(to: url, options: .atomic) } catch {
                throw QuiverError(.ioError, "cannot write \(url.path): \(error.localizedDescription)")
            }
        }
    }

    /// The expected-block body for one outcome, as docs/testing.md defines it.
    public static func render(_ outcome: StatementOutcome) -> String {
        TranscriptRender.body(outcome)
    }

    /// A unified-style diff of two blocks for printing (empty when they are equal).
    public static func diff(expected: String, actual: String) -> String {
        LineDiff.unified(expected: expected, actual: actual)
    }

    // MARK: Replay

    struct Item {
        var outcome: StatementOutcome
        var statement: String
        var line: Int
        var insertAt: Int
        var hasSemicolon: Bool
        var block: ExpectBlock?
    }

    /// Runs every statement of the file (continuing after errors) and pairs each with its block.
    static func replay(_ url: URL) throws -> (source: SourceText, items: [Item]) {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw QuiverError(.ioError, "cannot read \(url.path): \(error.localizedDescription)")
        }
        let source = SourceText(text, name: url.lastPathComponent)
        let graph: Graph
        switch TranscriptScanner.graphName(in: text) {
        case nil, "empty": graph = Graph()
        case "articles": graph = try Graph.articles()
        case let other?: throw QuiverError(.apiError, "\(url.lastPathComponent): unknown graph '\(other)' (known: empty, articles)")
        }
        var options = SessionOptions()
        options.allowFileAccess = true
        options.fileRoot = url.deletingLastPathComponent()
        let session = Session(graph: graph, options: options)
        var items: [Item] = []
        session.runScript(text, name: url.lastPathComponent, continueOnError: true) { outcome in
            let first = TranscriptScanner.skipTrivia(from: outcome.span.start, in: source.utf8)
            // A segment of only comments (the blocks after the last `;`) is no statement.
            guard first < outcome.span.end else { return }
            let found = TranscriptScanner.after(statementEnd: outcome.span.end, in: source.utf8)
            let statement = source.slice(SourceSpan(start: first, end: outcome.span.end))
            items.append(Item(outcome: outcome, statement: statement, line: source.location(of: first).line,
                              insertAt: found.insertAt, hasSemicolon: found.hasSemicolon, block: found.block))
        }
        return (source, items)
    }
}
