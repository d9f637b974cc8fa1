// TCKRunner: finds the .feature files under the given folders (or files), parses them, runs
// every scenario not tagged @ignore, and collects a TCKReport.
import Foundation
import Quiver

public struct TCKRunner: Sendable {
    /// Folders to search recursively for `.feature` files, or single feature files.
    public var paths: [URL]
    /// A folder holding `<name>/<name>.cypher` for `Given the <name> graph`; when nil the
    /// runner looks for a `graphs` folder next to the feature file or any folder above it.
    public var graphsDirectory: URL?
    /// Options of every session (a per-statement timeout guards against a hanging engine).
    public var sessionOptions: SessionOptions

    public init(featuresDir: URL) { self.init(paths: [featuresDir]) }

    public init(paths: [URL], graphsDirectory: URL? = nil) {
        self.paths = paths
        self.graphsDirectory = graphsDirectory
        var options = SessionOptions()
        options.timeout = 30
        self.sessionOptions = options
    }

    /// Runs everything; `onResult` sees each scenario as soon as it has run.
    public func run(onResult: ((ScenarioResult) -> Void)? = nil) -> TCKReport {
        var results: [ScenarioResult] = []
        for (file, display) in featureFiles() {
            results += run(file: file, displayName: display, onResult: onResult)
        }
        return TCKReport(results: results)
    }

    /// The scenarios of one file, from the `startingAt`-th on (0-based, counting @ignore'd
    /// ones); a file that cannot be read or parsed is one failure.
    public func run(file: URL, displayName: String, startingAt first: Int = 0,
                    onResult: ((ScenarioResult) -> Void)? = nil) -> [ScenarioResult] {
        let feature: Feature
        do {
            let text = try String(contentsOf: file, encoding: .utf8)
            feature = try GherkinParser.parse(text)
        } catch {
            let line = (error as? GherkinError)?.line ?? 0
            let why = (error as? GherkinError).map { "cannot parse: \($0.message)" }
                ?? "cannot read: \(error.localizedDescription)"
            let result = ScenarioResult(file: displayName, line: line, name: "(feature file)", status: .failed(why))
            onResult?(result)
            return [result]
        }
        let executor = ScenarioExecutor(graphs: GraphLocator(graphsDirectory: graphsDirectory),
                                        featureFile: file, options: sessionOptions)
        return feature.scenarios.dropFirst(max(0, first)).map { scenario in
            let status: ScenarioStatus = scenario.tags.contains("@ignore") ? .ignored : executor.run(scenario)
            let result = ScenarioResult(file: displayName, line: scenario.line, name: scenario.name, status: status)
            onResult?(result)
            return result
        }
    }

    /// Every feature file with its name relative to the folder it was found in, sorted.
    public func featureFiles() -> [(URL, String)] {
        var out: [(URL, String)] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path.path, isDirectory: &isDir) else {
                out.append((path, path.path))
                continue
            }
            guard isDir.boolValue else {
                out.append((path, path.lastPathComponent))
                continue
            }
            let root = path.standardizedFileURL.resolvingSymlinksInPath()
            var found: [(URL, String)] = []
            if let walker = fm.enumerator(at: root, includingPropertiesForKeys: nil) {
                for case let url as URL in walker where url.pathExtension == "feature" {
                    found.append((url, relative(url.resolvingSymlinksInPath(), to: root)))
                }
            }
            out += found.sorted { $0.1.compare($1.1, options: .numeric) == .orderedAscending }
        }
        return out
    }

    private func relative(_ url: URL, to root: URL) -> String {
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return url.path.hasPrefix(base) ? String(url.path.dropFirst(base.count)) : url.path
    }
}
