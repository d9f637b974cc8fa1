// BenchOutput: JSON lines for peers.py (load, query, native, exit events), the plain-text
// table, the answer of a result as JSON, the median, the resident and the peak RSS.
import Foundation
@_spi(Benchmark) import Quiver

enum BenchOutput {
    /// A result as the peers report it: one cell as a scalar (no row of a one-column result
    /// is null, as peers.py's scalar() makes it), else a list of rows (lists).
    static func answer(_ r: QueryResult) -> String {
        if r.rows.count == 1, let row = r.rows.first, row.count == 1, let v = row.first { return json(v) }
        if r.rows.isEmpty && r.columns.count == 1 { return "null" }
        return "[" + r.rows.map { "[" + $0.map(json).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
    }

    static func json(_ v: CypherValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)) : "null"
        case .string(let s): return quote(s)
        case .list(let xs): return "[" + xs.map(json).joined(separator: ",") + "]"
        case .map(let m): return "{" + m.keys.sorted().map { quote($0) + ":" + json(m[$0] ?? .null) }.joined(separator: ",") + "}"
        case .node(let n): return String(n.id)
        case .relationship(let r): return String(r.id)
        case .path(let p): return String(p.relationships.count)
        }
    }

    /// A JSON string (the library's own JSON form of a string).
    static func quote(_ s: String) -> String { CypherValue.string(s).json }

    static func emit(_ fields: [(String, String)]) {
        // One write per line: the reader sees whole lines even when stdout is a pipe.
        FileHandle.standardOutput.write(Data(("{" + fields.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}\n").utf8))
    }

    static func ms(_ x: Double) -> String { String(format: "%.4f", x) }

    static func median(_ xs: [Double]) -> Double {
        guard !xs.isEmpty else { return 0 }
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// VmHWM of this process in KiB (0 when /proc is not there).
    static func peakRSSKiB() -> Int { procStatusKiB("VmHWM:") }

    /// VmRSS of this process in KiB (0 when /proc is not there).
    static func currentRSSKiB() -> Int { procStatusKiB("VmRSS:") }

    private static func procStatusKiB(_ field: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(field) {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }

    static func nowMs() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }

    static func shorten(_ s: String, _ n: Int = 60) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}
