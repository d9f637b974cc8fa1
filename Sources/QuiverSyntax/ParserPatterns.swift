// ParserPatterns: graph patterns of MATCH and CREATE: pattern parts, node and relationship
// patterns, label and type lists, variable-length ranges and shortestPath forms.

extension CypherParser {
    // pattern ::= patternPart ( "," patternPart )*
    func parsePattern() throws -> [PatternPart] {
        var parts: [PatternPart] = []
        repeat { parts.append(try parsePatternPart()) } while accept(",")
        return parts
    }

    // patternPart ::= ( variable "=" )? ( shortestPath | patternElement )
    // shortestPath ::= ( "shortestPath" | "allShortestPaths" ) "(" patternElement ")"
    func parsePatternPart() throws -> PatternPart {
        let start = here.start
        var pathVariable: Identifier?
        if isVariableName(), isSymbol("=", 1) {
            pathVariable = try parseVariable()
            advance()  // =
        }
        var shortest = PatternPart.Shortest.none
        if token()?.kind == .identifier, isSymbol("(", 1), isWord("SHORTESTPATH") || isWord("ALLSHORTESTPATHS") {
            shortest = isWord("SHORTESTPATH") ? .shortest : .allShortest
            advance(); advance()
            let (node, steps) = try parsePatternElement()
            try expect(")", "')' closing \(shortest == .shortest ? "shortestPath" : "allShortestPaths")")
            return PatternPart(pathVariable: pathVariable, shortest: shortest, start: node, steps: steps,
                               span: SourceSpan(start: start, end: lastEnd))
        }
        let (node, steps) = try parsePatternElement()
        return PatternPart(pathVariable: pathVariable, shortest: shortest, start: node, steps: steps,
                           span: SourceSpan(start: start, end: lastEnd))
    }

    // patternElement ::= nodePattern ( relationshipPattern nodePattern )*
    func parsePatternElement() throws -> (NodePattern, [PatternStep]) {
        if isSymbol("("), isSymbol("(", 1) {
            throw unsupported("A parenthesized path pattern", at: here, detail: "parenthesized path pattern")
        }
        let node = try parseNodePattern()
        var steps: [PatternStep] = []
        while isSymbol("-") || (isSymbol("<") && isSymbol("-", 1)) {
            let rel = try parseRelationshipPattern()
            steps.append(PatternStep(relationship: rel, node: try parseNodePattern()))
        }
        return (node, steps)
    }

    // nodePattern ::= "(" variable? nodeLabels? properties? ")"
    // nodeLabels ::= ( ":" symbolicName )+
    func parseNodePattern() throws -> NodePattern {
        let start = here.start
        try expect("(", "'(' starting a node pattern")
        var variable: Identifier?
        if isVariableName() { variable = try parseVariable() }
        var labels: [Identifier] = []
        while accept(":") { labels.append(try parseSymbolicName("a label name")) }
        let properties = try parsePatternProperties()
        try expect(")", properties == nil ? (labels.isEmpty && variable == nil ? "a variable, ':', '{' or ')'"
                                                : "':', '{' or ')'") : "')'")
        return NodePattern(variable: variable, labels: labels, properties: properties,
                           span: SourceSpan(start: start, end: lastEnd))
    }

    // properties ::= mapLiteral | Parameter
    func parsePatternProperties() throws -> Expr? {
        if isSymbol("{") { return try parseMapLiteral() }
        if let t = token(), t.kind == .parameter { return parseParameter() }
        return nil
    }

    // relationshipPattern ::= "<" "-" relationshipDetail? "-" ">"? | "-" relationshipDetail? "-" ">"?
    // relationshipDetail ::= "[" variable? relationshipTypes? varLength? properties? "]"
    // relationshipTypes ::= ":" symbolicName ( "|" ":"? symbolicName )*
    func parseRelationshipPattern() throws -> RelationshipPattern {
        let start = here.start
        let incoming = accept("<")
        try expect("-", "'-'")
        var variable: Identifier?
        var types: [Identifier] = []
        var properties: Expr?
        var length: VarLength?
        let detailed = accept("[")
        if detailed {
            if isVariableName() { variable = try parseVariable() }
            if accept(":") {
                types.append(try parseSymbolicName("a relationship type"))
                while accept("|") {
                    _ = accept(":")
                    types.append(try parseSymbolicName("a relationship type"))
                }
            }
            if isSymbol("*") { length = try parseVarLength() }
            properties = try parsePatternProperties()
            try expect("]", "']'")
        }
        try expect("-", detailed ? "'-' or '->'" : "'[' or '-'")
        let outgoing = accept(">")
        let direction: Direction = incoming == outgoing ? .both : (incoming ? .incoming : .outgoing)
        return RelationshipPattern(variable: variable, types: types, direction: direction, properties: properties,
                                   length: length, span: SourceSpan(start: start, end: lastEnd))
    }

    // varLength ::= "*" "SHORTEST"? IntegerLiteral? ( ".." IntegerLiteral? )?
    func parseVarLength() throws -> VarLength {
        try expect("*")
        let shortest = acceptKeyword("SHORTEST")
        var minimum: Int?, maximum: Int?
        if token()?.kind == .integer { minimum = try parseRangeBound() }
        if accept("..") {
            if token()?.kind == .integer { maximum = try parseRangeBound() }
        } else {
            maximum = minimum  // `*2` means exactly two hops
        }
        return VarLength(min: minimum, max: maximum, shortest: shortest)
    }

    private func parseRangeBound() throws -> Int {
        let t = advance()
        let value = try integerValue(t, negated: false)
        guard let n = Int(exactly: value) else { throw syntaxError("Invalid range bound", at: t.span) }
        return n
    }
}
