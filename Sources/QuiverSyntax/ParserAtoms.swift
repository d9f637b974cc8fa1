// ParserAtoms: the primary expressions: literals, parameters, lists, maps, CASE, function
// calls, count(*), variables and parenthesized expressions, and the refusal of the
// expression forms outside the supported subset (comprehensions, pattern predicates, ...).

extension CypherParser {
    // atom ::= literal | Parameter | listLiteral | mapLiteral | caseExpression
    //        | "count" "(" "*" ")" | functionInvocation | variable | "(" expression ")"
    func parseAtom() throws -> Expr {
        switch token()?.kind {
        case .punctuation?:
            if isSymbol("(") { return try parseParenthesized() }
            if isSymbol("[") { return try parseListLiteral() }
            if isSymbol("{") { return try parseMapLiteral() }
        case .identifier?:
            return try parseNamedAtom()
        case .keyword?:
            if isKeyword("CASE") { return try parseCase() }
            if isVariableName() { return try parseNamedAtom() }
        case .integer?, .float?, .string?, .parameter?:
            return try parseLiteral()
        default:
            break
        }
        return try parseKeywordLiteral()
    }

    // literal ::= IntegerLiteral | FloatLiteral | StringLiteral   (and Parameter)
    private func parseLiteral() throws -> Expr {
        let t = advance()
        switch t.kind {
        case .integer: return Expr(.literal(.int(try integerValue(t, negated: false))), span: t.span)
        case .float: return Expr(.literal(.double(try floatValue(t))), span: t.span)
        case .string: return Expr(.literal(.string(try decodeString(t))), span: t.span)
        default: return parameterExpr(t)
        }
    }

    // literal ::= "TRUE" | "FALSE" | "NULL"   (anything else here is not an expression)
    private func parseKeywordLiteral() throws -> Expr {
        let span = here
        switch token()?.kind == .keyword ? word() : "" {
        case "TRUE": advance(); return Expr(.literal(.bool(true)), span: span)
        case "FALSE": advance(); return Expr(.literal(.bool(false)), span: span)
        case "NULL": advance(); return Expr(.literal(.null), span: span)
        default: throw unexpected("an expression")
        }
    }

    // Parameter ::= "$" ( IdentifierPart+ | "`" ( [^`] | "``" )* "`" )
    func parseParameter() -> Expr { parameterExpr(advance()) }

    private func parameterExpr(_ t: Token) -> Expr {
        var name = String(t.text.dropFirst())
        if name.hasPrefix("`") {
            name = Token(kind: .identifier, span: t.span, text: name).identifierName
        }
        return Expr(.parameter(name), span: t.span)
    }

    // functionInvocation ::= functionName "(" "DISTINCT"? ( expression ( "," expression )* )? ")"
    // functionName ::= ( symbolicName "." )* symbolicName
    // variable ::= Identifier | SoftKeyword
    /// An atom starting with a name: a call, `count(*)`, or a variable.
    func parseNamedAtom() throws -> Expr {
        // Count the `.name` parts before a `(`: `a.b.c(...)` is one namespaced function name.
        var k = 1
        while isSymbol(".", k), isSymbolicName(k + 1) { k += 2 }
        if isSymbol("{", 1) { throw refusedBrace(namespaced: k > 1) }
        guard isSymbol("(", k) else {
            let t = advance()
            return Expr(.variable(t.identifierName), span: t.span)
        }
        if k == 1 {
            try refuseUnsupportedFunction(word(), at: here)
            if isWord("COUNT"), isSymbol("*", 2) { return try countStar() }
        }
        let name = functionName(parts: (k + 1) / 2)
        advance()  // (
        let distinct = acceptKeyword("DISTINCT")
        var args: [Expr] = []
        if !isSymbol(")") {
            repeat { args.append(try parseExpression()) } while accept(",")
        }
        let close = try expect(")", "',' or ')'")
        return Expr(.function(name: name.text, nameSpan: name.span, distinct: distinct, args: args),
                    span: name.span.union(close.span))
    }

    /// Consumes a dotted function name of `parts` names.
    private func functionName(parts: Int) -> (text: String, span: SourceSpan) {
        let first = advance()
        var text = first.identifierName
        var span = first.span
        for _ in 1..<max(parts, 1) {
            advance()  // .
            let part = advance()
            text += "." + part.identifierName
            span = span.union(part.span)
        }
        return (text, span)
    }

    /// `count(*)`
    private func countStar() throws -> Expr {
        let first = advance()
        advance(); advance()  // ( *
        let close = try expect(")", "')'")
        return Expr(.countStar, span: first.span.union(close.span))
    }

    /// A name followed by `{`: an EXISTS/COUNT/COLLECT subquery or a map projection.
    private func refusedBrace(namespaced: Bool) -> QuiverError {
        let w = word()
        if w == "EXISTS" || w == "COUNT" || w == "COLLECT" {
            return unsupported("\(w) { ... } subqueries", at: here, detail: w)
        }
        return unsupported("Map projection", at: token(1)?.span ?? here, detail: "map projection")
    }

    /// Calls that are really special forms outside the subset: quantifiers, reduce, shortestPath.
    private func refuseUnsupportedFunction(_ w: String, at span: SourceSpan) throws {
        switch w {
        case "REDUCE":
            throw unsupported("reduce(...)", at: span, detail: "reduce")
        case "ALL", "ANY", "NONE", "SINGLE":
            // all(x IN list WHERE ...); a plain call any(...) is left to the compiler.
            if isVariableName(2), isKeyword("IN", 3) {
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

    // atom ::= "(" expression ")"
    func parseParenthesized() throws -> Expr {
        if startsPattern(at: 0) { throw refusedPattern("A pattern used as an expression", "pattern expression") }
        let open = advance()
        let inner = try parseExpression()
        let close = try expect(")", "')'")
        // The span covers the parentheses: it is the column name of `RETURN (1 + 2)`.
        return Expr(inner.kind, span: open.span.union(close.span))
    }

    private func refusedPattern(_ what: String, _ detail: String) -> QuiverError {
        unsupported(what, at: here, detail: detail)
    }

    // listLiteral ::= "[" ( expression ( "," expression )* )? "]"
    func parseListLiteral() throws -> Expr {
        try refuseComprehension()
        let open = advance()
        var items: [Expr] = []
        if !isSymbol("]") {
            repeat { items.append(try parseExpression()) } while accept(",")
        }
        let close = try expect("]", "',' or ']'")
        return Expr(.list(items), span: open.span.union(close.span))
    }

    /// `[x IN list ...]` and `[(a)-->(b) | ...]` are comprehensions, outside the subset.
    private func refuseComprehension() throws {
        if isVariableName(1), isKeyword("IN", 2) {
            throw refusedPattern("List comprehension", "list comprehension")
        }
        if startsPattern(at: isVariableName(1) && isSymbol("=", 2) ? 3 : 1) {
            throw refusedPattern("Pattern comprehension", "pattern comprehension")
        }
    }

    // mapLiteral ::= "{" ( symbolicName ":" expression ( "," symbolicName ":" expression )* )? "}"
    func parseMapLiteral() throws -> Expr {
        let open = try expect("{")
        var entries: [MapEntry] = []
        if !isSymbol("}") {
            repeat {
                let key = try parseMapKey()
                entries.append(MapEntry(key: key.name, keySpan: key.span, value: try parseExpression()))
            } while accept(",")
        }
        let close = try expect("}", "',' or '}'")
        return Expr(.map(entries), span: open.span.union(close.span))
    }

    /// `key :`
    private func parseMapKey() throws -> Identifier {
        // Any token but a name (a malformed number included) is plain bad syntax here.
        if let t = token(), !isSymbolicName() {
            throw syntaxError("Invalid input '\(Self.display(t.text))': expected a map key", at: t.span)
        }
        let key = try parseSymbolicName("a map key")
        try expect(":", "':'")
        return key
    }

    // caseExpression ::= "CASE" expression? caseAlternative+ ( "ELSE" expression )? "END"
    // caseAlternative ::= "WHEN" expression "THEN" expression
    func parseCase() throws -> Expr {
        let open = advance()
        var subject: Expr?
        if !isKeyword("WHEN") {
            if atEnd || isKeyword("END") || isKeyword("ELSE") { throw unexpected("an expression or WHEN") }
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
