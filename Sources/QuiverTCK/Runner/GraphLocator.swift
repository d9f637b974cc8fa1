// GraphLocator: finds the scripts of a named TCK graph (`Given the binary-tree-1 graph`):
// `graphs/<name>/<name>.cypher` in an explicit folder, else in the feature file's folder or
// any folder above it (so both `tck/` and `tck/features/...` layouts work).
import Foundation

struct GraphLocator: Sendable {
    /// A folder holding `<name>/<name>.cypher`, searched first.
    var graphsDirectory: URL?

    /// The script files that build graph `name`, in order; nil when not found.
    /// A `<name>.json` with a `scripts` list names several scripts; else `<name>.cypher`.
    func scripts(for name: String, near featureFile: URL) -> [URL]? {
        for dir in candidateDirectories(near: featureFile) {
            let graphDir = dir.appendingPathComponent(name, isDirectory: true)
            if let listed = scriptsListed(in: graphDir, name: name) { return listed }
            let script = graphDir.appendingPathComponent("\(name).cypher")
            if FileManager.default.fileExists(atPath: script.path) { return [script] }
        }
        return nil
    }

    private func candidateDirectories(near featureFile: URL) -> [URL] {
        var dirs: [URL] = []
        if let graphsDirectory { dirs.append(graphsDirectory) }
        var dir = featureFile.deletingLastPathComponent().standardizedFileURL
        // Walk up to the filesystem root.
        for _ in 0..<64 {
            dirs.append(dir.appendingPathComponent("graphs", isDirectory: true))
            let parent = dir.deletingLastPathComponent().standardizedFileURL
            if parent.path == dir.path { break }
            dir = parent
        }
        return dirs
    }

    private func scriptsListed(in graphDir: URL, name: String) -> [URL]? {
        let json = graphDir.appendingPathComponent("\(name).json")
        guard let data = try? Data(contentsOf: json),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let names = object["scripts"] as? [String], !names.isEmpty else { return nil }
        let urls = names.map { graphDir.appendingPathComponent("\($0).cypher") }
        return urls.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) ? urls : nil
    }
}
