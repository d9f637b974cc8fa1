// ParserExpressions: operator expressions by precedence climbing (OR ... ^), chained
// comparisons, the predicate operators, unary signs and postfix property/index/label access.

extension CypherParser {
    /// Operator precedence levels, lowest first.
    enum Level {
        static let or = 1, xor = 2, and = 3, not = 4, comparison = 5, predicate = 6
        static let additive = 7, multiplicative = 8, power = 9, unary = 10
    }

    // expression ::= orExpression
    func parseExpression() throws -> Expr {
        // Depth is counted here, the one function every nesting construct recurses through.
        // (The functions on this recursive path keep their frames small: debug builds give
        // every local of every branch its own stack slot, so cold paths live in helpers.)
        try enterNesting()
        defer { depth -= 1 }
        return try parseOperators(Level.or)
    }

    // orExpression ::= xorExpression ( "OR" xorExpression )*
    // xorExpression ::= andExpression ( "XOR" andExpression )*
    // andExpression ::= notExpression ( "AND" notExpression )*
    // notExpression ::= "NOT"* comparisonExpression
    // comparisonExpression ::= predicateExpression ( comparisonOperator predicateExpression )*
    // comparisonOperator ::= "=" | "<>" | "!=" | "<" | "<=" | ">" | ">="
    // predicateExpression ::= additiveExpression ( "IS" "NOT"? "NULL"
    //     | ( "STARTS" "WITH" | "ENDS" "WITH" | "CONTAINS" | "IN" ) additiveExpression )*
    // additiveExpression ::= multiplicativeExpression ( ( "+" | "-" ) multiplicativeExpression )*
    // multiplicativeExpression ::= powerExpression ( ( "*" | "/" | "%" ) powerExpression )*
    // powerExpression ::= unaryExpression ( "^" unaryExpression )*
    /// Parses an expression whose operators all bind at least as tightly as `level`.
    func parseOperators(_ level: Int) throws -> Expr {
        var lhs = level <= Level.not && isKeyword("NOT") ? try parseNot() : try parseUnary()
        while let op = binaryOperator(), op.level >= level {
            lhs = try parseOperatorApplication(lhs, op)
        }
        return lhs
    }

    /// `NOT NOT ... comparisonExpression`
    private func parseNot() throws -> Expr {
        var nots: [SourceSpan] = []
        while isKeyword("NOT") { nots.append(advance().span) }
        var e = try parseOperators(Level.comparison)
        for span in nots.reversed() { e = Expr(.unary(.not, e), span: span.union(e.span)) }
        return e
    }

    /// Applies the binary operator at the cursor to `lhs` and its right operand.
    private func parseOperatorApplication(_ lhs: Expr, _ op: Operator) throws -> Expr {
        switch op.level {
        case Level.comparison: return try parseComparisonChain(first: lhs)
        case Level.predicate: return try parsePredicate(lhs)
        default:
            advance()
            let rhs = try parseOperators(op.level + 1)
            return Expr(.binary(op.op, lhs, rhs), span: lhs.span.union(rhs.span))
        }
    }

    /// A binary operator and its precedence level.
    struct Operator { var op: BinaryOp; var level: Int }

    /// The binary operator at the cursor (predicates report `.in` as a stand-in).
    func binaryOperator() -> Operator? {
        guard let t = token() else { return nil }
        if t.kind == .operator {
            switch t.text {
            case "+": return Operator(op: .add, level: Level.additive)
            case "-": return Operator(op: .sub, level: Level.additive)
            case "*": return Operator(op: .mul, level: Level.multiplicative)
            case "/": return Operator(op: .div, level: Level.multiplicative)
            case "%": return Operator(op: .mod, level: Level.multiplicative)
            case "^": return Operator(op: .pow, level: Level.power)
            case "=": return Operator(op: .eq, level: Level.comparison)
            case "<>", "!=": return Operator(op: .ne, level: Level.comparison)
            case "<": return Operator(op: .lt, level: Level.comparison)
            case "<=": return Operator(op: .le, level: Level.comparison)
            case ">": return Operator(op: .gt, level: Level.comparison)
            case ">=": return Operator(op: .ge, level: Level.comparison)
            case "=~": return Operator(op: .eq, level: Level.predicate)
            default: return nil
            }
        }
        guard t.kind == .keyword else { return nil }
        switch word() {
        case "OR": return Operator(op: .or, level: Level.or)
        case "XOR": return Operator(op: .xor, level: Level.xor)
        case "AND": return Operator(op: .and, level: Level.and)
        case "IS", "STARTS", "ENDS", "CONTAINS", "IN": return Operator(op: .in, level: Level.predicate)
        default: return nil
        }
    }

    /// `a < b <= c` becomes `a < b AND b <= c` (the middle operand is shared).
    func parseComparisonChain(first: Expr) throws -> Expr {
        var pairs: [Expr] = []
        var lhs = first
        while let op = binaryOperator(), op.level == Level.comparison {
            advance()
            let rhs = try parseOperators(Level.predicate)
            pairs.append(Expr(.binary(op.op, lhs, rhs), span: lhs.span.union(rhs.span)))
            lhs = rhs
        }
        guard var result = pairs.first else { return first }
        for pair in pairs.dropFirst() {
            result = Expr(.binary(.and, result, pair), span: result.span.union(pair.span))
        }
        return result
    }

    /// One predicate operator after `lhs`: IS [NOT] NULL, STARTS WITH, ENDS WITH, CONTAINS, IN.
    func parsePredicate(_ lhs: Expr) throws -> Expr {
        let opToken = advance()
        let op: BinaryOp
        switch opToken.text.uppercased() {
        case "=~":
            throw unsupported("The regular expression operator =~", at: opToken.span, detail: "=~")
        case "IS":
            let negated = acceptKeyword("NOT")
            guard isKeyword("NULL") else { throw unexpected(negated ? "NULL" : "NULL or NOT NULL") }
            let end = advance().span
            return Expr(.isNull(lhs, negated: negated), span: lhs.span.union(end))
        case "STARTS":
            guard acceptKeyword("WITH") else { throw unexpected("WITH") }
            op = .startsWith
        case "ENDS":
            guard acceptKeyword("WITH") else { throw unexpected("WITH") }
            op = .endsWith
        case "CONTAINS": op = .contains
        default: op = .in
        }
        let rhs = try parseOperators(Level.additive)
        return Expr(.binary(op, lhs, rhs), span: lhs.span.union(rhs.span))
    }

    // unaryExpression ::= ( "+" | "-" )* postfixExpression
    // (a minus sign directly before an integer literal is part of the literal, so that
    //  -9223372036854775808 is a valid integer)
    func parseUnary() throws -> Expr {
        guard isSymbol("-") || isSymbol("+") else { return try parsePostfix(try parseAtom()) }
        return try parseSigned()
    }

    private func parseSigned() throws -> Expr {
        var signs: [Token] = []
        while isSymbol("-") || isSymbol("+") { signs.append(advance()) }
        var operand: Expr
        if let last = signs.last, last.text == "-", let t = token(), t.kind == .integer {
            advance()
            signs.removeLast()
            operand = try parsePostfix(Expr(.literal(.int(try integerValue(t, negated: true))),
                                            span: last.span.union(t.span)))
        } else {
            operand = try parsePostfix(try parseAtom())
        }
        for sign in signs.reversed() {
            operand = Expr(.unary(sign.text == "-" ? .minus : .plus, operand), span: sign.span.union(operand.span))
        }
        return operand
    }

    // postfixExpression ::= atom ( "." symbolicName | "[" expression "]"
    //     | "[" expression? ".." expression? "]" )* nodeLabels?
    func parsePostfix(_ atom: Expr) throws -> Expr {
        var e = atom
        while true {
            if isSymbol(".") {
                e = try parseProperty(e)
            } else if isSymbol("[") {
                e = try parseSubscript(e)
            } else {
                break
            }
        }
        return isSymbol(":") ? try parseLabelTest(e) : e
    }

    /// `.key` after `e`.
    private func parseProperty(_ e: Expr) throws -> Expr {
        advance()
        let key = try parseSymbolicName("a property key")
        return Expr(.property(e, key: key.name, keySpan: key.span), span: e.span.union(key.span))
    }

    /// `:Label:Label` after `e`.
    private func parseLabelTest(_ e: Expr) throws -> Expr {
        var labels: [Identifier] = []
        while accept(":") { labels.append(try parseSymbolicName("a label name")) }
        guard let last = labels.last else { return e }
        return Expr(.labelTest(e, labels: labels), span: e.span.union(last.span))
    }

    /// `[index]` or `[from..to]` after `e`.
    private func parseSubscript(_ e: Expr) throws -> Expr {
        try expect("[")
        var from: Expr?
        if !isSymbol("..") { from = try parseExpression() }
        if accept("..") {
            var to: Expr?
            if !isSymbol("]") { to = try parseExpression() }
            let end = try expect("]", "']'").span
            return Expr(.slice(e, from: from, to: to), span: e.span.union(end))
        }
        let end = try expect("]", "'..' or ']'").span
        guard let index = from else { throw unexpected("an expression") }
        return Expr(.index(e, index), span: e.span.union(end))
    }
}
