// QuiverCommand: the command line (swift-argument-parser). It opens the graph and sends the
// work to scripts, one-shot queries, stdin, transcripts or the interactive REPL.
import ArgumentParser
import Foundation
import Quiver
import QuiverSyntax
#if canImport(Glibc)
import Glibc
#endif

extension OutputFormatName: ExpressibleByArgument {}

struct QuiverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quiver",
        abstract: "An openCypher interpreter over an in-memory property graph.",
        discussion: """
            With no FILE and no -c, a terminal opens the interactive shell (type :help there) and
            anything else on stdin is read as a script: echo 'RETURN 1;' | quiver
            Results go to stdout; errors, warnings, timing and `created ...` summaries go to stderr.

            ENVIRONMENT:
              NO_COLOR         no colour when set (non-empty), like --no-color
              QUIVER_HISTORY   history file (else $XDG_STATE_HOME/quiver/history, ~/.local/state/quiver/history)
              QUIVER_INIT      init script run when the shell starts (else ~/.config/quiver/init.cypher)

            \(ExitStatus.documentation)
            """,
        version: QuiverVersion.string
    )

    @Argument(help: ArgumentHelp("Cypher scripts to run in order (`-` is stdin).", valueName: "FILE"))
    var files: [String] = []

    @Option(name: [.customShort("f"), .customLong("file")], help: ArgumentHelp("A script to run (repeatable).", valueName: "FILE"))
    var moreFiles: [String] = []

    @Option(name: [.customShort("c"), .customLong("command")], help: ArgumentHelp("Run one query (repeatable), after any FILE.", valueName: "QUERY"))
    var queries: [String] = []

    @Option(name: .long, help: ArgumentHelp("The graph to open: `articles` (default), `empty`, or a .cypher script that builds it.", valueName: "PATH"))
    var graph: String?

    @Option(name: [.customShort("P"), .long], help: ArgumentHelp("Set parameter $name; the value is JSON (repeatable).", valueName: "name=value"))
    var param: [String] = []

    @Option(name: .long, help: ArgumentHelp("Output format: table, csv, json, jsonl or markdown.", valueName: "FORMAT"))
    var format: OutputFormatName = .table

    @Option(name: .customLong("max-rows"), help: ArgumentHelp("Show at most N rows of each result (0: all; the shell's default is 1000).", valueName: "N"))
    var maxRows: Int?

    @Option(name: .long, help: ArgumentHelp("Threads a query may use (default: every processor; 1: one thread).", valueName: "N"))
    var threads: Int?

    @Flag(name: .customLong("no-color"), help: "No colour (also when NO_COLOR is set or output is not a terminal).")
    var noColor = false

    @Flag(name: .long, help: "Print the run time of each statement on stderr.")
    var timing = false

    @Flag(name: .customLong("continue-on-error"), help: "Keep running a script after a failed statement (the exit status is still 1).")
    var continueOnError = false

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Replay transcripts; print a diff for each mismatch.", valueName: "FILE"))
    var check: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Rewrite the expected output of transcripts.", valueName: "FILE"))
    var record: [String] = []

    @Flag(name: .customLong("no-init"), help: "Do not run the init script when the shell starts.")
    var noInit = false

    @Flag(name: [.customShort("q"), .long], help: "No banner when the shell starts.")
    var quiet = false

    mutating func validate() throws {
        for p in param {
            do {
                _ = try ParamParser.parse(p)
            } catch {
                throw ValidationError("\(error)")
            }
        }
        if let m = maxRows, m < 0 { throw ValidationError("--max-rows must be 0 or more") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be 1 or more") }
        if !check.isEmpty && !record.isEmpty { throw ValidationError("use --check or --record, not both") }
    }

    func run() throws {
        let console = Console(noColor: noColor)
        let status = execute(console)
        if status != .success { throw ExitCode(status.rawValue) }
    }

    private func execute(_ console: Console) -> ExitStatus {
        if !check.isEmpty || !record.isEmpty {
            Signals.exitOnInterrupt()
            return TranscriptBridge.run(check: check, record: record, console: console)
        }
        let scripts = files + moreFiles
        let interactive = scripts.isEmpty && queries.isEmpty && Terminal.isTerminal(STDIN_FILENO)
        if !interactive { Signals.exitOnInterrupt() }
        for path in scripts where path != "-" {
            do { _ = try ScriptFile.read(path) } catch {
                console.err("quiver: cannot read \(path): \(error)")
                return .unreadableFile
            }
        }
        let graphName: String
        let session: Session
        do {
            let (g, name) = try GraphLoader.open(graph)
            var options = SessionOptions()
            options.allowFileAccess = true
            if let threads { options.threads = threads }
            session = Session(graph: g, options: options)
            graphName = name
        } catch {
            console.err(error.error.rendered())
            return error.status
        }
        for p in param {
            if let (name, value) = try? ParamParser.parse(p) { session.parameters[name] = value }
        }
        var settings = RenderSettings(format: format)
        settings.color = console.colorOut
        settings.maxRows = maxRows.flatMap { $0 == 0 ? nil : $0 } ?? (interactive ? 1000 : nil)
        let driver = Driver(session: session, console: console, settings: settings, graphName: graphName)
        driver.timing = timing
        driver.continueOnError = continueOnError
        if interactive {
            startShell(driver)
            return .success
        }
        runBatch(driver, scripts: scripts)
        if console.isClosed { return .success }
        return driver.failed ? .queryFailed : .success
    }

    /// Scripts, then -c queries, or stdin when neither was given.
    private func runBatch(_ driver: Driver, scripts: [String]) {
        if scripts.isEmpty && queries.isEmpty {
            driver.runScript(ScriptFile.readStandardInput(), name: "<stdin>")
            return
        }
        for path in scripts {
            let text = (try? ScriptFile.read(path)) ?? ""
            let ok = driver.runScript(text, name: path == "-" ? "<stdin>" : path)
            if (!ok && !continueOnError) || driver.console.isClosed { return }
        }
        for q in queries {
            // A -c text is a small script: `-c ':schema'` works too.
            let ok = driver.runScript(q, name: "<query>")
            if (!ok && !continueOnError) || driver.console.isClosed { return }
        }
    }

    private func startShell(_ driver: Driver) {
        let console = driver.console
        Signals.countInterrupts()
        let editing = !Terminal.isDumb && Terminal.isTerminal(STDOUT_FILENO)
        var reader: LineReader = PlainLineReader(console: console, showPrompt: true)
        if editing, let el = EditLineReader(console: console, historyPath: HistoryFile.path()) {
            reader = el
            el.completer = { pending, line in
                Completer(labels: { driver.schema().labelNames }, relationshipTypes: { driver.schema().typeNames },
                          propertyKeys: { driver.schema().keyNames },
                          parameters: { driver.session.parameters.keys.sorted() },
                          keysOfLabel: { driver.schema().keysByLabel[$0] ?? [] },
                          keysOfType: { driver.schema().keysByType[$0] ?? [] })
                    .complete(pending: pending, line: line)
            }
        }
        let g = driver.session.graph
        let banner = quiet ? nil : console.styledErr(
            "Quiver \(QuiverVersion.string) · graph \(driver.graphName): \(g.nodeCount) nodes, \(g.relationshipCount) relationships · :help for help, Ctrl-D to leave", .dim)
        let repl = Repl(driver: driver, reader: reader, highlightEcho: reader is EditLineReader && console.colorErr)
        repl.run(banner: banner, initFile: noInit ? nil : HistoryFile.initPath())
    }
}
