// quiver-tck: runs openCypher TCK feature files against Quiver by hand. Prints one FAIL line
// per failing scenario and the totals; exits 1 when any scenario failed.
import Foundation
import QuiverTCK

let usage = """
    usage: quiver-tck [--verbose] [--list-skipped] [--graphs DIR] PATH...
      PATH            a folder searched for .feature files, or a .feature file
      --verbose       also print passing and ignored scenarios
      --list-skipped  also print skipped scenarios with the reason
      --graphs DIR    folder of named graphs (<name>/<name>.cypher); default: a `graphs`
                      folder next to the feature files or above them
    """

var verbose = false
var listSkipped = false
var graphs: URL?
var paths: [URL] = []
var args = CommandLine.arguments.dropFirst()
while let arg = args.popFirst() {
    switch arg {
    case "--verbose", "-v": verbose = true
    case "--list-skipped": listSkipped = true
    case "--graphs":
        guard let dir = args.popFirst() else { FileHandle.standardError.write(Data((usage + "\n").utf8)); exit(2) }
        graphs = URL(fileURLWithPath: dir)
    case "--help", "-h": print(usage); exit(0)
    default:
        if arg.hasPrefix("-") {
            FileHandle.standardError.write(Data("unknown option \(arg)\n\(usage)\n".utf8))
            exit(2)
        }
        paths.append(URL(fileURLWithPath: arg))
    }
}
if paths.isEmpty {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}

/// Writes a line at once (print buffers when stdout is a pipe).
func emit(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

let runner = TCKRunner(paths: paths, graphsDirectory: graphs)
let report = runner.run { result in
    switch result.status {
    case .failed: emit(result.reportLine)
    case .skipped: if listSkipped { emit(result.reportLine) }
    case .passed, .ignored: if verbose { emit(result.reportLine) }
    }
}
emit(report.totals)
exit(report.failed > 0 ? 1 : 0)
