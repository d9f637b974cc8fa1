// Operators: the scalar semantics of Cypher's operators (arithmetic with overflow checks,
// ternary logic, comparisons, string and list predicates). Batch instructions call these per row.
import Foundation
import QuiverSyntax

enum Ops {
    static func typeError(_ msg: String, detail: String = "InvalidArgumentType") -> QuiverError {
        QuiverError(.typeError, msg, detail: detail, phase: .runtime)
    }

    static func overflow(_ op: String) -> QuiverError {
        QuiverError(.arithmeticError, "integer overflow in \(op)", detail: "IntegerOverflow", phase: .runtime)
    }

    @inline(__always)
    static func add(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw overflow("+") }
            return .int(r)
        }
        return try addSlow(a, b)
    }

    static func addSlow(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.list(let x), .list(let y)): return .list(x + y)
        case (.list(let x), _): return .list(x + [b])
        case (_, .list(let y)): return .list([a] + y)
        case (.null, _), (_, .null): return .null
        case (.double(let x), .double(let y)): return .double(x + y)
        case (.int(let x), .double(let y)): return .double(Double(x) + y)
        case (.double(let x), .int(let y)): return .double(x + Double(y))
        case (.string(let x), .string(let y)): return .string(x + y)
        case (.string(let x), .int), (.string(let x), .double), (.string(let x), .bool):
            return .string(x + Functions.toStringValue(b))
        case (.int, .string(let y)), (.double, .string(let y)), (.bool, .string(let y)):
            return .string(Functions.toStringValue(a) + y)
        default: throw typeError("cannot add \(a.typeName) and \(b.typeName)")
        }
    }

    @inline(__always)
    static func sub(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw overflow("-") }
            return .int(r)
        }
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.double(let x), .double(let y)): return .double(x - y)
        case (.int(let x), .double(let y)): return .double(Double(x) - y)
        case (.double(let x), .int(let y)): return .double(x - Double(y))
        default: throw typeError("cannot subtract \(b.typeName) from \(a.typeName)")
        }
    }

    @inline(__always)
    static func mul(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw overflow("*") }
            return .int(r)
        }
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.double(let x), .double(let y)): return .double(x * y)
        case (.int(let x), .double(let y)): return .double(Double(x) * y)
        case (.double(let x), .int(let y)): return .double(x * Double(y))
        default: throw typeError("cannot multiply \(a.typeName) and \(b.typeName)")
        }
    }

    @inline(__always)
    static func div(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            if y == 0 { throw QuiverError(.arithmeticError, "division by zero", detail: "DivisionByZero", phase: .runtime) }
            let (r, o) = x.dividedReportingOverflow(by: y)
            if o { throw overflow("/") }
            return .int(r)
        }
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.double(let x), .double(let y)): return .double(x / y)
        case (.int(let x), .double(let y)): return .double(Double(x) / y)
        case (.double(let x), .int(let y)): return .double(x / Double(y))
        default: throw typeError("cannot divide \(a.typeName) by \(b.typeName)")
        }
    }

    @inline(__always)
    static func mod(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            if y == 0 { throw QuiverError(.arithmeticError, "modulo by zero", detail: "DivisionByZero", phase: .runtime) }
            let (r, o) = x.remainderReportingOverflow(dividingBy: y)
            if o { throw overflow("%") }
            return .int(r)
        }
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        case (.double(let x), .double(let y)): return .double(fmod(x, y))
        case (.int(let x), .double(let y)): return .double(fmod(Double(x), y))
        case (.double(let x), .int(let y)): return .double(fmod(x, Double(y)))
        default: throw typeError("cannot take \(a.typeName) modulo \(b.typeName)")
        }
    }

    static func pow(_ a: Value, _ b: Value) throws -> Value {
        switch (a, b) {
        case (.null, _), (_, .null): return .null
        default:
            guard let x = number(a), let y = number(b) else {
                throw typeError("cannot raise \(a.typeName) to \(b.typeName)")
            }
            return .double(Foundation.pow(x, y))
        }
    }

    static func neg(_ a: Value) throws -> Value {
        switch a {
        case .null: return .null
        case .int(let x):
            if x == .min { throw overflow("unary -") }
            return .int(-x)
        case .double(let x): return .double(-x)
        default: throw typeError("cannot negate \(a.typeName)")
        }
    }

    static func number(_ v: Value) -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    // MARK: Logic (three-valued)

    static func truth(_ v: Value) throws -> Bool? {
        switch v {
        case .bool(let b): return b
        case .null: return nil
        default: throw typeError("expected a Boolean, got \(v.typeName)")
        }
    }

    static func and(_ a: Value, _ b: Value) throws -> Value {
        let x = try truth(a), y = try truth(b)
        if x == false || y == false { return .bool(false) }
        if x == nil || y == nil { return .null }
        return .bool(true)
    }

    static func or(_ a: Value, _ b: Value) throws -> Value {
        let x = try truth(a), y = try truth(b)
        if x == true || y == true { return .bool(true) }
        if x == nil || y == nil { return .null }
        return .bool(false)
    }

    static func xor(_ a: Value, _ b: Value) throws -> Value {
        guard let x = try truth(a), let y = try truth(b) else { return .null }
        return .bool(x != y)
    }

    static func not(_ a: Value) throws -> Value {
        guard let x = try truth(a) else { return .null }
        return .bool(!x)
    }

    // MARK: Comparison

    @inline(__always)
    static func eq(_ a: Value, _ b: Value) -> Value {
        if case .int(let x) = a, case .int(let y) = b { return .bool(x == y) }
        guard let r = a.cypherEquals(b) else { return .null }
        return .bool(r)
    }

    static func ne(_ a: Value, _ b: Value) -> Value {
        guard let r = a.cypherEquals(b) else { return .null }
        return .bool(!r)
    }

    @inline(__always)
    static func compare(_ a: Value, _ b: Value, _ test: (Int) -> Bool) -> Value {
        if case .int(let x) = a, case .int(let y) = b { return .bool(test(x < y ? -1 : (x > y ? 1 : 0))) }
        // NaN is unordered: every comparison with it is false.
        if let x = number(a), let y = number(b), x.isNaN || y.isNaN { return .bool(false) }
        guard let c = Value.comparablyCompare(a, b) else { return .null }
        return .bool(test(c))
    }

    static func stringPredicate(_ a: Value, _ b: Value, _ f: (String, String) -> Bool) -> Value {
        guard case .string(let x) = a, case .string(let y) = b else { return .null }
        return .bool(f(x, y))
    }

    static func inList(_ a: Value, _ b: Value) throws -> Value {
        switch b {
        case .null: return .null
        case .list(let xs):
            var sawNull = false
            for x in xs {
                switch a.cypherEquals(x) {
                case .some(true): return .bool(true)
                case .none: sawNull = true
                default: break
                }
            }
            return sawNull ? .null : .bool(false)
        default: throw typeError("IN expects a list, got \(b.typeName)")
        }
    }
}
