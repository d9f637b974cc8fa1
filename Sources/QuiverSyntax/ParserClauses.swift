// ParserClauses: statements and clauses (MATCH, UNWIND, WITH, RETURN, CREATE, COPY), the
// clause-order rules of a query, and the refusal of clauses outside the supported subset.

extension CypherParser {
    static let clauseList = "a clause (MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN, CREATE)"

    // statement ::= ( "EXPLAIN" | "PROFILE" )? ( copy | query )
    func parseStatement() throws -> Statement {
        let start = here.start
        var mode = Statement.Mode.run
        if acceptKeyword("EXPLAIN") { mode = .explain } else if acceptKeyword("PROFILE") { mode = .profile }
        let clauses: [Clause]
        if isKeyword("COPY") {
            clauses = [.copy(try parseCopy())]
            if !atEnd { throw unexpected("end of statement") }
        } else {
            clauses = try parseQuery()
        }
        let stmt = Statement(mode: mode, clauses: clauses, span: SourceSpan(start: start, end: lastEnd))
        try checkExpressionHeight(stmt)
        return stmt
    }

    // query ::= ( readingClause* updatingClause* with )* readingClause* ( return | updatingClause+ return? )
    // readingClause ::= match | unwind
    // updatingClause ::= create
    func parseQuery() throws -> [Clause] {
        var clauses: [Clause] = []
        var updated = false  // an updating clause since the last WITH
        while !atEnd {
            try refuseUnsupportedClause()
            let clauseStart = here
            if isKeyword("MATCH") || isKeyword("OPTIONAL") || isKeyword("UNWIND") {
                if updated {
                    let text = Self.display(token()?.text ?? "")
                    throw syntaxError("Invalid input '\(text)': WITH is required between CREATE and \(word())",
                                      detail: "InvalidClauseComposition", at: clauseStart)
                }
                clauses.append(isKeyword("UNWIND") ? .unwind(try parseUnwind()) : .match(try parseMatch()))
            } else if isKeyword("CREATE") {
                clauses.append(.create(try parseCreate()))
                updated = true
            } else if isKeyword("WITH") {
                clauses.append(.with(try parseProjection(isWith: true)))
                updated = false
            } else if isKeyword("RETURN") {
                clauses.append(.return(try parseProjection(isWith: false)))
                if isKeyword("UNION") { throw unsupported("UNION", at: here) }
                if !atEnd {
                    if isKeyword("MATCH") || isKeyword("OPTIONAL") || isKeyword("UNWIND") || isKeyword("CREATE")
                        || isKeyword("WITH") || isKeyword("RETURN") {
                        let text = Self.display(token()?.text ?? "")
                        throw syntaxError("Invalid input '\(text)': no clause can follow RETURN",
                                          detail: "InvalidClauseComposition", at: here)
                    }
                    throw unexpected("end of statement")
                }
            } else if isKeyword("COPY") {
                throw syntaxError("Invalid input 'COPY': COPY must be a statement of its own",
                                  detail: "InvalidClauseComposition", at: here)
            } else {
                throw unexpected(clauses.isEmpty ? Self.clauseList : Self.clauseList + " or end of statement")
            }
        }
        guard let last = clauses.last else { throw unexpected(Self.clauseList) }
        switch last {
        case .return, .create, .copy: break
        case .match, .unwind, .with:
            let name: String
            switch last {
            case .match(let m): name = m.optional ? "OPTIONAL MATCH" : "MATCH"
            case .unwind: name = "UNWIND"
            default: name = "WITH"
            }
            throw syntaxError("Query cannot conclude with \(name) (must be a RETURN clause or an update clause)",
                              detail: "InvalidClauseComposition", at: last.span)
        }
        return clauses
    }

    // match ::= "OPTIONAL"? "MATCH" pattern where?
    // where ::= "WHERE" expression
    func parseMatch() throws -> MatchClause {
        let start = here.start
        let optional = acceptKeyword("OPTIONAL")
        try expectKeyword("MATCH")
        let patterns = try parsePattern()
        var whereExpr: Expr?
        if acceptKeyword("WHERE") { whereExpr = try parseExpression() }
        return MatchClause(optional: optional, patterns: patterns, whereExpr: whereExpr,
                           span: SourceSpan(start: start, end: lastEnd))
    }

    // unwind ::= "UNWIND" expression "AS" symbolicName
    func parseUnwind() throws -> UnwindClause {
        let start = here.start
        try expectKeyword("UNWIND")
        let expr = try parseExpression()
        guard acceptKeyword("AS") else { throw unexpected("AS") }
        let variable = try parseSymbolicName("a variable name")
        return UnwindClause(expr: expr, variable: variable, span: SourceSpan(start: start, end: lastEnd))
    }

    // create ::= "CREATE" pattern
    func parseCreate() throws -> CreateClause {
        let start = here.start
        try expectKeyword("CREATE")
        let w = word()
        if ["INDEX", "CONSTRAINT", "NODE", "REL", "DATABASE", "GRAPH", "TABLE", "OR", "TEXT", "RANGE",
            "POINT", "LOOKUP", "FULLTEXT", "VECTOR", "BTREE", "UNIQUE"].contains(w) {
            let construct = w == "CONSTRAINT" || w == "UNIQUE" ? "CREATE CONSTRAINT"
                : (w == "NODE" || w == "REL" || w == "TABLE") ? "CREATE \(w) TABLE"
                : (w == "DATABASE" || w == "GRAPH" || w == "OR") ? "CREATE \(w)" : "CREATE INDEX"
            throw unsupported(construct, at: SourceSpan(start: start, end: here.end))
        }
        let patterns = try parsePattern()
        return CreateClause(patterns: patterns, span: SourceSpan(start: start, end: lastEnd))
    }

    // with ::= "WITH" "DISTINCT"? projectionItems where? order? skip? limit? where?   (one WHERE)
    // return ::= "RETURN" "DISTINCT"? projectionItems order? skip? limit?
    // order ::= "ORDER" "BY" sortItem ( "," sortItem )*
    // skip ::= "SKIP" expression
    // limit ::= "LIMIT" expression
    func parseProjection(isWith: Bool) throws -> ProjectionClause {
        let start = here.start
        advance()  // WITH or RETURN
        let distinct = acceptKeyword("DISTINCT")
        let (star, items) = try parseProjectionItems()
        var whereExpr: Expr?
        if isWith, acceptKeyword("WHERE") { whereExpr = try parseExpression() }
        var orderBy: [SortItem] = []
        if acceptKeyword("ORDER") {
            guard acceptKeyword("BY") else { throw unexpected("BY") }
            repeat { orderBy.append(try parseSortItem()) } while accept(",")
        }
        var skip: Expr?, limit: Expr?
        if acceptKeyword("SKIP") { skip = try parseExpression() }
        if acceptKeyword("LIMIT") { limit = try parseExpression() }
        if isWith, whereExpr == nil, acceptKeyword("WHERE") { whereExpr = try parseExpression() }
        return ProjectionClause(distinct: distinct, star: star, items: items, orderBy: orderBy, skip: skip,
                                limit: limit, whereExpr: whereExpr, span: SourceSpan(start: start, end: lastEnd))
    }

    // projectionItems ::= ( "*" | projectionItem ) ( "," projectionItem )*
    // projectionItem ::= expression ( "AS" symbolicName )?
    func parseProjectionItems() throws -> (star: Bool, items: [ProjectionItem]) {
        var star = false
        var items: [ProjectionItem] = []
        if accept("*") {
            star = true
            guard accept(",") else { return (star, items) }
        }
        repeat {
            let expr = try parseExpression()
            var alias: Identifier?
            if acceptKeyword("AS") { alias = try parseSymbolicName("an alias name") }
            items.append(ProjectionItem(expr: expr, alias: alias, text: source.slice(expr.span)))
        } while accept(",")
        return (star, items)
    }

    // sortItem ::= expression ( "ASC" | "ASCENDING" | "DESC" | "DESCENDING" )?
    func parseSortItem() throws -> SortItem {
        let expr = try parseExpression()
        var descending = false
        if acceptKeyword("DESC") || acceptKeyword("DESCENDING") {
            descending = true
        } else if !acceptKeyword("ASC") {
            _ = acceptKeyword("ASCENDING")
        }
        return SortItem(expr: expr, descending: descending)
    }

    // copy ::= "COPY" symbolicName "FROM" StringLiteral ( "(" copyOption ( "," copyOption )* ")" )?
    // copyOption ::= symbolicName "="? ( StringLiteral | "TRUE" | "FALSE" | symbolicName | IntegerLiteral )
    func parseCopy() throws -> CopyClause {
        let start = here.start
        try expectKeyword("COPY")
        let table = try parseSymbolicName("a label or relationship type")
        guard acceptKeyword("FROM") else { throw unexpected("FROM") }
        guard let pathToken = token(), pathToken.kind == .string else { throw unexpected("a file path string") }
        advance()
        let path = try decodeString(pathToken)
        var options: [(key: String, value: String, span: SourceSpan)] = []
        if accept("(") {
            repeat {
                let keyStart = here.start
                let key = try parseSymbolicName("a COPY option (HEADER, DELIM, KEY, FROM, TO)")
                _ = accept("=")
                guard let v = token() else { throw unexpected("an option value") }
                let value: String
                switch v.kind {
                case .string: value = try decodeString(v)
                case .keyword where word() == "TRUE" || word() == "FALSE": value = word().lowercased()
                case .identifier, .keyword, .integer: value = v.identifierName
                default: throw unexpected("an option value")
                }
                advance()
                options.append((key: key.name.uppercased(), value: value,
                                span: SourceSpan(start: keyStart, end: lastEnd)))
            } while accept(",")
            try expect(")", "',' or ')'")
        }
        return CopyClause(table: table, path: path, pathSpan: pathToken.span, options: options,
                          span: SourceSpan(start: start, end: lastEnd))
    }

    /// Clauses and statements outside the supported subset: an UnsupportedFeature error.
    func refuseUnsupportedClause() throws {
        let w = word()
        guard token()?.kind == .keyword || token()?.kind == .identifier else { return }
        let span = here
        switch w {
        case "MERGE", "SET", "DELETE", "REMOVE", "CALL", "UNION", "FOREACH", "USE", "SHOW":
            throw unsupported(w, at: span)
        case "DETACH":
            throw unsupported("DETACH DELETE", at: span.union(token(1)?.span ?? span))
        case "LOAD":
            throw unsupported("LOAD CSV", at: span.union(token(1)?.span ?? span))
        case "OPTIONAL" where isWord("CALL", 1):
            throw unsupported("CALL", at: span)
        case "DROP", "ALTER", "GRANT", "REVOKE", "START", "STOP", "TERMINATE", "FINISH", "INSERT":
            // Only at the start of a clause, where a plain identifier is never valid anyway.
            throw unsupported(w, at: span)
        default:
            return
        }
    }
}
