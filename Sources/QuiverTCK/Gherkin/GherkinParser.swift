// GherkinParser: turns the text of a .feature file into a Feature: Feature/Rule/Background/
// Scenario/Scenario Outline/Examples blocks, tags, steps, doc strings and data tables.
import Foundation

public enum GherkinParser {
    /// A scenario or outline as written, before Background steps and Examples are applied.
    struct RawScenario {
        var name: String
        var line: Int
        var tags: [String]
        var background: [Step]
        var steps: [Step] = []
        var isOutline: Bool
        var examples: [RawExamples] = []
    }

    struct RawExamples {
        var line: Int
        var tags: [String]
        var table: DataTable?
    }

    /// Where the next step, doc string or table row goes.
    enum Target { case none, featureBackground, ruleBackground, scenario, examples }

    public static func parse(_ text: String) throws -> Feature {
        var state = State()
        // "\r\n" is one Character in Swift, so it is a separator of its own.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { ch in
            ch == "\n" || ch == "\r\n" || ch == "\r"
        })
        var i = 0
        while i < lines.count {
            let lineNo = i + 1
            let t = GherkinLine.trimmed(lines[i])
            i += 1
            if t.isEmpty || t.hasPrefix("#") { continue }
            if t.hasPrefix("@") {
                state.pendingTags += try GherkinLine.tags(t, lineNumber: lineNo)
            } else if t.hasPrefix("\"\"\"") || t.hasPrefix("```") {
                let (doc, next) = try readDocString(lines, openingIndex: lineNo - 1)
                i = next
                try state.attach(.docString(doc), line: lineNo)
            } else if t.hasPrefix("|") {
                try state.addTableRow(try GherkinLine.tableRow(t, lineNumber: lineNo), line: lineNo)
            } else if let (header, rest) = GherkinLine.header(t) {
                try state.open(header, name: rest, line: lineNo)
            } else if let (keyword, rest) = GherkinLine.step(t) {
                try state.addStep(Step(keyword: keyword, text: rest, line: lineNo))
            } else {
                try state.addDescription(line: lineNo)
            }
        }
        return try state.finish()
    }

    /// Reads a doc string whose opening delimiter is at `openingIndex`; returns its content
    /// (indentation of the delimiter removed) and the index of the line after the closing one.
    static func readDocString(_ lines: [Substring], openingIndex: Int) throws -> (String, Int) {
        guard openingIndex >= 0, openingIndex < lines.count else {
            throw GherkinError(line: openingIndex + 1, message: "doc string outside the file")
        }
        let opening = lines[openingIndex]
        let indent = opening.prefix(while: { $0.isWhitespace }).count
        let delimiter = GherkinLine.trimmed(opening).hasPrefix("```") ? "```" : "\"\"\""
        let escapedDelimiter = delimiter.map { "\\\($0)" }.joined()
        var content: [String] = []
        var j = openingIndex + 1
        while j < lines.count {
            let line = lines[j]
            if GherkinLine.trimmed(line) == delimiter {
                return (content.joined(separator: "\n"), j + 1)
            }
            // Remove at most the delimiter's indentation, never text.
            var dropped = 0
            let body = line.drop(while: { ch in
                guard dropped < indent, ch.isWhitespace else { return false }
                dropped += 1
                return true
            })
            content.append(String(body).replacingOccurrences(of: escapedDelimiter, with: delimiter))
            j += 1
        }
        throw GherkinError(line: openingIndex + 1, message: "unterminated doc string")
    }
}
