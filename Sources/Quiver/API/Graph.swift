// Graph: the public handle on one in-memory property graph. Readers take an immutable
// snapshot (a copy-on-write value); writers are serialised and swap in a new snapshot only
// when their statement succeeds, so a failing statement leaves the graph as it was.
import Foundation
import QuiverSyntax
import Synchronization

public final class Graph: @unchecked Sendable {
    /// Serialises writers.
    private let writeLock = NSLock()
    /// Guards `current` (held only for the swap or the copy, never while a query runs).
    private let stateLock = NSLock()
    private var current: GraphStore

    /// An empty graph.
    public init() { current = GraphStore() }

    init(store: GraphStore) { current = store }

    /// A graph built by running a Cypher script (CREATE statements, COPY, ...).
    public convenience init(script url: URL) throws {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw QuiverError(.ioError, "cannot read \(url.path): \(error.localizedDescription)")
        }
        try self.init(scriptText: text, name: url.lastPathComponent, fileAccess: true)
    }

    /// A graph built by running the statements of `scriptText`.
    public convenience init(scriptText: String, name: String = "<script>", fileAccess: Bool = false) throws {
        self.init()
        var options = SessionOptions()
        options.allowFileAccess = fileAccess
        let session = Session(graph: self, options: options)
        try session.runAll(scriptText, name: name)
    }

    /// The graph of the five articles, bundled with the library.
    public static func articles() throws -> Graph {
        guard let url = Bundle.module.url(forResource: "articles", withExtension: "cypher") else {
            throw QuiverError(.ioError, "the article graph resource is missing from the bundle")
        }
        return try Graph(script: url)
    }

    /// Counts committed writes: a program planned at one generation stays valid until the next.
    /// Changed under stateLock; atomic so that a cached program's check reads it without the lock.
    private let generation = Atomic<Int>(0)

    /// The current snapshot (cheap: a copy-on-write value).
    var snapshot: GraphStore { stateLock.withLock { current } }

    /// The generation alone (a reused machine already holds its snapshot).
    var currentGeneration: Int { generation.load(ordering: .acquiring) }

    /// The current snapshot and its generation, read together.
    var versionedSnapshot: (store: GraphStore, generation: Int) { stateLock.withLock { (current, generation.load(ordering: .relaxed)) } }

    /// Runs `body` on a private copy of the graph; commits the copy only if `body` returns.
    func write<T>(_ body: (inout GraphStore) throws -> T) rethrows -> T {
        writeLock.lock(); defer { writeLock.unlock() }
        var copy = snapshot
        let result = try body(&copy)
        stateLock.withLock {
            current = copy
            generation.add(1, ordering: .releasing)
        }
        return result
    }

    public var nodeCount: Int { snapshot.nodeCount }
    public var relationshipCount: Int { snapshot.relationshipCount }
}
