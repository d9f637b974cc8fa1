// StepAction: what a TCK step's text asks for (`Given an empty graph`, `When executing query:`,
// `Then a SyntaxError should be raised at compile time: ...`, ...), independent of its keyword.
import Foundation

/// The phase named in an error expectation.
public enum ExpectedPhase: String, Sendable, Equatable {
    case compileTime = "compile time"
    case runtime
    case anyTime = "any time"
}

public enum StepAction: Sendable, Equatable {
    case emptyGraph
    case anyGraph
    case namedGraph(String)
    case setupQuery
    case parameters
    case executeQuery
    case executeControlQuery
    case expectResult(ordered: Bool, ignoreListOrder: Bool)
    case expectEmptyResult
    case expectNoSideEffects
    case expectSideEffects
    case expectError(type: String, phase: ExpectedPhase, detail: String)
    /// `there exists a procedure test.my.proc(...) :: (...):` (CALL scenarios). Quiver has no
    /// procedure registry; the step is accepted so that the CALL query decides the outcome.
    case procedure
    case unknown

    public init(_ rawText: String) {
        // Collapse runs of whitespace so spacing differences do not matter.
        let text = rawText.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        switch text {
        case "an empty graph": self = .emptyGraph
        case "any graph": self = .anyGraph
        case "having executed:": self = .setupQuery
        case "parameters are:": self = .parameters
        case "executing query:": self = .executeQuery
        case "executing control query:": self = .executeControlQuery
        case "no side effects": self = .expectNoSideEffects
        case "the side effects should be:": self = .expectSideEffects
        case "the result should be empty": self = .expectEmptyResult
        default:
            if text.hasPrefix("there exists a procedure ") { self = .procedure; return }
            self = StepAction.graphStep(text) ?? StepAction.resultStep(text) ?? StepAction.errorStep(text) ?? .unknown
        }
    }

    /// `the <name> graph`.
    private static func graphStep(_ text: String) -> StepAction? {
        guard text.hasPrefix("the "), text.hasSuffix(" graph") else { return nil }
        let name = text.dropFirst(4).dropLast(6)
        guard !name.isEmpty, !name.contains(" ") else { return nil }
        return .namedGraph(String(name))
    }

    /// `the result should be[,] [in any order|in order] [(ignoring element order for lists)]:`.
    private static func resultStep(_ text: String) -> StepAction? {
        let prefix = "the result should be"
        guard text.hasPrefix(prefix), text.hasSuffix(":") else { return nil }
        var rest = String(text.dropFirst(prefix.count).dropLast())
        let ignoring = "(ignoring element order for lists)"
        let ignoreListOrder = rest.contains(ignoring)
        rest = rest.replacingOccurrences(of: ignoring, with: "")
        let ordered: Bool
        if rest.contains("in any order") {
            ordered = false
            rest = rest.replacingOccurrences(of: "in any order", with: "")
        } else if rest.contains("in order") {
            ordered = true
            rest = rest.replacingOccurrences(of: "in order", with: "")
        } else {
            ordered = false
        }
        // Only the comma and spaces may remain.
        guard rest.allSatisfy({ $0 == "," || $0 == " " }) else { return nil }
        return .expectResult(ordered: ordered, ignoreListOrder: ignoreListOrder)
    }

    /// `a[n] <Type> should be raised at <phase>: <Detail>`.
    private static func errorStep(_ text: String) -> StepAction? {
        let words = text.split(separator: " ", maxSplits: 2).map(String.init)
        guard words.count == 3, words[0] == "a" || words[0] == "an" else { return nil }
        let type = words[1]
        let marker = "should be raised at "
        guard words[2].hasPrefix(marker) else { return nil }
        let rest = words[2].dropFirst(marker.count)
        // Without `: <Detail>` any detail is accepted.
        let colon = rest.firstIndex(of: ":") ?? rest.endIndex
        guard let phase = ExpectedPhase(rawValue: String(rest[rest.startIndex..<colon])) else { return nil }
        let detail = colon < rest.endIndex ? rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces) : "*"
        return .expectError(type: type, phase: phase, detail: detail.isEmpty ? "*" : detail)
    }
}
