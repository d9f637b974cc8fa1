// HistoryFile: where the REPL keeps its history ($QUIVER_HISTORY, else
// $XDG_STATE_HOME/quiver/history, else ~/.local/state/quiver/history) and how big it may grow.
import Foundation

enum HistoryFile {
    static let capacity = 1000

    static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let p = environment["QUIVER_HISTORY"], !p.isEmpty { return ScriptFile.expand(p) }
        let state: String
        if let x = environment["XDG_STATE_HOME"], !x.isEmpty { state = x }
        else { state = (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state" }
        return state + "/quiver/history"
    }

    /// Creates the history's folder (mode 0700) when missing.
    static func prepareFolder(for path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        guard !dir.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
    }

    /// The init file: $QUIVER_INIT, else $XDG_CONFIG_HOME/quiver/init.cypher (~/.config/quiver/init.cypher).
    static func initPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let p = environment["QUIVER_INIT"], !p.isEmpty { return ScriptFile.expand(p) }
        let config: String
        if let x = environment["XDG_CONFIG_HOME"], !x.isEmpty { config = x }
        else { config = (environment["HOME"] ?? NSHomeDirectory()) + "/.config" }
        return config + "/quiver/init.cypher"
    }

    /// One history entry for a statement typed over several lines: joined with spaces so that
    /// Up brings it back as one editable line, unless a `//` comment would swallow the rest.
    static func entry(for lines: [String]) -> String {
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let joined = lines.joined(separator: "\n")
        if joined.contains("//") || StatementScanner.scan(joined).insideLiteral || lines.contains(where: { StatementScanner.scan($0).insideLiteral }) {
            return joined
        }
        return trimmed.joined(separator: " ")
    }
}
