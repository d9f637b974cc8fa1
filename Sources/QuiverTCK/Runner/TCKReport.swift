// TCKReport: the outcome of every scenario of a run, the `FAIL file:line name: why` lines and
// the `N passed, N failed, N skipped` totals.

public enum ScenarioStatus: Sendable, Equatable {
    case passed
    case failed(String)
    /// Quiver rejected a query with UnsupportedFeature (the construct is outside v1).
    case skipped(String)
    /// Tagged `@ignore`: not run and not counted.
    case ignored
}

public struct ScenarioResult: Sendable {
    /// The feature file, relative to the folder the run was given.
    public var file: String
    public var line: Int
    public var name: String
    public var status: ScenarioStatus
    public init(file: String, line: Int, name: String, status: ScenarioStatus) {
        self.file = file; self.line = line; self.name = name; self.status = status
    }

    public var location: String { "\(file):\(line)" }

    /// `PASS|FAIL|SKIP|IGNORED file:line name[: why]`.
    public var reportLine: String {
        switch status {
        case .passed: return "PASS \(location) \(name)"
        case .failed(let why): return "FAIL \(location) \(name): \(why)"
        case .skipped(let why): return "SKIP \(location) \(name): \(why)"
        case .ignored: return "IGNORED \(location) \(name)"
        }
    }
}

public struct TCKReport: Sendable {
    public var results: [ScenarioResult]
    public init(results: [ScenarioResult]) { self.results = results }

    public var passed: Int { results.filter { $0.status == .passed }.count }
    public var failed: Int { failures.count }
    public var skipped: Int { results.filter { if case .skipped = $0.status { return true }; return false }.count }

    public var failures: [ScenarioResult] {
        results.filter { if case .failed = $0.status { return true }; return false }
    }

    public var skips: [ScenarioResult] {
        results.filter { if case .skipped = $0.status { return true }; return false }
    }

    public var failureLines: [String] { failures.map(\.reportLine) }

    /// `N passed, N failed, N skipped`.
    public var totals: String { "\(passed) passed, \(failed) failed, \(skipped) skipped" }
}
