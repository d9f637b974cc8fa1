// The parser's entry points: the contract between the Syntax module and its users
// (the engine, the REPL, the tools). The implementation lives in Parser*.swift.

/// One statement of a script: its span (without the `;`) and its parse result.
public struct ParsedStatement: Sendable {
    public var span: SourceSpan
    public var result: Result<Statement, QuiverError>
    public init(span: SourceSpan, result: Result<Statement, QuiverError>) {
        self.span = span; self.result = result
    }
}
