// SyntaxTestSupport: helpers for the parser tests: a compact S-expression rendering of the
// AST (so a test states the tree it expects in one line) and error-capturing parse calls.
import XCTest
@testable import QuiverSyntax

enum SExpr {
    static func of(_ s: Statement) -> String {
        let body = s.clauses.map(of).joined(separator: " ")
        switch s.mode {
        case .run: return body
        case .explain: return "(explain \(body))"
        case .profile: return "(profile \(body))"
        }
    }

    static func of(_ c: Clause) -> String {
        switch c {
        case .match(let m):
            var s = "(\(m.optional ? "optional-match" : "match") \(m.patterns.map(of).joined(separator: " "))"
            if let w = m.whereExpr { s += " (where \(of(w)))" }
            return s + ")"
        case .unwind(let u): return "(unwind \(of(u.expr)) \(u.variable.name))"
        case .create(let c): return "(create \(c.patterns.map(of).joined(separator: " ")))"
        case .with(let p): return projection("with", p)
        case .return(let p): return projection("return", p)
        case .copy(let c):
            let opts = c.options.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            return "(copy \(c.table.name) '\(c.path)'\(opts.isEmpty ? "" : " " + opts))"
        }
    }

    static func projection(_ name: String, _ p: ProjectionClause) -> String {
        var parts = [name]
        if p.distinct { parts.append("distinct") }
        if p.star { parts.append("*") }
        for item in p.items {
            parts.append(item.alias.map { "(as \(of(item.expr)) \($0.name))" } ?? of(item.expr))
        }
        if !p.orderBy.isEmpty {
            parts.append("(order " + p.orderBy.map { $0.descending ? "(desc \(of($0.expr)))" : of($0.expr) }
                .joined(separator: " ") + ")")
        }
        if let s = p.skip { parts.append("(skip \(of(s)))") }
        if let l = p.limit { parts.append("(limit \(of(l)))") }
        if let w = p.whereExpr { parts.append("(where \(of(w)))") }
        return "(" + parts.joined(separator: " ") + ")"
    }

    static func of(_ p: PatternPart) -> String {
        var s = of(p.start)
        for step in p.steps { s += of(step.relationship) + of(step.node) }
        switch p.shortest {
        case .none: break
        case .shortest: s = "shortest{\(s)}"
        case .allShortest: s = "allShortest{\(s)}"
        }
        if let v = p.pathVariable { s = "\(v.name)=\(s)" }
        return s
    }

    static func of(_ n: NodePattern) -> String {
        var s = "(" + (n.variable?.name ?? "")
        for l in n.labels { s += ":" + l.name }
        if let p = n.properties { s += " " + of(p) }
        return s + ")"
    }

    static func of(_ r: RelationshipPattern) -> String {
        var inner = r.variable?.name ?? ""
        if !r.types.isEmpty { inner += ":" + r.types.map(\.name).joined(separator: "|") }
        if let l = r.length {
            inner += "*" + (l.shortest ? "S" : "") + (l.min.map(String.init) ?? "") + ".." + (l.max.map(String.init) ?? "")
        }
        if let p = r.properties { inner += " " + of(p) }
        switch r.direction {
        case .outgoing: return "-[\(inner)]->"
        case .incoming: return "<-[\(inner)]-"
        case .both: return "-[\(inner)]-"
        }
    }

    static func of(_ e: Expr) -> String {
        switch e.kind {
        case .literal(let l):
            switch l {
            case .null: return "null"
            case .bool(let b): return b ? "true" : "false"
            case .int(let i): return String(i)
            case .double(let d): return "\(d)"
            case .string(let s): return "'\(s)'"
            }
        case .parameter(let p): return "$" + p
        case .variable(let v): return v
        case .list(let items): return "[" + items.map(of).joined(separator: " ") + "]"
        case .map(let entries): return "{" + entries.map { "\($0.key): \(of($0.value))" }.joined(separator: ", ") + "}"
        case .property(let base, let key, _): return "(. \(of(base)) \(key))"
        case .index(let base, let i): return "(index \(of(base)) \(of(i)))"
        case .slice(let base, let f, let t):
            return "(slice \(of(base)) \(f.map(of) ?? "_") \(t.map(of) ?? "_"))"
        case .labelTest(let base, let labels): return "(labels \(of(base)) \(labels.map(\.name).joined(separator: " ")))"
        case .unary(let op, let x): return "(\(op.rawValue) \(of(x)))"
        case .binary(let op, let a, let b): return "(\(op.rawValue) \(of(a)) \(of(b)))"
        case .isNull(let x, let negated): return "(\(negated ? "is-not-null" : "is-null") \(of(x)))"
        case .function(let name, _, let distinct, let args):
            return "(\(name)\(distinct ? " distinct" : "")" + args.map { " " + of($0) }.joined() + ")"
        case .countStar: return "(count *)"
        case .caseExpr(let subject, let whens, let elseExpr):
            var s = "(case"
            if let subject { s += " " + of(subject) }
            for w in whens { s += " (when \(of(w.condition)) \(of(w.result)))" }
            if let elseExpr { s += " (else \(of(elseExpr)))" }
            return s + ")"
        }
    }
}

extension XCTestCase {
    /// Parses one statement and renders it; a failure message on error.
    func sexpr(_ query: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            return SExpr.of(try Parser.parseStatement(SourceText(query)))
        } catch {
            XCTFail("unexpected error for \(query): \(error)", file: file, line: line)
            return "<error>"
        }
    }

    /// Parses one statement that must fail; returns the error.
    func parseError(_ query: String, file: StaticString = #filePath, line: UInt = #line) -> QuiverError? {
        do {
            let stmt = try Parser.parseStatement(SourceText(query))
            XCTFail("expected an error for \(query), got \(SExpr.of(stmt))", file: file, line: line)
            return nil
        } catch let e as QuiverError {
            return e
        } catch {
            XCTFail("non-QuiverError \(error)", file: file, line: line)
            return nil
        }
    }

    /// The expression of `RETURN <expr>` rendered.
    func expr(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let stmt = try Parser.parseStatement(SourceText("RETURN " + text))
            guard case .return(let p)? = stmt.clauses.first, let item = p.items.first else { return "<none>" }
            return SExpr.of(item.expr)
        } catch {
            XCTFail("unexpected error for \(text): \(error)", file: file, line: line)
            return "<error>"
        }
    }
}
