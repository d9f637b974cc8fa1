// Terminal: what the process knows about its terminal: which streams are terminals,
// the window width (TIOCGWINSZ, else $COLUMNS), and whether colour is allowed.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Columns of the terminal on `fd`, else `$COLUMNS`, else nil.
    static func width(of fd: Int32 = STDOUT_FILENO) -> Int? {
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        return nil
    }

    /// `TERM=dumb`: no colour and no line editing.
    static var isDumb: Bool { ProcessInfo.processInfo.environment["TERM"] == "dumb" }

    /// Colour on `fd` only on a terminal, never with NO_COLOR (non-empty) or --no-color.
    static func colorAllowed(on fd: Int32, noColorFlag: Bool) -> Bool {
        if noColorFlag || isDumb { return false }
        if let v = ProcessInfo.processInfo.environment["NO_COLOR"], !v.isEmpty { return false }
        return isTerminal(fd)
    }
}
