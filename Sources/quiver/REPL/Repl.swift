// Repl: the interactive loop. It gathers lines until a statement ends with `;`, runs
// `:commands`, keeps the history, and echoes entered statements highlighted.
import Foundation
import QuiverSyntax
#if canImport(Glibc)
import Glibc
#endif

final class Repl {
    static let prompt = "quiver> "
    static let continuationPrompt = "   ...> "

    let driver: Driver
    let reader: LineReader
    private var console: Console { driver.console }
    /// Rewrite each entered statement in colour (only on a colour terminal with line editing).
    private let highlightEcho: Bool
    private var pending: [String] = []
    private var state = StatementScanner.State()
    /// Something was printed between the lines of the pending statement: no echo rewrite.
    private var echoSpoiled = false

    init(driver: Driver, reader: LineReader, highlightEcho: Bool) {
        self.driver = driver; self.reader = reader; self.highlightEcho = highlightEcho
    }

    /// Runs until :quit or Ctrl-D.
    func run(banner: String?, initFile: String?) {
        driver.repl = self
        driver.interactive = true
        if let banner { console.err(banner) }
        if let path = initFile, FileManager.default.fileExists(atPath: path) {
            if !driver.runScriptFile(path) { driver.warn("the init file \(path) stopped at an error") }
        }
        loop()
    }

    private func loop() {
        while !console.isClosed {
            if let editing = reader as? EditLineReader { editing.pendingText = pending.joined(separator: "\n") }
            switch reader.read(prompt: pending.isEmpty ? Repl.prompt : Repl.continuationPrompt) {
            case .endOfInput:
                return
            case .interrupted:
                pending = []
                echoSpoiled = false
                state = StatementScanner.State()
            case .line(let line):
                if take(line) == .quit { return }
            }
        }
    }

    /// Handles one entered line.
    func take(_ line: String) -> CommandOutcome {
        let blank = line.trimmingCharacters(in: .whitespaces).isEmpty
        if pending.isEmpty {
            if StatementScanner.isCommandLine(line) {
                reader.remember(line.trimmingCharacters(in: .whitespaces))
                return Commands.run(line, driver: driver, source: "<stdin>")
            }
            let alone = StatementScanner.scan(line + "\n")
            if blank || (alone.isAtRest && !alone.sawTerminator) { return .ok }
        } else if blank && !state.insideLiteral {
            console.err(console.styledErr("(the statement is still open: end it with ';', or press Ctrl-C to drop it)", .dim))
            pending.append(line)
            echoSpoiled = true
            return .ok
        }
        pending.append(line)
        state = StatementScanner.scan(line + "\n", from: state)
        // The parser's own check has the last word (it knows the lexer's corner cases).
        guard state.isComplete, Parser.isComplete(pending.joined(separator: "\n")) else { return .ok }
        let lines = pending
        pending = []
        state = StatementScanner.State()
        reader.remember(HistoryFile.entry(for: lines))
        if highlightEcho && !echoSpoiled { echo(lines) }
        echoSpoiled = false
        return driver.runCypher(lines.joined(separator: "\n"), name: "<query>") ? .ok : .failed
    }

    /// Moves the cursor back over the lines just typed and writes them again in colour.
    private func echo(_ lines: [String]) {
        guard let cols = Terminal.width(of: STDERR_FILENO), cols > 0 else { return }
        var rows = 0
        for (i, l) in lines.enumerated() {
            let w = DisplayWidth.of(i == 0 ? Repl.prompt : Repl.continuationPrompt) + DisplayWidth.of(l)
            rows += max(1, (w + cols - 1) / cols)
        }
        var out = "\u{1B}[\(rows)A\r\u{1B}[J"
        for (i, l) in lines.enumerated() {
            out += (i == 0 ? Repl.prompt : Repl.continuationPrompt) + Highlighter.highlight(l) + "\n"
        }
        console.errRaw(out)
    }

    func clearScreen() {
        pending = []
        state = StatementScanner.State()
        if Terminal.isTerminal(STDERR_FILENO) { console.errRaw("\u{1B}[H\u{1B}[2J") }
    }

    func historyEntries() -> [String] { reader.entries }
}
