// Explain: the program as a table (EXPLAIN) and with per-instruction counts and time share
// (PROFILE), rendered from the instruction set's one declaration.
import Foundation

enum Explain {
    static let columns = ["addr", "opcode", "a", "b", "c", "d", "comment"]
    static let profileColumns = ["addr", "opcode", "a", "b", "c", "d", "count", "time %", "comment"]

    static func synopsis(_ p: Program, _ i: Int) -> String {
        let ins = p.code[i]
        var s = ins.op.spec.synopsis
        func operand(_ v: Int32) -> String {
            if v == Int32.min { return "absent" }
            if v < 0, Int(-1 - v) < p.constants.count { return literal(p.constants[Int(-1 - v)]) }
            return String(v)
        }
        s = s.replacingOccurrences(of: "v[B]", with: ins.b >= 0 ? "r[\(ins.b)]" : operand(ins.b))
        s = s.replacingOccurrences(of: "v[C]", with: ins.c >= 0 ? "r[\(ins.c)]" : operand(ins.c))
        s = s.replacingOccurrences(of: "v[D]", with: ins.d >= 0 ? "r[\(ins.d)]" : operand(ins.d))
        for (letter, v) in [("A", ins.a), ("B", ins.b), ("C", ins.c), ("D", ins.d)] {
            s = s.replacingOccurrences(of: "[\(letter)]", with: "[\(v)]")
            s = s.replacingOccurrences(of: "goto \(letter)", with: "goto \(v)")
        }
        if ins.op == .prop, Int(ins.c) < p.constants.count { s = s.replacingOccurrences(of: "k[\(ins.c)]", with: literal(p.constants[Int(ins.c)]).trimmingCharacters(in: CharacterSet(charactersIn: "'"))) }
        if ins.op == .const_, Int(ins.b) < p.constants.count { s = s.replacingOccurrences(of: "k[\(ins.b)]", with: literal(p.constants[Int(ins.b)])) }
        let note = p.comments[i]
        return note.isEmpty ? s : "\(s)  ; \(note)"
    }

    static func literal(_ v: Value) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return Functions.formatDouble(d)
        case .string(let s): return "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
        case .list(let xs): return "[" + xs.prefix(8).map(literal).joined(separator: ", ") + (xs.count > 8 ? ", …" : "") + "]"
        case .map(let m): return "{" + m.keys.sorted().map { "\($0): \(literal(m[$0] ?? .null))" }.joined(separator: ", ") + "}"
        case .node(let n): return "node \(n)"
        case .rel(let r): return "rel \(r)"
        case .path: return "path"
        }
    }

    static func listing(_ p: Program) -> [[CypherValue]] {
        p.code.indices.map { i in
            let ins = p.code[i]
            return [.int(Int64(i)), .string(ins.op.spec.name), .int(Int64(ins.a)), .int(Int64(ins.b)),
                    .int(Int64(ins.c)), .int(Int64(ins.d)), .string(synopsis(p, i))]
        }
    }

    static func profile(_ p: Program, counts: [Int], times: [Double], resultRows: Int) -> [[CypherValue]] {
        let total = max(times.reduce(0, +), 1e-12)
        return p.code.indices.map { i in
            let ins = p.code[i]
            let c = i < counts.count ? counts[i] : 0
            let t = i < times.count ? times[i] : 0
            let share = (t / total * 1000).rounded() / 10
            var comment = synopsis(p, i)
            if ins.op == .resultRow { comment += " (\(resultRows) rows)" }
            return [.int(Int64(i)), .string(ins.op.spec.name), .int(Int64(ins.a)), .int(Int64(ins.b)),
                    .int(Int64(ins.c)), .int(Int64(ins.d)), .int(Int64(c)), .double(share), .string(comment)]
        }
    }
}
