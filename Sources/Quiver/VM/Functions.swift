// Functions: the scalar function library (one table: name, arity, implementation). The
// compiler resolves names here (case-insensitively); the Call instruction runs them per row.
import Foundation
import QuiverSyntax

struct FunctionDef: Sendable {
    let name: String
    let minArgs: Int
    let maxArgs: Int
    let impl: @Sendable ([Value], Machine) throws -> Value
}

enum Functions {
    static func argError(_ fn: String, _ msg: String, detail: String = "InvalidArgumentType") -> QuiverError {
        QuiverError(.typeError, "\(fn)(): \(msg)", detail: detail, phase: .runtime)
    }

    static let aggregateNames: Set<String> = ["count", "sum", "avg", "min", "max", "collect"]

    static let table: [String: FunctionDef] = {
        var t: [String: FunctionDef] = [:]
        func def(_ name: String, _ minA: Int, _ maxA: Int, _ f: @escaping @Sendable ([Value], Machine) throws -> Value) {
            t[name.lowercased()] = FunctionDef(name: name, minArgs: minA, maxArgs: maxA, impl: f)
        }
        // Graph
        def("id", 1, 1) { a, _ in
            switch a[0] {
            case .node(let n): return .int(Int64(n))
            case .rel(let r): return .int(Int64(r))
            case .null: return .null
            default: throw argError("id", "expected a node or relationship, got \(a[0].typeName)")
            }
        }
        def("labels", 1, 1) { a, m in
            switch a[0] {
            case .node(let n): return .list(m.store.labelsOf(n).map { .string(m.store.labels.names[Int($0)]) })
            case .null: return .null
            default: throw argError("labels", "expected a node, got \(a[0].typeName)")
            }
        }
        def("type", 1, 1) { a, m in
            switch a[0] {
            case .rel(let r): return m.store.relTypeName(r).map { .string($0) } ?? .null
            case .null: return .null
            default: throw argError("type", "expected a relationship, got \(a[0].typeName)")
            }
        }
        def("keys", 1, 1) { a, m in
            switch a[0] {
            case .node(let n): return .list(m.store.nodeKeys(n).map { .string($0) })
            case .rel(let r): return .list(m.store.relKeys(r).map { .string($0) })
            case .map(let d): return .list(d.keys.sorted().map { .string($0) })
            case .null: return .null
            default: throw argError("keys", "expected a node, relationship or map, got \(a[0].typeName)")
            }
        }
        def("properties", 1, 1) { a, m in
            switch a[0] {
            case .node(let n): return .map(m.store.nodeProperties(n))
            case .rel(let r): return .map(m.store.relProperties(r))
            case .map: return a[0]
            case .null: return .null
            default: throw argError("properties", "expected a node, relationship or map, got \(a[0].typeName)")
            }
        }
        def("startNode", 1, 1) { a, m in
            switch a[0] {
            case .rel(let r): return m.store.relEnds(r).map { .node($0.src) } ?? .null
            case .null: return .null
            default: throw argError("startNode", "expected a relationship, got \(a[0].typeName)")
            }
        }
        def("endNode", 1, 1) { a, m in
            switch a[0] {
            case .rel(let r): return m.store.relEnds(r).map { .node($0.dst) } ?? .null
            case .null: return .null
            default: throw argError("endNode", "expected a relationship, got \(a[0].typeName)")
            }
        }
        def("nodes", 1, 1) { a, _ in
            switch a[0] {
            case .path(let p): return .list(p.nodes.map { .node($0) })
            case .null: return .null
            default: throw argError("nodes", "expected a path, got \(a[0].typeName)")
            }
        }
        def("relationships", 1, 1) { a, _ in
            switch a[0] {
            case .path(let p): return .list(p.rels.map { .rel($0) })
            case .null: return .null
            default: throw argError("relationships", "expected a path, got \(a[0].typeName)")
            }
        }
        def("length", 1, 1) { a, _ in
            switch a[0] {
            case .path(let p): return .int(Int64(p.rels.count))
            case .list(let xs): return .int(Int64(xs.count))
            case .string(let s): return .int(Int64(s.count))
            case .null: return .null
            default: throw argError("length", "expected a path, got \(a[0].typeName)")
            }
        }
        def("size", 1, 1) { a, _ in
            switch a[0] {
            case .list(let xs): return .int(Int64(xs.count))
            case .string(let s): return .int(Int64(s.count))
            case .map(let d): return .int(Int64(d.count))
            case .null: return .null
            default: throw argError("size", "expected a list or string, got \(a[0].typeName)")
            }
        }
        def("exists", 1, 1) { a, _ in .bool(!a[0].isNull) }
        def("resolve", 1, 1) { a, m in
            switch a[0] {
            case .string(let s):
                let hits = m.store.indexes.resolve(m.store, s)
                guard let first = hits.first else { return .null }
                return .node(Int(first))
            case .null: return .null
            default: throw argError("resolve", "expected a string, got \(a[0].typeName)")
            }
        }
        // Lists
        def("head", 1, 1) { a, _ in
            switch a[0] {
            case .list(let xs): return xs.first ?? .null
            case .null: return .null
            default: throw argError("head", "expected a list, got \(a[0].typeName)")
            }
        }
        def("last", 1, 1) { a, _ in
            switch a[0] {
            case .list(let xs): return xs.last ?? .null
            case .null: return .null
            default: throw argError("last", "expected a list, got \(a[0].typeName)")
            }
        }
        def("tail", 1, 1) { a, _ in
            switch a[0] {
            case .list(let xs): return .list(Array(xs.dropFirst()))
            case .null: return .null
            default: throw argError("tail", "expected a list, got \(a[0].typeName)")
            }
        }
        def("range", 2, 3) { a, m in try rangeList(a, m) }
        def("reverse", 1, 1) { a, _ in
            switch a[0] {
            case .list(let xs): return .list(xs.reversed())
            case .string(let s): return .string(String(s.reversed()))
            case .null: return .null
            default: throw argError("reverse", "expected a list or string, got \(a[0].typeName)")
            }
        }
        def("coalesce", 1, 64) { a, _ in a.first { !$0.isNull } ?? .null }
        // Conversion
        def("toInteger", 1, 1) { a, _ in try toInteger(a[0]) }
        def("toFloat", 1, 1) { a, _ in try toFloat(a[0]) }
        def("toString", 1, 1) { a, _ in
            switch a[0] {
            case .null: return .null
            case .int, .double, .bool, .string: return .string(toStringValue(a[0]))
            default: throw argError("toString", "cannot convert \(a[0].typeName)")
            }
        }
        def("toBoolean", 1, 1) { a, _ in
            switch a[0] {
            case .bool: return a[0]
            case .string(let s):
                switch s.trimmingCharacters(in: .whitespaces).lowercased() {
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: return .null
                }
            case .int(let i): return .bool(i != 0)
            case .null: return .null
            default: throw argError("toBoolean", "cannot convert \(a[0].typeName)")
            }
        }
        // Strings
        func str1(_ name: String, _ f: @escaping @Sendable (String) -> String) {
            def(name, 1, 1) { a, _ in
                switch a[0] {
                case .string(let s): return .string(f(s))
                case .null: return .null
                default: throw argError(name, "expected a string, got \(a[0].typeName)")
                }
            }
        }
        str1("toUpper") { $0.uppercased() }
        str1("toLower") { $0.lowercased() }
        str1("trim") { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        str1("ltrim") { String($0.drop(while: { $0.isWhitespace })) }
        str1("rtrim") { s in
            var t = Substring(s)
            while let c = t.last, c.isWhitespace { t = t.dropLast() }
            return String(t)
        }
        def("substring", 2, 3) { a, _ in
            if a.contains(where: { $0.isNull }) { return .null }
            guard case .string(let s) = a[0] else { throw argError("substring", "expected a string, got \(a[0].typeName)") }
            let start = try intArg("substring", a[1])
            let chars = Array(s)
            if start < 0 { throw argError("substring", "negative start", detail: "NegativeIntegerArgument") }
            var len = chars.count
            if a.count == 3 {
                len = Int(try intArg("substring", a[2]))
                if len < 0 { throw argError("substring", "negative length", detail: "NegativeIntegerArgument") }
            }
            let st = min(Int(start), chars.count)
            let en = min(chars.count, st + min(len, chars.count))
            return .string(String(chars[st..<en]))
        }
        def("left", 2, 2) { a, _ in
            if a[0].isNull { return .null }
            guard case .string(let s) = a[0] else { throw argError("left", "expected a string, got \(a[0].typeName)") }
            let n = try intArg("left", a[1])
            if n < 0 { throw argError("left", "negative length", detail: "NegativeIntegerArgument") }
            return .string(String(s.prefix(Int(min(n, Int64(Int32.max))))))
        }
        def("right", 2, 2) { a, _ in
            if a[0].isNull { return .null }
            guard case .string(let s) = a[0] else { throw argError("right", "expected a string, got \(a[0].typeName)") }
            let n = try intArg("right", a[1])
            if n < 0 { throw argError("right", "negative length", detail: "NegativeIntegerArgument") }
            return .string(String(s.suffix(Int(min(n, Int64(Int32.max))))))
        }
        def("replace", 3, 3) { a, _ in
            if a.contains(where: { $0.isNull }) { return .null }
            guard case .string(let s) = a[0], case .string(let f) = a[1], case .string(let r) = a[2] else {
                throw argError("replace", "expected strings")
            }
            if f.isEmpty { return .string(s) }
            return .string(s.replacingOccurrences(of: f, with: r))
        }
        def("split", 2, 2) { a, _ in
            if a.contains(where: { $0.isNull }) { return .null }
            guard case .string(let s) = a[0], case .string(let d) = a[1] else { throw argError("split", "expected strings") }
            if d.isEmpty { return .list(s.map { .string(String($0)) }) }
            return .list(s.components(separatedBy: d).map { .string($0) })
        }
        // Numbers
        def("abs", 1, 1) { a, _ in
            switch a[0] {
            case .int(let i):
                if i == .min { throw Ops.overflow("abs") }
                return .int(Swift.abs(i))
            case .double(let d): return .double(Swift.abs(d))
            case .null: return .null
            default: throw argError("abs", "expected a number, got \(a[0].typeName)")
            }
        }
        def("sign", 1, 1) { a, _ in
            switch a[0] {
            case .int(let i): return .int(i.signum())
            case .double(let d): return .int(d > 0 ? 1 : (d < 0 ? -1 : 0))
            case .null: return .null
            default: throw argError("sign", "expected a number, got \(a[0].typeName)")
            }
        }
        func math1(_ name: String, _ f: @escaping @Sendable (Double) -> Double) {
            def(name, 1, 1) { a, _ in
                if a[0].isNull { return .null }
                guard let x = Ops.number(a[0]) else { throw argError(name, "expected a number, got \(a[0].typeName)") }
                return .double(f(x))
            }
        }
        math1("sqrt") { $0.squareRoot() }
        math1("exp") { Foundation.exp($0) }
        math1("log") { Foundation.log($0) }
        math1("log10") { Foundation.log10($0) }
        math1("sin") { Foundation.sin($0) }
        math1("cos") { Foundation.cos($0) }
        math1("tan") { Foundation.tan($0) }
        math1("asin") { Foundation.asin($0) }
        math1("acos") { Foundation.acos($0) }
        math1("atan") { Foundation.atan($0) }
        math1("ceil") { Foundation.ceil($0) }
        math1("floor") { Foundation.floor($0) }
        math1("degrees") { $0 * 180 / Double.pi }
        math1("radians") { $0 * Double.pi / 180 }
        def("round", 1, 1) { a, _ in
            if a[0].isNull { return .null }
            guard let x = Ops.number(a[0]) else { throw argError("round", "expected a number, got \(a[0].typeName)") }
            // Half rounds up, towards positive infinity (as Neo4j's round does).
            return .double(Foundation.floor(x + 0.5))
        }
        def("atan2", 2, 2) { a, _ in
            if a[0].isNull || a[1].isNull { return .null }
            guard let y = Ops.number(a[0]), let x = Ops.number(a[1]) else { throw argError("atan2", "expected numbers") }
            return .double(Foundation.atan2(y, x))
        }
        def("pi", 0, 0) { _, _ in .double(Double.pi) }
        def("e", 0, 0) { _, _ in .double(M_E) }
        def("rand", 0, 0) { _, _ in .double(Double.random(in: 0..<1)) }
        return t
    }()

    static func intArg(_ fn: String, _ v: Value) throws -> Int64 {
        switch v {
        case .int(let i): return i
        default: throw argError(fn, "expected an integer, got \(v.typeName)")
        }
    }

    static func rangeList(_ a: [Value], _ m: Machine) throws -> Value {
        if a.contains(where: { $0.isNull }) { return .null }
        func arg(_ v: Value) throws -> Int64 {
            guard case .int(let i) = v else {
                throw QuiverError(.argumentError, "range(): expected an integer, got \(v.typeName)", detail: "InvalidArgumentType", phase: .runtime)
            }
            return i
        }
        let from = try arg(a[0]), to = try arg(a[1])
        let step = a.count == 3 ? try arg(a[2]) : 1
        if step == 0 { throw QuiverError(.argumentError, "range(): step must not be zero", detail: "NumberOutOfRange", phase: .runtime) }
        let count = rangeCount(from, to, step)
        try m.reserveValues(count)
        var out: [Value] = []
        out.reserveCapacity(Int(min(count, 1 << 24)))
        var i = from
        for n in 0..<count {
            if n & 0xFFFF == 0xFFFF { try m.checkInterrupts() }
            out.append(.int(i)); i &+= step
        }
        return .list(out)
    }

    /// Number of elements of range(from, to, step) (step != 0).
    static func rangeCount(_ from: Int64, _ to: Int64, _ step: Int64) -> Int {
        if step > 0 {
            if from > to { return 0 }
            let span = UInt64(bitPattern: to &- from)
            return Int(min(span / UInt64(step) + 1, UInt64(Int.max / 2)))
        } else {
            if from < to { return 0 }
            let span = UInt64(bitPattern: from &- to)
            return Int(min(span / UInt64(bitPattern: 0 &- step) + 1, UInt64(Int.max / 2)))
        }
    }

    static func toInteger(_ v: Value) throws -> Value {
        switch v {
        case .int: return v
        case .double(let d):
            guard d.isFinite, d > -9.3e18, d < 9.3e18 else { return .null }
            return .int(Int64(d.rounded(.towardZero)))
        case .string(let s):
            let t = s.trimmingCharacters(in: .whitespaces)
            if let i = Int64(t) { return .int(i) }
            if let d = Double(t), d.isFinite, d > -9.3e18, d < 9.3e18 { return .int(Int64(d.rounded(.towardZero))) }
            return .null
        case .bool(let b): return .int(b ? 1 : 0)
        case .null: return .null
        default: throw argError("toInteger", "cannot convert \(v.typeName)", detail: "InvalidArgumentValue")
        }
    }

    static func toFloat(_ v: Value) throws -> Value {
        switch v {
        case .double: return v
        case .int(let i): return .double(Double(i))
        case .string(let s):
            if let d = Double(s.trimmingCharacters(in: .whitespaces)) { return .double(d) }
            return .null
        case .null: return .null
        default: throw argError("toFloat", "cannot convert \(v.typeName)", detail: "InvalidArgumentValue")
        }
    }

    /// toString of a scalar: integers plainly, floats as Cypher prints them (`1.0`, `1.5E10`).
    static func toStringValue(_ v: Value) -> String {
        switch v {
        case .int(let i): return String(i)
        case .double(let d): return formatDouble(d)
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return s
        default: return ""
        }
    }

    static func formatDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(), Swift.abs(d) < 1e16 {
            return String(format: "%.1f", d)
        }
        return "\(d)"
    }
}
