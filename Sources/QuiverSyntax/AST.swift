// AST: the tree the parser builds and the compiler reads. Every node carries a SourceSpan
// (UTF-8 byte offsets) so that any later error can point at the query text.

/// A name as written (backticks removed), with its position.
public struct Identifier: Sendable, Hashable {
    public var name: String
    public var span: SourceSpan
    public init(_ name: String, span: SourceSpan) { self.name = name; self.span = span }
}

/// One parsed statement of a script.
public struct Statement: Sendable {
    public enum Mode: Sendable, Equatable { case run, explain, profile }
    public var mode: Mode
    public var clauses: [Clause]
    /// The span of the whole statement, without its terminating `;`.
    public var span: SourceSpan
    public init(mode: Mode, clauses: [Clause], span: SourceSpan) {
        self.mode = mode; self.clauses = clauses; self.span = span
    }
}

public enum Clause: Sendable {
    case match(MatchClause)
    case unwind(UnwindClause)
    case with(ProjectionClause)
    case `return`(ProjectionClause)
    case create(CreateClause)
    case copy(CopyClause)

    public var span: SourceSpan {
        switch self {
        case .match(let c): return c.span
        case .unwind(let c): return c.span
        case .with(let c), .return(let c): return c.span
        case .create(let c): return c.span
        case .copy(let c): return c.span
        }
    }
}

/// `[OPTIONAL] MATCH pattern, pattern ... [WHERE expr]`
public struct MatchClause: Sendable {
    public var optional: Bool
    public var patterns: [PatternPart]
    public var whereExpr: Expr?
    public var span: SourceSpan
    public init(optional: Bool, patterns: [PatternPart], whereExpr: Expr?, span: SourceSpan) {
        self.optional = optional; self.patterns = patterns; self.whereExpr = whereExpr; self.span = span
    }
}

/// `UNWIND expr AS variable`
public struct UnwindClause: Sendable {
    public var expr: Expr
    public var variable: Identifier
    public var span: SourceSpan
    public init(expr: Expr, variable: Identifier, span: SourceSpan) {
        self.expr = expr; self.variable = variable; self.span = span
    }
}

/// `CREATE pattern, pattern ...`
public struct CreateClause: Sendable {
    public var patterns: [PatternPart]
    public var span: SourceSpan
    public init(patterns: [PatternPart], span: SourceSpan) { self.patterns = patterns; self.span = span }
}

/// `COPY Label FROM 'file.csv' (HEADER=true, DELIM=',', KEY=col)` or
/// `COPY RELTYPE FROM 'file.csv' (FROM Label, TO Label, ...)`.
public struct CopyClause: Sendable {
    public var table: Identifier
    public var path: String
    public var pathSpan: SourceSpan
    /// Options as written, keys upper-cased: `HEADER`, `DELIM`, `KEY`, `FROM`, `TO`.
    /// Values: the literal text (string contents, `true`/`false`, or an identifier).
    public var options: [(key: String, value: String, span: SourceSpan)]
    public var span: SourceSpan
    public init(table: Identifier, path: String, pathSpan: SourceSpan,
                options: [(key: String, value: String, span: SourceSpan)], span: SourceSpan) {
        self.table = table; self.path = path; self.pathSpan = pathSpan; self.options = options; self.span = span
    }
}

/// `WITH ...` and `RETURN ...` share one shape.
public struct ProjectionClause: Sendable {
    public var distinct: Bool
    /// `RETURN *` / `WITH *` (more items may follow the star: `WITH *, x AS y`).
    public var star: Bool
    public var items: [ProjectionItem]
    public var orderBy: [SortItem]
    public var skip: Expr?
    public var limit: Expr?
    /// Only on WITH: `WITH ... WHERE expr`.
    public var whereExpr: Expr?
    public var span: SourceSpan
    public init(distinct: Bool, star: Bool, items: [ProjectionItem], orderBy: [SortItem],
                skip: Expr?, limit: Expr?, whereExpr: Expr?, span: SourceSpan) {
        self.distinct = distinct; self.star = star; self.items = items; self.orderBy = orderBy
        self.skip = skip; self.limit = limit; self.whereExpr = whereExpr; self.span = span
    }
}

public struct ProjectionItem: Sendable {
    public var expr: Expr
    public var alias: Identifier?
    /// The expression's exact source text: the column name when there is no alias.
    public var text: String
    public init(expr: Expr, alias: Identifier?, text: String) {
        self.expr = expr; self.alias = alias; self.text = text
    }
    public var columnName: String { alias?.name ?? text }
}

public struct SortItem: Sendable {
    public var expr: Expr
    public var descending: Bool
    public init(expr: Expr, descending: Bool) { self.expr = expr; self.descending = descending }
}

// MARK: Patterns

/// One comma-separated part of a pattern: `p = (a)-[r]->(b)`, or
/// `p = shortestPath((a)-[*]->(b))` / `allShortestPaths(...)`.
public struct PatternPart: Sendable {
    public enum Shortest: Sendable, Equatable { case none, shortest, allShortest }
    public var pathVariable: Identifier?
    public var shortest: Shortest
    public var start: NodePattern
    public var steps: [PatternStep]
    public var span: SourceSpan
    public init(pathVariable: Identifier?, shortest: Shortest, start: NodePattern,
                steps: [PatternStep], span: SourceSpan) {
        self.pathVariable = pathVariable; self.shortest = shortest; self.start = start
        self.steps = steps; self.span = span
    }
}

/// A relationship and the node after it.
public struct PatternStep: Sendable {
    public var relationship: RelationshipPattern
    public var node: NodePattern
    public init(relationship: RelationshipPattern, node: NodePattern) {
        self.relationship = relationship; self.node = node
    }
}

/// `(var:Label1:Label2 {key: value})`; `properties` is a map literal or a parameter.
public struct NodePattern: Sendable {
    public var variable: Identifier?
    public var labels: [Identifier]
    public var properties: Expr?
    public var span: SourceSpan
    public init(variable: Identifier?, labels: [Identifier], properties: Expr?, span: SourceSpan) {
        self.variable = variable; self.labels = labels; self.properties = properties; self.span = span
    }
}

public enum Direction: Sendable, Equatable {
    /// `-[]->`
    case outgoing
    /// `<-[]-`
    case incoming
    /// `-[]-` (or `<-[]->`)
    case both
}

/// `-[var:T1|T2 *min..max {props}]->`
public struct RelationshipPattern: Sendable {
    public var variable: Identifier?
    public var types: [Identifier]
    public var direction: Direction
    public var properties: Expr?
    /// Non-nil for variable-length relationships.
    public var length: VarLength?
    public var span: SourceSpan
    public init(variable: Identifier?, types: [Identifier], direction: Direction, properties: Expr?,
                length: VarLength?, span: SourceSpan) {
        self.variable = variable; self.types = types; self.direction = direction
        self.properties = properties; self.length = length; self.span = span
    }
}

/// `*` (1..unbounded), `*2`, `*1..3`, `*..3`, `*2..`; Kuzu's `* SHORTEST 1..30` sets `shortest`.
public struct VarLength: Sendable, Equatable {
    public var min: Int?
    public var max: Int?
    public var shortest: Bool
    public init(min: Int?, max: Int?, shortest: Bool = false) {
        self.min = min; self.max = max; self.shortest = shortest
    }
}

// MARK: Expressions

public struct Expr: Sendable {
    public var kind: ExprKind
    public var span: SourceSpan
    public init(_ kind: ExprKind, span: SourceSpan) { self.kind = kind; self.span = span }
}

public struct MapEntry: Sendable {
    public var key: String
    public var keySpan: SourceSpan
    public var value: Expr
    public init(key: String, keySpan: SourceSpan, value: Expr) {
        self.key = key; self.keySpan = keySpan; self.value = value
    }
}

public struct CaseWhen: Sendable {
    public var condition: Expr
    public var result: Expr
    public init(condition: Expr, result: Expr) { self.condition = condition; self.result = result }
}

public enum Literal: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
}

public enum UnaryOp: String, Sendable { case not = "NOT", minus = "-", plus = "+" }

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", mod = "%", pow = "^"
    case eq = "=", ne = "<>", lt = "<", le = "<=", gt = ">", ge = ">="
    case and = "AND", or = "OR", xor = "XOR"
    case startsWith = "STARTS WITH", endsWith = "ENDS WITH", contains = "CONTAINS", `in` = "IN"
}

public indirect enum ExprKind: Sendable {
    case literal(Literal)
    /// `$name` (or `$0`)
    case parameter(String)
    case variable(String)
    case list([Expr])
    case map([MapEntry])
    /// `expr.key`
    case property(Expr, key: String, keySpan: SourceSpan)
    /// `expr[index]` (list index or dynamic map/property access)
    case index(Expr, Expr)
    /// `expr[from..to]`, either bound may be missing
    case slice(Expr, from: Expr?, to: Expr?)
    /// `expr:Label1:Label2`
    case labelTest(Expr, labels: [Identifier])
    case unary(UnaryOp, Expr)
    /// Chained comparisons (`a < b < c`) are desugared by the parser into AND.
    case binary(BinaryOp, Expr, Expr)
    /// `expr IS NULL` (negated: `IS NOT NULL`)
    case isNull(Expr, negated: Bool)
    /// A function call; `name` as written, namespaces joined with `.`.
    case function(name: String, nameSpan: SourceSpan, distinct: Bool, args: [Expr])
    /// `count(*)`
    case countStar
    /// `CASE [subject] WHEN ... THEN ... [ELSE ...] END`
    case caseExpr(subject: Expr?, whens: [CaseWhen], elseExpr: Expr?)
}
