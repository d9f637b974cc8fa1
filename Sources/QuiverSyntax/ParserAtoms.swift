// ParserAtoms: the primary expressions: literals, parameters, lists, maps, CASE, function
// calls, count(*), variables and parenthesized expressions, and the refusal of the
// expression forms outside the supported subset (comprehensions, pattern predicates, ...).

extension CypherParser {
    // atom = literal | parameter | listLiteral | mapLiteral | caseExpression | "count" "(" "*" ")"
    //      | functionInvocation | variable | "(" expression ")" ;
    // literal = integer | float | string | "TRUE" | "FALSE" | "NULL" ;
    func parseAtom() throws -> Expr {
        guard let t = token() else { throw unexpected("an expression") }
        switch t.kind {
        case .integer:
            advance()
            return Expr(.literal(.int(try integerValue(t, negated: false))), span: t.span)
        case .float:
            advance()
            return Expr(.literal(.double(try floatValue(t))), span: t.span)
        case .string:
            advance()
            return Expr(.literal(.string(try decodeString(t))), span: t.span)
        case .parameter:
            return parseParameter()
        case .punctuation, .operator:
            switch t.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListLiteral()
            case "{": return try parseMapLiteral()
            default: throw unexpected("an expression")
            }
        case .keyword:
            switch word() {
            case "TRUE": advance(); return Expr(.literal(.bool(true)), span: t.span)
            case "FALSE": advance(); return Expr(.literal(.bool(false)), span: t.span)
            case "NULL": advance(); return Expr(.literal(.null), span: t.span)
            case "CASE": return try parseCase()
            default:
                guard isVariableName() else { throw unexpected("an expression") }
                return try parseNamedAtom()
            }
        case .identifier:
            return try parseNamedAtom()
        case .error:
            throw lexicalError(t, expected: "an expression")
        case .comment:
            throw unexpected("an expression")
        }
    }

    // parameter = "$" ( symbolicName | digits ) ;
    func parseParameter() -> Expr {
        let t = advance()
        var name = String(t.text.dropFirst())
        if name.hasPrefix("`") {
            name = Token(kind: .identifier, span: t.span, text: name).identifierName
        }
        return Expr(.parameter(name), span: t.span)
    }

    // functionInvocation = functionName "(" [ "DISTINCT" ] [ expression { "," expression } ] ")" ;
    // functionName = { symbolicName "." } symbolicName ;
    // variable = symbolicName ;
    /// An atom starting with a name: a call, `count(*)`, or a variable.
    func parseNamedAtom() throws -> Expr {
        let first = advance()
        let w = words[pos - 1]
        // Count the `.name` parts before a `(`: `a.b.c(...)` is one namespaced function name.
        var k = 0
        while isSymbol(".", k), isSymbolicName(k + 1) { k += 2 }
        if isSymbol("{") {
            if w == "EXISTS" || w == "COUNT" || w == "COLLECT" {
                throw unsupported("\(w) { ... } subqueries", at: first.span, detail: w)
            }
            if k == 0 {
                throw unsupported("Map projection", at: here, detail: "map projection")
            }
        }
        guard isSymbol("(", k) else {
            return Expr(.variable(first.identifierName), span: first.span)
        }
        var nameParts = [first.identifierName]
        var nameSpan = first.span
        for _ in stride(from: 0, to: k, by: 2) {
            advance()
            let part = advance()
            nameParts.append(part.identifierName)
            nameSpan = nameSpan.union(part.span)
        }
        let name = nameParts.joined(separator: ".")
        if k == 0 { try refuseUnsupportedFunction(w, at: first.span) }
        let open = try expect("(")
        if k == 0, w == "COUNT", isSymbol("*"), isSymbol(")", 1) {
            advance()
            let close = advance()
            return Expr(.countStar, span: first.span.union(close.span))
        }
        _ = open
        let distinct = acceptKeyword("DISTINCT")
        var args: [Expr] = []
        if !isSymbol(")") {
            repeat { args.append(try parseExpression()) } while accept(",")
        }
        let close = try expect(")", "',' or ')'")
        return Expr(.function(name: name, nameSpan: nameSpan, distinct: distinct, args: args),
                    span: first.span.union(close.span))
    }

    /// Calls that are really special forms outside the subset: quantifiers, reduce, shortestPath.
    private func refuseUnsupportedFunction(_ w: String, at span: SourceSpan) throws {
        switch w {
        case "REDUCE":
            throw unsupported("reduce(...)", at: span, detail: "reduce")
        case "ALL", "ANY", "NONE", "SINGLE":
            // all(x IN list WHERE ...); a plain call any(...) is left to the compiler.
            if isVariableName(1), isKeyword("IN", 2) {
                throw unsupported("The list predicate \(w.lowercased())(... IN ...)", at: span,
                                  detail: w.lowercased())
            }
        case "SHORTESTPATH", "ALLSHORTESTPATHS":
            throw unsupported("\(w == "SHORTESTPATH" ? "shortestPath" : "allShortestPaths") in an expression",
                              at: span, detail: "shortestPath expression")
        default:
            return
        }
    }

    // parenthesizedExpression = "(" expression ")" ;
    func parseParenthesized() throws -> Expr {
        if startsPattern(at: 0) {
            throw unsupported("A pattern used as an expression", at: here, detail: "pattern expression")
        }
        let open = advance()
        let inner = try parseExpression()
        let close = try expect(")", "')'")
        // The span covers the parentheses: it is the column name of `RETURN (1 + 2)`.
        return Expr(inner.kind, span: open.span.union(close.span))
    }

    // listLiteral = "[" [ expression { "," expression } ] "]" ;
    func parseListLiteral() throws -> Expr {
        if isVariableName(1), isKeyword("IN", 2) {
            throw unsupported("List comprehension", at: here, detail: "list comprehension")
        }
        let patternAt = isVariableName(1) && isSymbol("=", 2) ? 3 : 1
        if startsPattern(at: patternAt) {
            throw unsupported("Pattern comprehension", at: here, detail: "pattern comprehension")
        }
        let open = advance()
        var items: [Expr] = []
        if !isSymbol("]") {
            repeat { items.append(try parseExpression()) } while accept(",")
        }
        let close = try expect("]", "',' or ']'")
        return Expr(.list(items), span: open.span.union(close.span))
    }

    // mapLiteral = "{" [ symbolicName ":" expression { "," symbolicName ":" expression } ] "}" ;
    func parseMapLiteral() throws -> Expr {
        let open = try expect("{")
        var entries: [MapEntry] = []
        if !isSymbol("}") {
            repeat {
                // Any token but a name (a malformed number included) is plain bad syntax here.
                if let t = token(), !isSymbolicName() {
                    throw syntaxError("Invalid input '\(Self.display(t.text))': expected a map key", at: t.span)
                }
                let key = try parseSymbolicName("a map key")
                try expect(":", "':'")
                entries.append(MapEntry(key: key.name, keySpan: key.span, value: try parseExpression()))
            } while accept(",")
        }
        let close = try expect("}", "',' or '}'")
        return Expr(.map(entries), span: open.span.union(close.span))
    }

    // caseExpression = "CASE" [ expression ] caseAlternative { caseAlternative }
    //                  [ "ELSE" expression ] "END" ;
    // caseAlternative = "WHEN" expression "THEN" expression ;
    func parseCase() throws -> Expr {
        let open = advance()
        var subject: Expr?
        if !isKeyword("WHEN") {
            if isKeyword("END") || isKeyword("ELSE") { throw unexpected("an expression or WHEN") }
            subject = try parseExpression()
        }
        var whens: [CaseWhen] = []
        while acceptKeyword("WHEN") {
            let condition = try parseExpression()
            guard acceptKeyword("THEN") else { throw unexpected("THEN") }
            whens.append(CaseWhen(condition: condition, result: try parseExpression()))
        }
        if whens.isEmpty { throw unexpected("WHEN") }
        var elseExpr: Expr?
        if acceptKeyword("ELSE") { elseExpr = try parseExpression() }
        guard isKeyword("END") else { throw unexpected(elseExpr == nil ? "WHEN, ELSE or END" : "END") }
        let close = advance()
        return Expr(.caseExpr(subject: subject, whens: whens, elseExpr: elseExpr), span: open.span.union(close.span))
    }

    // MARK: Lookahead for patterns inside expressions

    /// True when the tokens at offset `k` read as a node pattern followed by a relationship:
    /// `(a)-->`, `(a)<-[...]-`, `(a)--(`: a pattern predicate or comprehension.
    func startsPattern(at k: Int) -> Bool {
        guard isSymbol("(", k), let close = matchingClose(k) else { return false }
        var j = close + 1
        if isSymbol("<", j) { j += 1 }
        guard isSymbol("-", j) else { return false }
        if isSymbol("-", j + 1) { return isSymbol("(", j + 2) || isSymbol(">", j + 2) }
        if isSymbol("[", j + 1), let end = matchingClose(j + 1) { return isSymbol("-", end + 1) }
        return false
    }

    /// Offset of the bracket closing the one at offset `k`; nil when unbalanced or too deep.
    func matchingClose(_ k: Int) -> Int? {
        var level = 0
        var j = k
        while let t = token(j) {
            if t.kind == .punctuation {
                switch t.text {
                case "(", "[", "{":
                    level += 1
                    if level > Self.maxDepth { return nil }
                case ")", "]", "}":
                    level -= 1
                    if level == 0 { return j }
                default: break
                }
            }
            j += 1
        }
        return nil
    }
}
