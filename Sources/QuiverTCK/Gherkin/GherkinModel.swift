// Gherkin model: the parsed form of a .feature file, with Scenario Outlines already expanded
// into one concrete scenario per Examples row and Background steps prepended.

/// A step argument: a doc string (`"""` block) or a data table.
public enum StepArgument: Sendable, Equatable {
    case docString(String)
    case table(DataTable)
}

/// A data table; cells are trimmed and have Gherkin's escapes (`\|`, `\\`, `\n`) undone.
public struct DataTable: Sendable, Equatable {
    public var rows: [[String]]
    /// The 1-based file line of each row.
    public var lines: [Int]
    public init(rows: [[String]], lines: [Int]) { self.rows = rows; self.lines = lines }
}

public struct Step: Sendable, Equatable {
    /// `Given`, `When`, `Then`, `And`, `But` or `*`.
    public var keyword: String
    /// The text after the keyword.
    public var text: String
    public var line: Int
    public var argument: StepArgument?
    public init(keyword: String, text: String, line: Int, argument: StepArgument? = nil) {
        self.keyword = keyword; self.text = text; self.line = line; self.argument = argument
    }

    /// The doc string argument, if any.
    public var docString: String? {
        if case .docString(let s) = argument { return s }
        return nil
    }

    /// The table argument, if any.
    public var table: DataTable? {
        if case .table(let t) = argument { return t }
        return nil
    }
}

/// One runnable scenario (an outline contributes one per Examples row).
public struct Scenario: Sendable, Equatable {
    public var name: String
    /// The scenario's line, or for an outline the line of its Examples row.
    public var line: Int
    /// Tags of the feature, rule, scenario and examples block, e.g. `@ignore`.
    public var tags: [String]
    /// Background steps first, then the scenario's own.
    public var steps: [Step]
    public init(name: String, line: Int, tags: [String], steps: [Step]) {
        self.name = name; self.line = line; self.tags = tags; self.steps = steps
    }
}

public struct Feature: Sendable, Equatable {
    public var name: String
    public var line: Int
    public var tags: [String]
    public var scenarios: [Scenario]
    public init(name: String, line: Int, tags: [String], scenarios: [Scenario]) {
        self.name = name; self.line = line; self.tags = tags; self.scenarios = scenarios
    }
}

/// A malformed feature file.
public struct GherkinError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public init(line: Int, message: String) { self.line = line; self.message = message }
    public var description: String { "line \(line): \(message)" }
}
