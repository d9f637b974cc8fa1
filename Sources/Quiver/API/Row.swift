// Row: one row of a result, read by column name or index as typed Swift values; QueryResult as
// a collection of rows (`for row in result`), with typed column and scalar reads.

public struct Row: Sendable, Hashable {
    public let columns: [String]
    public let values: [CypherValue]

    public init(columns: [String], values: [CypherValue]) {
        self.columns = columns; self.values = values
    }

    /// The index of `column`, or nil when the row has no such column.
    public func index(of column: String) -> Int? { columns.firstIndex(of: column) }

    /// The raw value of `column`; throws `.apiError` (MissingColumn) when there is none.
    public func value(_ column: String) throws -> CypherValue {
        guard let i = index(of: column), i < values.count else { throw Row.missingColumn(column, columns) }
        return values[i]
    }

    /// The raw value at `index`; throws `.apiError` (MissingColumn) when out of range.
    public func value(at index: Int) throws -> CypherValue {
        guard index >= 0, index < values.count else {
            throw QuiverError(.apiError, "no column at index \(index) (the row has \(values.count) columns)", detail: "MissingColumn")
        }
        return values[index]
    }

    /// `column` as `T`. Null reads as nil when `T` is an Optional and is an error otherwise.
    public func get<T: CypherValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
        try value(column).converted(to: T.self, what: "column '\(column)'")
    }

    /// The value at `index` as `T`.
    public func get<T: CypherValueConvertible>(_ index: Int, as type: T.Type = T.self) throws -> T {
        let name = index >= 0 && index < columns.count ? columns[index] : "#\(index)"
        return try value(at: index).converted(to: T.self, what: "column '\(name)'")
    }

    /// `let name: String = try row["name"]`
    public subscript<T: CypherValueConvertible>(_ column: String) -> T {
        get throws { try get(column) }
    }

    /// `let n: Int? = try row[1]`
    public subscript<T: CypherValueConvertible>(_ index: Int) -> T {
        get throws { try get(index) }
    }

    /// The row as a map from column name to value.
    public var dictionary: [String: CypherValue] {
        var m: [String: CypherValue] = [:]
        for (c, v) in zip(columns, values) { m[c] = v }
        return m
    }

    static func missingColumn(_ column: String, _ columns: [String]) -> QuiverError {
        let have = columns.isEmpty ? "none" : columns.map { "'\($0)'" }.joined(separator: ", ")
        return QuiverError(.apiError, "no column named '\(column)' (columns: \(have))", detail: "MissingColumn")
    }
}

extension QueryResult: RandomAccessCollection {
    public typealias Element = Row
    public typealias Index = Int
    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }
    /// An index outside the rows gives a row without values (every read of it throws).
    public subscript(position: Int) -> Row {
        guard position >= 0, position < rows.count else { return Row(columns: columns, values: []) }
        return Row(columns: columns, values: rows[position])
    }

    /// Every value of `column`, as `T`.
    public func column<T: CypherValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> [T] {
        guard let i = columns.firstIndex(of: column) else { throw Row.missingColumn(column, columns) }
        return try rows.map { row in
            guard i < row.count else { throw Row.missingColumn(column, columns) }
            return try row[i].converted(to: T.self, what: "column '\(column)'")
        }
    }

    /// The one value of a one-row, one-column result (`RETURN count(*)`), as `T`.
    public func scalar<T: CypherValueConvertible>(_ type: T.Type = T.self) throws -> T {
        guard rows.count == 1, columns.count == 1, let v = rows.first?.first else {
            throw QuiverError(.apiError, "expected one row with one column, got \(rows.count) row(s) and \(columns.count) column(s)",
                              detail: "NotScalar")
        }
        return try v.converted(to: T.self, what: "column '\(columns[0])'")
    }
}
