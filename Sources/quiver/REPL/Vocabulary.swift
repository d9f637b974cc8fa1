// Vocabulary: the words of the language the REPL completes and highlights: clause and
// operator keywords and the built-in function names.

enum Vocabulary {
    static let keywords: [String] = [
        "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "AS", "CREATE", "COPY", "FROM",
        "ORDER", "BY", "ASC", "ASCENDING", "DESC", "DESCENDING", "SKIP", "LIMIT", "DISTINCT",
        "AND", "OR", "XOR", "NOT", "IN", "IS", "NULL", "TRUE", "FALSE", "STARTS", "ENDS", "CONTAINS",
        "CASE", "WHEN", "THEN", "ELSE", "END", "EXPLAIN", "PROFILE", "SHORTEST", "HEADER", "DELIM", "KEY", "TO",
    ]

    static let keywordSet: Set<String> = Set(keywords)

    static let functions: [String] = [
        "abs", "all", "any", "avg", "ceil", "coalesce", "collect", "cos", "count", "endNode", "exists", "exp",
        "floor", "head", "id", "isEmpty", "keys", "labels", "last", "left", "length", "log", "log10", "lTrim",
        "max", "min", "nodes", "none", "percentileCont", "percentileDisc", "properties", "range", "reduce",
        "relationships", "replace", "reverse", "right", "round", "rTrim", "sign", "sin", "single", "size", "split",
        "sqrt", "startNode", "stDev", "stDevP", "substring", "sum", "tail", "tan", "toBoolean", "toFloat",
        "toInteger", "toLower", "toString", "toUpper", "trim", "type", "shortestPath", "allShortestPaths",
    ]
}
