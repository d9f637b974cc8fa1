// ANSIStyle: the few terminal colour codes the table renderer uses, and which value kinds
// get which colour.

enum ANSIStyle {
    static let reset = "\u{1B}[0m"
    static let dim = "\u{1B}[2m"
    static let bold = "\u{1B}[1m"
    static let cyan = "\u{1B}[36m"
    static let green = "\u{1B}[32m"
    static let yellow = "\u{1B}[33m"

    /// The colour for a cell holding `value`, or nil for plain text.
    static func code(for value: CypherValue) -> String? {
        switch value {
        case .null: return dim
        case .int, .double: return cyan
        case .string: return green
        case .bool: return yellow
        case .list, .map, .node, .relationship, .path: return nil
        }
    }

    /// `text` wrapped in `code` (when there is one) and a reset.
    static func wrap(_ text: String, _ code: String?) -> String {
        guard let code, !text.isEmpty else { return text }
        return code + text + reset
    }
}
