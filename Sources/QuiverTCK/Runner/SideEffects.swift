// SideEffects: the `+nodes | 1` style counts of a TCK side-effects table, compared with the
// UpdateStats of the query under test (Quiver never deletes, so the minus counts are 0).
import Quiver

struct SideEffects: Equatable {
    static let keys = ["+nodes", "-nodes", "+relationships", "-relationships",
                       "+properties", "-properties", "+labels", "-labels"]
    var counts: [String: Int] = [:]

    init() {}

    /// From a two-column table; keys that are not listed count 0.
    init(table: DataTable) throws {
        for (row, line) in zip(table.rows, table.lines) {
            guard row.count == 2, let key = row.first, let text = row.last else {
                throw TCKValueParseError(message: "side effects at line \(line): expected two cells")
            }
            guard SideEffects.keys.contains(key) else {
                throw TCKValueParseError(message: "side effects at line \(line): unknown key '\(key)'")
            }
            guard let n = Int(text) else {
                throw TCKValueParseError(message: "side effects at line \(line): '\(text)' is not a count")
            }
            counts[key] = n
        }
    }

    init(_ stats: UpdateStats) {
        counts["+nodes"] = stats.nodesCreated
        counts["+relationships"] = stats.relationshipsCreated
        counts["+properties"] = stats.propertiesSet
        counts["+labels"] = stats.labelsAdded
    }

    func count(_ key: String) -> Int { counts[key] ?? 0 }

    /// nil when equal, else `+nodes: expected 1, got 2; ...`.
    func mismatch(actual: SideEffects) -> String? {
        let diffs = SideEffects.keys.compactMap { key -> String? in
            count(key) == actual.count(key) ? nil : "\(key) expected \(count(key)), got \(actual.count(key))"
        }
        return diffs.isEmpty ? nil : "side effects: " + diffs.joined(separator: ", ")
    }
}
