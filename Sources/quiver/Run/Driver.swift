// Driver: runs Cypher and shell commands against one Session and prints what they give:
// results to stdout; errors, `created ...` summaries, timing and hints to stderr.
import Foundation
import Quiver
import QuiverSyntax

final class Driver: @unchecked Sendable {
    let session: Session
    let console: Console
    var settings: RenderSettings
    var timing = false
    var continueOnError = false
    /// In the REPL a statement runs on a worker thread so that Ctrl-C can cancel it.
    var interactive = false
    /// What `--graph` opened, for the banner and :schema.
    var graphName: String
    /// Set when a statement or command failed (decides the exit status of scripts).
    private(set) var failed = false
    /// Hooks into the REPL for :history, :clear and :quit (nil in scripts).
    weak var repl: Repl?
    private var cachedSchema: SchemaSnapshot?
    private var loadDepth = 0

    init(session: Session, console: Console, settings: RenderSettings, graphName: String) {
        self.session = session; self.console = console; self.settings = settings; self.graphName = graphName
    }

    func markFailed() { failed = true }

    /// The graph's schema, cached until a statement changes the graph.
    func schema() -> SchemaSnapshot {
        if let s = cachedSchema { return s }
        let s = LibraryBridge.schema(session)
        cachedSchema = s
        return s
    }

    // MARK: scripts

    /// Runs a script of statements and command lines. Stops at the first failure unless
    /// --continue-on-error; false when anything failed.
    @discardableResult
    func runScript(_ text: String, name: String) -> Bool {
        var ok = true
        for chunk in ScriptSplitter.split(text) {
            if console.isClosed { break }
            let chunkOK: Bool
            switch chunk {
            case .cypher(let body, let line): chunkOK = runCypher(body, name: name, line: line)
            case .command(let command, let line):
                let outcome = Commands.run(command, driver: self, source: "\(name):\(line)")
                if outcome == .quit { return ok }
                chunkOK = outcome != .failed
            }
            if !chunkOK {
                ok = false
                if !continueOnError { break }
            }
        }
        return ok
    }

    /// Reads and runs a script file; a file that cannot be read is reported and fails.
    @discardableResult
    func runScriptFile(_ path: String) -> Bool {
        guard loadDepth < 16 else {
            reportError(QuiverError(.ioError, "\(path): scripts load each other too deeply"))
            return false
        }
        let text: String
        do { text = try ScriptFile.read(path) } catch {
            reportError(QuiverError(.ioError, "cannot read \(path): \(error)"))
            return false
        }
        loadDepth += 1
        defer { loadDepth -= 1 }
        return runScript(text, name: path)
    }

    // MARK: statements

    /// Runs the statements of `text`, which starts on line `line` of `name`.
    @discardableResult
    func runCypher(_ text: String, name: String, line: Int = 1) -> Bool {
        // Padding keeps the parser's line numbers those of the file.
        let padded = String(repeating: "\n", count: max(0, line - 1)) + text
        warnUnknownNames(padded, name: name)
        let ok = interactive
            ? runInterruptible { live in self.runStatements(padded, name: name, live: live) }
            : runStatements(padded, name: name, live: { true })
        return ok
    }

    private func runStatements(_ text: String, name: String, live: @escaping () -> Bool) -> Bool {
        session.runScript(text, name: name, continueOnError: continueOnError) { outcome in
            guard live() else { return }
            switch outcome.result {
            case .success(let result): self.show(result)
            case .failure(let error) where error.kind == .cancelled && self.interactive:
                // The shell says "Interrupted" itself.
                self.markFailed()
            case .failure(let error): self.reportError(error)
            }
        }
    }

    /// Prints a result: rows to stdout, the change summary and timing to stderr.
    func show(_ result: QueryResult) {
        if !result.stats.isEmpty { cachedSchema = nil }
        if !result.columns.isEmpty {
            var s = settings
            if s.format == .table, Terminal.isTerminal(STDOUT_FILENO) { s.width = Terminal.width() }
            console.out(Rendering.render(result, s))
        }
        if !result.stats.isEmpty { console.err(result.stats.summary) }
        if timing { console.err(console.styledErr(String(format: "Time: %.3f ms", result.elapsed * 1000), .dim)) }
    }

    /// Prints an error on stderr: `FILE:LINE:COL: Kind: message` with the line and a caret,
    /// or a JSON object in the JSON formats.
    func reportError(_ error: QuiverError) {
        failed = true
        if settings.format.errorsAsJSON {
            console.err(Rendering.errorJSON(error))
            return
        }
        var lines = error.rendered().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first { lines[0] = console.styledErr(first, .red) }
        console.err(lines.joined(separator: "\n"))
    }

    /// A failed shell command: `SOURCE: message` on stderr (a JSON object in the JSON formats).
    func reportCommandError(_ message: String, source: String) {
        failed = true
        if settings.format.errorsAsJSON {
            var e = QuiverError(.apiError, message)
            e.sourceName = source
            console.err(Rendering.errorJSON(e))
        } else {
            console.err(console.styledErr("\(source): ", .red) + message)
        }
    }

    /// A warning on stderr (never JSON: it is not an error).
    func warn(_ text: String) {
        console.err(console.styledErr("warning: ", .yellow) + text)
    }

    // MARK: cancellation

    /// Runs `body` on a worker thread; Ctrl-C asks the library to cancel it, and a statement
    /// that does not stop within three seconds is left behind (its output is dropped).
    private func runInterruptible(_ body: @escaping @Sendable (_ live: @escaping () -> Bool) -> Bool) -> Bool {
        let done = DispatchSemaphore(value: 0)
        let state = WorkerState()
        let worker = Thread {
            let ok = body { !state.abandoned }
            state.finish(ok)
            done.signal()
        }
        worker.stackSize = 64 << 20
        worker.start()
        var cancelledAt: Date?
        while done.wait(timeout: .now() + .milliseconds(40)) == .timedOut {
            if Signals.takeInterrupt() && cancelledAt == nil {
                cancelledAt = Date()
                LibraryBridge.cancel(session)
            }
            // A statement that does not heed the cancel (a long host call) is left behind.
            if let t = cancelledAt, Date().timeIntervalSince(t) > 3.0 {
                state.abandon()
                failed = true
                console.err("\n" + console.styledErr("Interrupted: the statement could not be stopped and runs on in the background", .yellow))
                return false
            }
        }
        if cancelledAt != nil { console.err("\n" + console.styledErr("Interrupted", .yellow)) }
        return state.ok
    }

    // MARK: hints

    /// Warns about labels and relationship types that are not in the graph but close to one that is.
    private func warnUnknownNames(_ text: String, name: String) {
        let source = SourceText(text, name: name)
        let used = NameCollector.matchNames(Parser.parseScript(source))
        guard !used.labels.isEmpty || !used.types.isEmpty else { return }
        let schema = schema()
        guard !schema.labels.isEmpty else { return }
        for id in used.labels where !schema.labelNames.contains(id.name) {
            if let s = EditDistance.suggestion(for: id.name, among: schema.labelNames) {
                warn("\(where_(id, source))unknown label :\(id.name); did you mean :\(s)?")
            }
        }
        for id in used.types where !schema.typeNames.contains(id.name) {
            if let s = EditDistance.suggestion(for: id.name, among: schema.typeNames) {
                warn("\(where_(id, source))unknown relationship type :\(id.name); did you mean :\(s)?")
            }
        }
    }

    private func where_(_ id: Identifier, _ source: SourceText) -> String {
        let loc = source.location(of: id.span.start)
        return "\(source.name):\(loc.line):\(loc.column): "
    }
}

/// What a worker thread reports back.
private final class WorkerState: @unchecked Sendable {
    private let lock = NSLock()
    private var _ok = true
    private var _abandoned = false
    var ok: Bool { lock.withLock { _ok } }
    var abandoned: Bool { lock.withLock { _abandoned } }
    func finish(_ ok: Bool) { lock.withLock { _ok = ok } }
    func abandon() { lock.withLock { _abandoned = true } }
}
