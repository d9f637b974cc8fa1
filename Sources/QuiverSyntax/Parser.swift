// Placeholder: replaced by the real parser.
public enum Parser {
    /// Splits a script into statements at top-level `;` and parses each one.
    public static func parseScript(_ source: SourceText) -> [ParsedStatement] { [] }
}
