// quiver-tck: runs openCypher TCK feature files against Quiver by hand. Prints one FAIL line
// per failing scenario and the totals; exits 1 when any scenario failed.
import Foundation
import QuiverTCK

let usage = """
    usage: quiver-tck [--verbose] [--list-skipped] [--isolate] [--graphs DIR] PATH...
      PATH            a folder searched for .feature files, or a .feature file
      --verbose       also print passing and ignored scenarios
      --list-skipped  also print skipped scenarios with the reason
      --isolate       run each feature file in a child process (survives engine crashes)
      --graphs DIR    folder of named graphs (<name>/<name>.cypher); default: a `graphs`
                      folder next to the feature files or above them
    """

/// Writes a line at once (print buffers when stdout is a pipe).
func emit(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n" + usage + "\n").utf8))
    exit(2)
}

/// Parses the arguments, runs, prints; returns the exit status.
func runMain() -> Int32 {
    var verbose = false
    var listSkipped = false
    var isolate = false
    var graphs: URL?
    var paths: [URL] = []
    // Internal, used by --isolate: the display name of the single file and where to start.
    var displayName: String?
    var start = 0
    var args = CommandLine.arguments.dropFirst()
    while let arg = args.popFirst() {
        switch arg {
        case "--verbose", "-v": verbose = true
        case "--list-skipped": listSkipped = true
        case "--isolate": isolate = true
        case "--graphs":
            guard let dir = args.popFirst() else { fail("--graphs needs a folder") }
            graphs = URL(fileURLWithPath: dir)
        case "--as":
            guard let name = args.popFirst() else { fail("--as needs a name") }
            displayName = name
        case "--start":
            guard let text = args.popFirst(), let n = Int(text) else { fail("--start needs a number") }
            start = n
        case "--help", "-h": print(usage); exit(0)
        default:
            if arg.hasPrefix("-") { fail("unknown option \(arg)") }
            paths.append(URL(fileURLWithPath: arg))
        }
    }
    if paths.isEmpty { fail("no feature files or folders given") }

    func show(_ kind: ScenarioStatusKind, _ line: String) {
        switch kind {
        case .failed: emit(line)
        case .skipped: if listSkipped { emit(line) }
        case .passed, .ignored: if verbose { emit(line) }
        }
    }

    let runner = TCKRunner(paths: paths, graphsDirectory: graphs)
    var counts: [ScenarioStatusKind: Int] = [:]
    if let displayName, let file = paths.first, paths.count == 1 {
        // A child of --isolate (or a single file under a chosen name).
        for r in runner.run(file: file, displayName: displayName, startingAt: start, onResult: { r in
            if let kind = ScenarioStatusKind(line: r.reportLine) { show(kind, r.reportLine) }
        }) {
            if let kind = ScenarioStatusKind(line: r.reportLine) { counts[kind, default: 0] += 1 }
        }
    } else if isolate {
        for (file, name) in runner.featureFiles() {
            for kind in Isolation.run(file: file, displayName: name, graphs: graphs, emit: { line in
                if let kind = ScenarioStatusKind(line: line) { show(kind, line) }
            }) {
                counts[kind, default: 0] += 1
            }
        }
    } else {
        let report = runner.run { r in
            if let kind = ScenarioStatusKind(line: r.reportLine) { show(kind, r.reportLine) }
        }
        counts[.passed] = report.passed
        counts[.failed] = report.failed
        counts[.skipped] = report.skipped
    }
    let failed = counts[.failed] ?? 0
    emit("\(counts[.passed] ?? 0) passed, \(failed) failed, \(counts[.skipped] ?? 0) skipped")
    return failed > 0 ? 1 : 0
}

exit(runMain())
