// Session: runs statements against a Graph. It parses, compiles and runs each statement,
// holds session parameters and options, and turns engine values into CypherValues.
import Foundation
import QuiverSyntax
import Synchronization

public struct SessionOptions: Sendable {
    /// COPY and anything else that reads files. Off in the library, on in the CLI.
    public var allowFileAccess = false
    /// When set, file access is limited to this folder and below.
    public var fileRoot: URL? = nil
    /// Maximum rows a statement may return (nil: no limit).
    public var maxRows: Int? = nil
    /// Maximum run time of one statement in seconds (nil: no limit).
    public var timeout: Double? = nil
    /// Maximum number of intermediate values a statement may hold (nil: no limit).
    public var maxIntermediateValues: Int? = nil
    /// Threads a statement may use: a scan feeding an aggregate is split over this many, and
    /// COPY reads a large relationship file in two halves (default: the machine's active
    /// processors; 1 runs everything on the calling thread).
    public var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Nodes a scan must have before it is split (tests lower it to cover the parallel path).
    var parallelMinimumNodes = 100_000
    /// Groups a parallel part may build before the statement falls back to one thread (nil:
    /// derived from the scan size; tests lower it).
    var parallelPartGroupLimit: Int? = nil
    /// Bytes a relationship file must have before COPY reads it with two threads (tests lower it).
    var parallelImportMinimumBytes = 8 << 20
    public init() {}
}

/// One statement of a script and what became of it.
public struct StatementOutcome: Sendable {
    /// The statement's text and position in the script.
    public var text: String
    public var span: SourceSpan
    public var result: Result<QueryResult, QuiverError>
}

/// Thread safety: a Session runs one statement at a time; use one Session per thread (many
/// sessions may share one Graph). `cancel()` and `register`/`unregister` may be called from any
/// thread at any time.
public final class Session: @unchecked Sendable {
    public let graph: Graph
    // Unchecked exclusivity: a session runs one statement at a time (see above), and these
    // are read on every run.
    @exclusivity(unchecked) public var options: SessionOptions
    /// Session parameters (`:param`); per-call parameters override them.
    @exclusivity(unchecked) public var parameters: [String: CypherValue] = [:]

    /// Stops the running statement when set; reset when a call (run, runScript, ...) starts.
    let cancelToken = CancelToken()
    /// Guards `hostTable` (registration may happen while another thread runs a statement).
    let registryLock = NSLock()
    /// Host functions by lower-cased name.
    var hostTable: [String: FunctionDef] = [:]
    /// hostTable.count, readable without the lock.
    let hostFunctionCount = Atomic<Int>(0)
    /// Programs of recently run reading statements (one statement runs at a time per session).
    let programCache = ProgramCache()

    public init(graph: Graph, options: SessionOptions = SessionOptions()) {
        self.graph = graph
        self.options = options
    }

    /// Runs every statement of `query` and returns the result of the last one. Every statement
    /// is parsed before the first one runs, so a syntax error anywhere changes nothing.
    @discardableResult
    public func run(_ query: String, parameters: [String: CypherValue] = [:]) throws -> QueryResult {
        cancelToken.reset()
        let source: SourceText
        var statements: [Statement] = []
        if let (cachedSource, cached) = programCache.parsedScript(query) {
            source = cachedSource
            statements = cached
        } else {
            source = SourceText(query)
            for p in Parser.parseScript(source) {
                switch p.result {
                case .success(let stmt): statements.append(stmt)
                case .failure(let e): throw e.located(in: source)
                }
            }
            programCache.storeParsedScript(source, statements)
        }
        var last = QueryResult(kind: .empty, columns: [], rows: [])
        for stmt in statements {
            last = try execute(stmt, source: source, parameters: parameters)
        }
        return last
    }

    /// Stops the statement this session is running (from any thread): it fails promptly with
    /// kind `.cancelled` and leaves the graph as it was. Without a running statement it does nothing.
    public func cancel() { cancelToken.cancel() }

    /// Runs the statements of a script one by one and reports each outcome. Stops at the first
    /// error unless `continueOnError`. Returns false when any statement failed.
    @discardableResult
    public func runScript(_ text: String, name: String = "<script>", continueOnError: Bool = false,
                          parameters: [String: CypherValue] = [:],
                          onOutcome: (StatementOutcome) -> Void) -> Bool {
        cancelToken.reset()
        let source = SourceText(text, name: name)
        var ok = true
        for p in Parser.parseScript(source) {
            let result: Result<QueryResult, QuiverError>
            switch p.result {
            case .failure(let e): result = .failure(e.located(in: source))
            case .success(let stmt):
                do { result = .success(try execute(stmt, source: source, parameters: parameters)) }
                catch let e as QuiverError { result = .failure(e.located(in: source)) }
                catch { result = .failure(QuiverError(.hostError, "\(error)")) }
            }
            onOutcome(StatementOutcome(text: source.slice(p.span), span: p.span, result: result))
            if case .failure(let e) = result {
                ok = false
                // A cancelled script stops even when it would go on after errors.
                if !continueOnError || e.kind == .cancelled { break }
            }
        }
        return ok
    }

    /// Runs all statements; throws the first error (located).
    func runAll(_ text: String, name: String) throws {
        var firstError: QuiverError?
        runScript(text, name: name) { outcome in
            if case .failure(let e) = outcome.result, firstError == nil { firstError = e }
        }
        if let e = firstError { throw e }
    }

    /// Compiles and runs one parsed statement.
    func execute(_ stmt: Statement, source: SourceText, parameters: [String: CypherValue]) throws -> QueryResult {
        var params = self.parameters
        for (k, v) in parameters { params[k] = v }
        do {
            if cancelToken.isCancelled { throw QuiverError(.cancelled, "the statement was cancelled", phase: .runtime) }
            return try Engine.execute(stmt, source: source, graph: graph, parameters: params, options: options,
                                      hostFunctions: hostFunctions, cancel: cancelToken, cache: programCache)
        } catch let e as QuiverError {
            throw e.located(in: source)
        }
    }
}
