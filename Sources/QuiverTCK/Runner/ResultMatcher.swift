// ResultMatcher: compares a query's result with an expected TCK table (column names, then rows
// in order or as a multiset) and says concisely what differs.
import Quiver

enum ResultMatcher {
    /// Longest row text shown in a message.
    static let maxRowText = 200

    /// nil when `actual` matches `table`, else why not.
    static func mismatch(expected table: DataTable, actual: QueryResult, ordered: Bool,
                         ignoreListOrder: Bool) -> String? {
        let header = table.rows.first ?? []
        if actual.columns != header {
            return "columns: expected \(list(header)), got \(list(actual.columns))"
        }
        var expectedRows: [[TCKValue]] = []
        for (cells, line) in zip(table.rows.dropFirst(), table.lines.dropFirst()) {
            do { expectedRows.append(try cells.map(TCKValueParser.parse)) } catch {
                return "cannot read the expected row at line \(line): \(error)"
            }
        }
        let actualRows = actual.rows.map { $0.map(TCKValue.init) }
        let comparer = TCKValueComparer(ignoreListOrder: ignoreListOrder)
        let rowEqual: ([TCKValue], [TCKValue]) -> Bool = { comparer.equalInOrder($0, $1) }
        let counts = "expected \(rowCount(expectedRows.count)), got \(actualRows.count)"

        if ordered {
            for (i, (e, a)) in zip(expectedRows, actualRows).enumerated() where !rowEqual(e, a) {
                let prefix = expectedRows.count == actualRows.count ? "" : counts + "; "
                return prefix + "row \(i + 1): expected \(render(e)), got \(render(a))"
            }
            if expectedRows.count != actualRows.count {
                let more = expectedRows.count > actualRows.count
                    ? "first missing \(render(expectedRows[actualRows.count]))"
                    : "first extra \(render(actualRows[expectedRows.count]))"
                return "\(counts); \(more)"
            }
            return nil
        }
        let diff = MultisetDiff(expected: expectedRows, actual: actualRows, equal: rowEqual)
        if diff.isEmpty { return nil }
        var parts = expectedRows.count == actualRows.count ? [] : [counts]
        if let first = diff.missing.first {
            parts.append("missing \(render(expectedRows[first]))" + more(diff.missing.count))
        }
        if let first = diff.extra.first {
            parts.append("unexpected \(render(actualRows[first]))" + more(diff.extra.count))
        }
        return parts.joined(separator: "; ")
    }

    /// nil for a result with no columns and no rows.
    static func emptyMismatch(_ actual: QueryResult) -> String? {
        if actual.columns.isEmpty && actual.rows.isEmpty { return nil }
        return "expected an empty result, got columns \(list(actual.columns)) and \(rowCount(actual.rows.count))"
    }

    static func rowCount(_ n: Int) -> String { n == 1 ? "1 row" : "\(n) rows" }

    private static func more(_ n: Int) -> String { n > 1 ? " (+\(n - 1) more)" : "" }

    private static func list(_ names: [String]) -> String { "[" + names.joined(separator: ", ") + "]" }

    static func render(_ row: [TCKValue]) -> String {
        let text = "| " + row.map(\.description).joined(separator: " | ") + " |"
        return text.count > maxRowText ? String(text.prefix(maxRowText)) + "..." : text
    }
}
