// Shared fixtures for the output tests: sample values and results, a small RFC 4180 CSV
// reader and a JSON reader, so renderer output is checked by reading it back.
import Foundation
@testable import Quiver

enum OutputFixtures {
    static let alice = Node(id: 1, labels: ["Person", "Admin"], properties: ["name": .string("Alice"), "age": .int(30)])
    static let bob = Node(id: 2, labels: ["Person"], properties: ["name": .string("Bob")])
    static let carol = Node(id: 3, labels: ["Company"], properties: [:])
    static let knows = Relationship(id: 10, type: "KNOWS", startId: 1, endId: 2, properties: ["since": .int(2020)])
    static let works = Relationship(id: 11, type: "WORKS_AT", startId: 3, endId: 2, properties: [:])

    static func result(_ columns: [String], _ rows: [[CypherValue]]) -> QueryResult {
        QueryResult(kind: .rows, columns: columns, rows: rows)
    }

    /// RFC 4180 records: quoted fields may hold commas, quotes ("" -> ") and line breaks.
    /// Each field is nil when it was empty and unquoted (how the CSV format writes null).
    static func parseCSV(_ text: String) -> [[String?]] {
        var records: [[String?]] = []
        var record: [String?] = []
        var field = ""
        var quoted = false, inQuotes = false, atFieldStart = true
        var chars = Array(text)[...]
        func endField() {
            record.append(field.isEmpty && !quoted ? nil : field)
            field = ""; quoted = false; atFieldStart = true
        }
        while let ch = chars.popFirst() {
            if inQuotes {
                if ch == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { inQuotes = false }
                } else { field.append(ch) }
                continue
            }
            switch ch {
            case "\"" where atFieldStart: inQuotes = true; quoted = true; atFieldStart = false
            case ",": endField()
            case "\n", "\r\n": endField(); records.append(record); record = []
            default: field.append(ch); atFieldStart = false
            }
        }
        if !record.isEmpty || !field.isEmpty || quoted { endField(); records.append(record) }
        return records
    }

    static func parseJSON(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }
}
