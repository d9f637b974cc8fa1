// Console: the two output streams. Data goes to stdout, everything else to stderr. Writes
// are plain write(2) calls so a closed pipe (`| head`) shows up as EPIPE and ends output quietly.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private var stdoutClosed = false
    /// Colour on stdout / stderr (decided once at start-up).
    let colorOut: Bool
    let colorErr: Bool

    init(noColor: Bool) {
        // A closed pipe must not kill the process: writes then fail with EPIPE instead.
        signal(SIGPIPE, SIG_IGN)
        colorOut = Terminal.colorAllowed(on: STDOUT_FILENO, noColorFlag: noColor)
        colorErr = Terminal.colorAllowed(on: STDERR_FILENO, noColorFlag: noColor)
    }

    /// True once stdout's reader went away; callers stop producing output.
    var isClosed: Bool { lock.withLock { stdoutClosed } }

    /// Writes data to stdout.
    func out(_ text: String) {
        lock.withLock {
            guard !stdoutClosed else { return }
            if !Console.writeAll(STDOUT_FILENO, text) { stdoutClosed = true }
        }
    }

    /// Writes a message to stderr (a newline is added when missing).
    func err(_ text: String) {
        lock.withLock { _ = Console.writeAll(STDERR_FILENO, text.hasSuffix("\n") ? text : text + "\n") }
    }

    /// Writes raw text to stderr (prompts, terminal control).
    func errRaw(_ text: String) {
        lock.withLock { _ = Console.writeAll(STDERR_FILENO, text) }
    }

    /// `text` in an SGR colour when colour is on for stderr.
    func styledErr(_ text: String, _ style: Style) -> String {
        colorErr ? style.wrap(text) : text
    }

    private static func writeAll(_ fd: Int32, _ text: String) -> Bool {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buf -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return write(fd, base + offset, buf.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}

/// The few ANSI styles the CLI uses.
enum Style: String {
    case red = "31", yellow = "33", green = "32", blue = "34", magenta = "35", cyan = "36", dim = "2", bold = "1"
    func wrap(_ text: String) -> String { "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" }
}
