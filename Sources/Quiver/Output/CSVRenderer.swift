// CSVRenderer: the `csv` format (RFC 4180 quoting, LF line ends): a header of column names,
// then one record per row; strings raw, null an empty field, other values in literal form.

enum CSVRenderer {
    static func render(_ result: QueryResult) -> String {
        var out = record(result.columns.map { field($0, emptyQuoted: false) })
        for row in result.rows {
            let fields = result.columns.indices.map { i -> String in
                let value = i < row.count ? row[i] : .null
                switch value {
                case .null: return ""
                case .string(let s): return field(s, emptyQuoted: true)
                default: return field(value.literal, emptyQuoted: false)
                }
            }
            out += record(fields)
        }
        return out
    }

    static func record(_ fields: [String]) -> String { fields.joined(separator: ",") + "\n" }

    /// Quoted when it holds a comma, quote, CR or LF; the empty string is quoted (`""`) so
    /// that it differs from null.
    static func field(_ text: String, emptyQuoted: Bool) -> String {
        if text.isEmpty { return emptyQuoted ? "\"\"" : "" }
        let special = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard special else { return text }
        var out = "\""
        for ch in text.unicodeScalars {
            if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
        }
        return out + "\""
    }
}
