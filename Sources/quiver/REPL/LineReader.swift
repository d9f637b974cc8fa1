// LineReader: where the REPL gets its lines. The libedit reader serves terminals; the plain
// reader serves dumb terminals and anything else, so the REPL core never needs libedit.
import Foundation

enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C at the prompt: drop the pending input.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case endOfInput
}

protocol LineReader: AnyObject {
    /// Reads one line (without its newline) after showing `prompt`.
    func read(prompt: String) -> LineInput
    /// Records a finished entry (a whole statement or a command) in the history.
    func remember(_ entry: String)
    /// The history, oldest first.
    var entries: [String] { get }
}

/// Reads lines from stdin with no editing; shows the prompt only on a terminal.
final class PlainLineReader: LineReader {
    private let showPrompt: Bool
    private let console: Console
    private(set) var entries: [String] = []

    init(console: Console, showPrompt: Bool) {
        self.console = console; self.showPrompt = showPrompt
    }

    func read(prompt: String) -> LineInput {
        if showPrompt { console.errRaw(prompt) }
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        // Without line editing a Ctrl-C is only seen once the line is entered.
        if Signals.takeInterrupt() { return .interrupted }
        return .line(line)
    }

    func remember(_ entry: String) {
        if entries.last != entry { entries.append(entry) }
    }
}
