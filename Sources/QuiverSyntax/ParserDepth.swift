// ParserDepth: bounds the height of the expression trees of a parsed statement. Operator
// chains (`1 + 1 + ...`, `- - - x`) are parsed by loops, yet build trees as deep as they are
// long; the engine recurses over them, so a statement with a too deep tree is refused here.

extension CypherParser {
    /// The deepest expression tree a statement may hold.
    static let maxExpressionHeight = 512

    /// Throws NestingTooDeep when an expression of `stmt` is deeper than `maxExpressionHeight`.
    /// Iterative, so that it cannot overflow the stack itself.
    func checkExpressionHeight(_ stmt: Statement) throws {
        var stack: [(Expr, Int)] = Self.rootExpressions(stmt).map { ($0, 1) }
        while let (e, height) = stack.popLast() {
            if height > Self.maxExpressionHeight {
                let limit = Self.maxExpressionHeight
                throw syntaxError("Invalid input: expression nesting too deep (more than \(limit) levels)",
                                  detail: "NestingTooDeep", at: e.span)
            }
            for child in Self.children(e) { stack.append((child, height + 1)) }
        }
    }

    static func rootExpressions(_ stmt: Statement) -> [Expr] {
        var roots: [Expr] = []
        func add(_ parts: [PatternPart]) {
            for part in parts {
                if let p = part.start.properties { roots.append(p) }
                for step in part.steps {
                    if let p = step.relationship.properties { roots.append(p) }
                    if let p = step.node.properties { roots.append(p) }
                }
            }
        }
        for clause in stmt.clauses {
            switch clause {
            case .match(let m):
                add(m.patterns)
                if let w = m.whereExpr { roots.append(w) }
            case .unwind(let u): roots.append(u.expr)
            case .create(let c): add(c.patterns)
            case .with(let p), .return(let p):
                roots += p.items.map(\.expr) + p.orderBy.map(\.expr)
                roots += [p.skip, p.limit, p.whereExpr].compactMap { $0 }
            case .copy: break
            }
        }
        return roots
    }

    static func children(_ e: Expr) -> [Expr] {
        switch e.kind {
        case .literal, .parameter, .variable, .countStar: return []
        case .list(let items): return items
        case .map(let entries): return entries.map(\.value)
        case .property(let base, _, _), .labelTest(let base, _), .unary(_, let base), .isNull(let base, _):
            return [base]
        case .index(let a, let b), .binary(_, let a, let b): return [a, b]
        case .slice(let base, let from, let to): return [base] + [from, to].compactMap { $0 }
        case .function(_, _, _, let args): return args
        case .caseExpr(let subject, let whens, let elseExpr):
            return [subject, elseExpr].compactMap { $0 } + whens.flatMap { [$0.condition, $0.result] }
        }
    }
}
