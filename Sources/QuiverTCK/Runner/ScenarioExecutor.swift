// ScenarioExecutor: runs the steps of one scenario against a fresh Quiver graph and decides
// passed / failed / skipped (skipped only when Quiver answers UnsupportedFeature).
import Foundation
import Quiver
import QuiverSyntax

struct ScenarioExecutor {
    var graphs: GraphLocator
    var featureFile: URL
    var options: SessionOptions

    /// Ends the scenario early with a status.
    private struct Stop: Error { var status: ScenarioStatus }

    /// What the state of a scenario is between steps.
    private final class Context {
        var session: Session?
        var parameters: [String: CypherValue] = [:]
        /// Outcome of the last query or control query (what `Then` steps check).
        var last: Result<QueryResult, QuiverError>?
        /// Stats of the last `executing query` (what side-effect steps check).
        var stats = UpdateStats()
        /// An error of the last query or control query that no step has checked yet.
        var uncheckedError: QuiverError?
    }

    func run(_ scenario: Scenario) -> ScenarioStatus {
        let ctx = Context()
        do {
            for step in scenario.steps { try perform(step, ctx) }
            if let e = ctx.uncheckedError { return .failed("unexpected \(describe(e))") }
            return .passed
        } catch let stop as Stop {
            return stop.status
        } catch {
            return .failed("\(error)")
        }
    }

    private func perform(_ step: Step, _ ctx: Context) throws {
        switch StepAction(step.text) {
        case .emptyGraph, .anyGraph:
            ctx.session = Session(graph: Graph(), options: options)
        case .namedGraph(let name):
            ctx.session = Session(graph: try loadGraph(name), options: options)
        case .setupQuery:
            if case .failure(let e) = try execute(try doc(step), ctx) {
                throw Stop(status: .failed("setup query failed: \(describe(e))"))
            }
        case .parameters:
            try readParameters(step, ctx)
        case .executeQuery:
            let outcome = try execute(try doc(step), ctx)
            ctx.last = outcome
            switch outcome {
            case .success(let r): ctx.stats = r.stats; ctx.uncheckedError = nil
            case .failure(let e): ctx.stats = UpdateStats(); ctx.uncheckedError = e
            }
        case .executeControlQuery:
            let outcome = try execute(try doc(step), ctx)
            ctx.last = outcome
            // A failing control query must be checked too; its stats are not side effects.
            if case .failure(let e) = outcome { ctx.uncheckedError = e }
        case .expectResult(let ordered, let ignoreListOrder):
            let result = try lastResult(ctx)
            guard let table = step.table else { throw Stop(status: .failed("result step at line \(step.line) has no table")) }
            if let why = ResultMatcher.mismatch(expected: table, actual: result, ordered: ordered, ignoreListOrder: ignoreListOrder) {
                throw Stop(status: .failed(why))
            }
        case .expectEmptyResult:
            if let why = ResultMatcher.emptyMismatch(try lastResult(ctx)) { throw Stop(status: .failed(why)) }
        case .expectNoSideEffects:
            try checkSideEffects(SideEffects(), ctx)
        case .expectSideEffects:
            guard let table = step.table else { throw Stop(status: .failed("side effects step at line \(step.line) has no table")) }
            try checkSideEffects(try SideEffects(table: table), ctx)
        case .expectError(let type, let phase, let detail):
            try checkError(type: type, phase: phase, detail: detail, ctx)
        case .procedure:
            // No procedures can be registered: a CALL to one then fails or is unsupported.
            break
        case .unknown:
            throw Stop(status: .failed("unknown step at line \(step.line): \(step.keyword) \(step.text)"))
        }
    }

    private func doc(_ step: Step) throws -> String {
        guard let text = step.docString else {
            throw Stop(status: .failed("step at line \(step.line) needs a doc string"))
        }
        return text
    }

    /// Runs a query; UnsupportedFeature ends the scenario as skipped.
    private func execute(_ query: String, _ ctx: Context) throws -> Result<QueryResult, QuiverError> {
        let session = ctx.session ?? Session(graph: Graph(), options: options)
        ctx.session = session
        do {
            return .success(try session.run(query, parameters: ctx.parameters))
        } catch let e as QuiverError {
            if e.kind == .unsupportedFeature { throw Stop(status: .skipped(oneLine(e.message))) }
            return .failure(e)
        } catch {
            return .failure(QuiverError(.hostError, "\(error)", phase: .runtime))
        }
    }

    private func loadGraph(_ name: String) throws -> Graph {
        guard let scripts = graphs.scripts(for: name, near: featureFile) else {
            throw Stop(status: .failed("graph '\(name)' not found (looked for graphs/\(name)/\(name).cypher)"))
        }
        var loadOptions = options
        loadOptions.allowFileAccess = true
        let graph = Graph()
        let session = Session(graph: graph, options: loadOptions)
        for url in scripts {
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw Stop(status: .failed("cannot read \(url.path): \(error)"))
            }
            do { try session.run(text) } catch let e as QuiverError {
                if e.kind == .unsupportedFeature { throw Stop(status: .skipped("graph \(name): \(e.message)")) }
                throw Stop(status: .failed("loading graph \(name) failed: \(describe(e))"))
            }
        }
        return graph
    }

    private func readParameters(_ step: Step, _ ctx: Context) throws {
        guard let table = step.table else { throw Stop(status: .failed("parameters step at line \(step.line) has no table")) }
        for (row, line) in zip(table.rows, table.lines) {
            guard row.count == 2, let name = row.first, let text = row.last else {
                throw Stop(status: .failed("parameter row at line \(line) needs two cells"))
            }
            do { ctx.parameters[name] = try TCKValueParser.parse(text).cypherValue() } catch {
                throw Stop(status: .failed("parameter '\(name)' at line \(line): \(error)"))
            }
        }
    }

    private func lastResult(_ ctx: Context) throws -> QueryResult {
        switch ctx.last {
        case .success(let r)?: return r
        case .failure(let e)?: throw Stop(status: .failed("expected a result, got \(describe(e))"))
        case nil: throw Stop(status: .failed("no query was executed before the result step"))
        }
    }

    private func checkSideEffects(_ expected: SideEffects, _ ctx: Context) throws {
        if let why = expected.mismatch(actual: SideEffects(ctx.stats)) { throw Stop(status: .failed(why)) }
    }

    private func checkError(type: String, phase: ExpectedPhase, detail: String, _ ctx: Context) throws {
        let expected = "\(type)(\(detail)) at \(phase.rawValue)"
        switch ctx.last {
        case nil:
            throw Stop(status: .failed("expected \(expected), but no query was executed"))
        case .success(let r)?:
            throw Stop(status: .failed("expected \(expected), got a result with \(ResultMatcher.rowCount(r.rows.count))"))
        case .failure(let e)?:
            ctx.uncheckedError = nil
            let phaseOK = phase == .anyTime || phase.rawValue == e.phase.rawValue
            let detailOK = detail == "*" || e.detail == detail
            if e.kind.rawValue != type || !detailOK || !phaseOK {
                throw Stop(status: .failed("expected \(expected), got \(describe(e))"))
            }
        }
    }

    /// `SyntaxError(UndefinedVariable) at compile time: message`.
    private func describe(_ e: QuiverError) -> String {
        "\(e.kind.rawValue)(\(e.detail ?? "-")) at \(e.phase.rawValue): \(oneLine(e.message))"
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
