// CSV imports from Swift: `Graph(csv: [.nodes(label: "Company", file: url), ...])`, the same
// bulk importer as `COPY`, without writing the statements by hand. Each import runs as one COPY
// statement; the first failure throws (located in the generated statement) and stops.
import Foundation

/// One CSV file to import: nodes of a label, or relationships of a type between two labels
/// whose nodes were imported with a key (see docs/embedding.md).
public enum CSVSource: Sendable, Hashable {
    case nodes(label: String, file: URL, key: String? = nil, header: Bool = true, delimiter: Character = ",")
    case relationships(type: String, file: URL, from: String, to: String, header: Bool = true, delimiter: Character = ",")

    /// The COPY statement for this import.
    public var statement: String {
        func name(_ s: String) -> String { "`" + s.replacingOccurrences(of: "`", with: "``") + "`" }
        func string(_ s: String) -> String { CypherValue.string(s).literal }
        switch self {
        case .nodes(let label, let file, let key, let header, let delimiter):
            var opts = ["HEADER \(header)", "DELIM \(string(String(delimiter)))"]
            if let key { opts.append("KEY \(string(key))") }
            return "COPY \(name(label)) FROM \(string(file.path)) (\(opts.joined(separator: ", ")))"
        case .relationships(let type, let file, let from, let to, let header, let delimiter):
            let opts = ["HEADER \(header)", "DELIM \(string(String(delimiter)))", "FROM \(string(from))", "TO \(string(to))"]
            return "COPY \(name(type)) FROM \(string(file.path)) (\(opts.joined(separator: ", ")))"
        }
    }
}

extension Graph {
    /// A graph built from CSV files, imported in order (nodes before the relationships that join them).
    public convenience init(csv sources: [CSVSource]) throws {
        self.init()
        try importCSV(sources)
    }

    /// Imports CSV files into this graph, in order; returns what they created. Each file is one
    /// statement: a failing file leaves the graph as the files before it made it.
    @discardableResult
    public func importCSV(_ sources: [CSVSource]) throws -> UpdateStats {
        var options = SessionOptions()
        options.allowFileAccess = true
        let session = Session(graph: self, options: options)
        var total = UpdateStats()
        for s in sources {
            let stats = try session.run(s.statement).stats
            total.nodesCreated += stats.nodesCreated
            total.relationshipsCreated += stats.relationshipsCreated
            total.propertiesSet += stats.propertiesSet
            total.labelsAdded += stats.labelsAdded
        }
        return total
    }
}
