// ImportProgress: a one-line progress bar on stderr for long imports (rows, rows/s, ETA),
// shown only when stderr is a terminal and the import has run for more than a second.
import Foundation

final class ImportProgress {
    private let label: String
    private let totalBytes: Int
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = 0.0
    private var drawn = false

    init(label: String, totalBytes: Int) {
        self.label = label
        self.totalBytes = max(1, totalBytes)
        enabled = isatty(2) != 0
    }

    /// Called now and then (every few thousand rows) with the rows read and the byte position.
    func update(rows: Int, offset: Int) {
        guard enabled else { return }
        let t = Date().timeIntervalSince(start)
        guard t > 1, t - lastDraw >= 0.1 else { return }
        lastDraw = t
        drawn = true
        let done = Double(offset) / Double(totalBytes)
        let rate = Double(rows) / t
        let eta = done > 0 ? t * (1 - done) / done : 0
        let width = 24
        let filled = max(0, min(width, Int(done * Double(width))))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = "\r\(label) [\(bar)] \(rows) rows, \(Int(rate)) rows/s, ETA \(String(format: "%.0f", eta)) s  "
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar line (only if one was drawn).
    func finish(rows: Int) {
        guard drawn else { return }
        let t = Date().timeIntervalSince(start)
        let line = "\r\(label): \(rows) rows in \(String(format: "%.1f", t)) s\u{1B}[K\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
