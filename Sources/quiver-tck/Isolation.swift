// --isolate: runs each feature file in a child quiver-tck so that a crash of the engine costs
// one scenario, not the run. After a crash the child is restarted after the crashed scenario.
import Foundation
import QuiverTCK

enum Isolation {
    /// Runs `file` in children; every scenario yields exactly one line (child runs verbose).
    static func run(file: URL, displayName: String, graphs: URL?, emit: (String) -> Void) -> [ScenarioStatusKind] {
        var kinds: [ScenarioStatusKind] = []
        var start = 0
        // Each round either finishes the file or skips past one crashed scenario.
        for _ in 0..<10_000 {
            var args = ["--verbose", "--list-skipped", "--as", displayName, "--start", String(start)]
            if let graphs { args += ["--graphs", graphs.path] }
            args.append(file.path)
            let (lines, crash) = runChild(args)
            var count = 0
            for line in lines {
                guard let kind = ScenarioStatusKind(line: line) else { continue }
                count += 1
                kinds.append(kind)
                emit(line)
            }
            guard let crash else { return kinds }
            let index = start + count
            kinds.append(.failed)
            emit("FAIL \(displayName):\(scenarioLine(file, index)) scenario #\(index + 1) of the file: \(crash)")
            start = index + 1
        }
        return kinds
    }

    /// The child's output lines and, when it died of a signal, a description of that.
    private static func runChild(_ args: [String]) -> ([String], String?) {
        let process = Process()
        process.executableURL = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? "quiver-tck")
        process.arguments = args
        let pipe = Pipe()
        process.standardOutput = pipe
        do { try process.run() } catch { return ([], "cannot start a child quiver-tck: \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        if process.terminationReason == .uncaughtSignal {
            return (lines, "crashed (signal \(process.terminationStatus))")
        }
        return (lines, nil)
    }

    /// The line of the index-th scenario, for the crash report (0 when unknown).
    private static func scenarioLine(_ file: URL, _ index: Int) -> Int {
        guard let text = try? String(contentsOf: file, encoding: .utf8),
              let feature = try? GherkinParser.parse(text), index >= 0, index < feature.scenarios.count else { return 0 }
        return feature.scenarios[index].line
    }
}

/// The status word that starts each report line.
enum ScenarioStatusKind: String {
    case passed = "PASS", failed = "FAIL", skipped = "SKIP", ignored = "IGNORED"

    init?(line: String) {
        guard let word = line.split(separator: " ", maxSplits: 1).first,
              let kind = ScenarioStatusKind(rawValue: String(word)) else { return nil }
        self = kind
    }
}
