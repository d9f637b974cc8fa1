// quiver-bench: imports the benchmark graph (persons.csv, knows.csv) through Session.run("COPY
// ..."), then times Q1..Q8 in-process through the same API (1 warm-up + 5 timed runs, median),
// beside a native Swift loop for Q1, Q2, Q7. `--json` prints the JSON lines peers.py reads.
import Foundation
@_spi(Benchmark) import Quiver

let usage = """
usage: quiver-bench --data DIR [--queries Q1,Q2,...] [--reps N] [--threads N] [--json] [--no-native]
  DIR holds persons.csv and knows.csv (/work/shared/bench/gen.py writes them).
  Default queries: Q1..Q8. Each: 1 warm-up run and N timed runs (default 5), median reported;
  fewer timed runs when warm-up x N exceeds 60 s (as peers.py does).
  --threads N: threads a query may use (default: every processor, as the peers use).
"""

var dataDir: String? = nil
var wanted = BenchQueries.all.map { $0.id }
var reps = 5
var jsonOut = false
var native = true
var threads: Int? = nil
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--data": dataDir = args.popFirst()
    case "--queries": wanted = (args.popFirst() ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
    case "--reps": reps = max(1, Int(args.popFirst() ?? "") ?? 5)
    case "--json": jsonOut = true
    case "--no-native": native = false
    case "--threads": threads = max(1, Int(args.popFirst() ?? "") ?? 1)
    case "-h", "--help": print(usage); exit(0)
    default: FileHandle.standardError.write(Data("unknown argument \(a)\n\(usage)\n".utf8)); exit(64)
    }
}
guard let dir = dataDir else { FileHandle.standardError.write(Data((usage + "\n").utf8)); exit(64) }
let unknown = wanted.filter { w in !BenchQueries.all.contains { $0.id == w } }
if !unknown.isEmpty { FileHandle.standardError.write(Data("unknown queries: \(unknown)\n".utf8)); exit(64) }

let graph = Graph()
var options = SessionOptions()
options.allowFileAccess = true
if let threads { options.threads = threads }
let session = Session(graph: graph, options: options)

// Load.
let t0 = BenchOutput.nowMs()
var stepMs: [Double] = []
var stepRSS: [Int] = []
do {
    for stmt in BenchQueries.load(dir) {
        let t = BenchOutput.nowMs()
        try session.run(stmt)
        stepMs.append(BenchOutput.nowMs() - t)
        stepRSS.append(BenchOutput.currentRSSKiB())
    }
} catch {
    FileHandle.standardError.write(Data("load failed: \(error)\n".utf8))
    exit(1)
}
let loadMs = BenchOutput.nowMs() - t0
if jsonOut {
    BenchOutput.emit([("event", "\"load\""), ("ms", BenchOutput.ms(loadMs)),
                      ("nodes", String(graph.nodeCount)), ("relationships", String(graph.relationshipCount)),
                      ("steps_ms", "[" + stepMs.map(BenchOutput.ms).joined(separator: ",") + "]"),
                      ("rss_kb", String(BenchOutput.peakRSSKiB())),
                      ("rss_after_load_kb", String(stepRSS.last ?? 0)),
                      ("steps_rss_kb", "[" + stepRSS.map(String.init).joined(separator: ",") + "]")])
} else {
    print("load: \(graph.nodeCount) nodes, \(graph.relationshipCount) relationships in \(String(format: "%.0f", loadMs)) ms"
          + " (" + stepMs.map { String(format: "%.0f", $0) }.joined(separator: " + ") + ")")
    print("RSS after load: \(stepRSS.map { String($0 / 1024) }.joined(separator: " / ")) MiB (after each step),"
          + " peak so far \(BenchOutput.peakRSSKiB() / 1024) MiB")
}

/// 1 warm-up + up to `reps` timed runs; returns (answer, times), or the error text.
func measure(reps: Int, _ run: () throws -> String) -> (answer: String, first: Double, times: [Double])? {
    do {
        var t = BenchOutput.nowMs()
        let answer = try run()
        let first = BenchOutput.nowMs() - t
        let n = first * Double(reps) <= 60_000 ? reps : max(1, Int(60_000 / max(first, 1e-9)))
        var times: [Double] = []
        for _ in 0..<n {
            t = BenchOutput.nowMs()
            let again = try run()
            times.append(BenchOutput.nowMs() - t)
            if again != answer { FileHandle.standardError.write(Data("answer changed between runs: \(answer) / \(again)\n".utf8)) }
        }
        return (answer, first, times)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        return nil
    }
}

let floors = native ? NativeFloor.loops(graph) : [:]
if !jsonOut {
    print("query  median ms      answer                                   native ms   ratio")
}
for (id, text) in BenchQueries.all where wanted.contains(id) {
    guard let m = measure(reps: reps, { BenchOutput.answer(try session.run(text)) }) else {
        // Not a "query" event: peers.py then reports the query as n/a instead of reading a time.
        if jsonOut { BenchOutput.emit([("event", "\"query_error\""), ("q", "\"\(id)\"")]) }
        else { print("\(id)     error") }
        continue
    }
    let med = BenchOutput.median(m.times)
    var nativeMed: Double? = nil
    var nativeAnswer = ""
    if let loop = floors[id], let nm = measure(reps: reps, { String(loop()) }) {
        nativeMed = BenchOutput.median(nm.times)
        nativeAnswer = nm.answer
    }
    if jsonOut {
        BenchOutput.emit([("event", "\"query\""), ("q", "\"\(id)\""), ("run", "0"), ("ms", BenchOutput.ms(m.first)), ("answer", m.answer)])
        for (i, t) in m.times.enumerated() {
            BenchOutput.emit([("event", "\"query\""), ("q", "\"\(id)\""), ("run", String(i + 1)), ("ms", BenchOutput.ms(t)), ("answer", m.answer)])
        }
        if let nativeMed {
            BenchOutput.emit([("event", "\"native\""), ("q", "\"\(id)\""), ("ms", BenchOutput.ms(nativeMed)),
                              ("answer", nativeAnswer), ("ratio", String(format: "%.2f", med / max(nativeMed, 1e-6)))])
        }
    } else {
        let nat = nativeMed.map { String(format: "%10.3f  %6.1fx", $0, med / max($0, 1e-6)) } ?? ""
        let check = nativeMed != nil && nativeAnswer != m.answer ? "  (native answer \(nativeAnswer)!)" : ""
        print(id.padding(toLength: 5, withPad: " ", startingAt: 0), String(format: "%10.3f", med), "   ",
              BenchOutput.shorten(m.answer, 40).padding(toLength: 40, withPad: " ", startingAt: 0), nat + check)
    }
}
if jsonOut {
    BenchOutput.emit([("event", "\"exit\""), ("peak_rss_kb", String(BenchOutput.peakRSSKiB()))])
} else {
    print("peak RSS: \(BenchOutput.peakRSSKiB() / 1024) MiB (RSS at exit \(BenchOutput.currentRSSKiB() / 1024) MiB)")
}
