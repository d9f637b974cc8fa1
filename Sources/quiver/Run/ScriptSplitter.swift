// ScriptSplitter: cuts a script into runs of Cypher and shell-command lines (`:param ...`),
// keeping the line each piece starts on so errors point into the original file.
import Foundation

enum ScriptChunk: Equatable {
    /// Cypher text starting at the beginning of line `line` (1-based).
    case cypher(String, line: Int)
    /// A shell command line such as `:param x => 1`.
    case command(String, line: Int)
}

enum ScriptSplitter {
    /// A line is a command when it starts with `:` and no statement is pending.
    static func split(_ text: String) -> [ScriptChunk] {
        var chunks: [ScriptChunk] = []
        var pending: [Substring] = []
        var pendingStart = 1
        var state = StatementScanner.State()
        var lineNumber = 0
        func flush() {
            if !pending.isEmpty {
                let body = pending.joined(separator: "\n")
                let scanned = StatementScanner.scan(body)
                if !scanned.isAtRest || scanned.sawTerminator {
                    chunks.append(.cypher(body, line: pendingStart))
                }
            }
            pending = []
        }
        // "\r\n" is one Character in Swift, so CRLF files need their own separator test.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            if state.isAtRest && StatementScanner.isCommandLine(String(line)) {
                flush()
                chunks.append(.command(line.trimmingCharacters(in: .whitespaces), line: lineNumber))
                state = StatementScanner.State()
                continue
            }
            if pending.isEmpty { pendingStart = lineNumber }
            pending.append(line)
            state = StatementScanner.scan(String(line) + "\n", from: state)
        }
        flush()
        return chunks
    }
}
