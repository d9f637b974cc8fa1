// ParamParser: `--param name=value` where value is JSON (numbers, strings, booleans, null,
// arrays, objects), turned into CypherValues. Integers stay integers; other numbers are doubles.
import Foundation
import Quiver

enum ParamParser {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Splits `name=value` at the first `=` and decodes the value.
    static func parse(_ argument: String) throws -> (name: String, value: CypherValue) {
        guard let eq = argument.firstIndex(of: "=") else {
            throw Failure(description: "--param '\(argument)': expected name=value (value in JSON)")
        }
        var name = String(argument[..<eq]).trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("$") { name.removeFirst() }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw Failure(description: "--param '\(argument)': '\(name)' is not a parameter name")
        }
        let text = String(argument[argument.index(after: eq)...])
        return (name, try decode(text, for: name))
    }

    /// Decodes one JSON text (a top-level scalar is allowed).
    static func decode(_ text: String, for name: String) throws -> CypherValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)).value
        } catch {
            throw Failure(description: "--param \(name): '\(text)' is not JSON (write strings in double quotes: \(name)='\"text\"')")
        }
    }
}

/// A JSON value decoded into a CypherValue; the order of the attempts keeps 1 an integer,
/// 1.5 a double and true a boolean.
private struct JSONValue: Decodable {
    let value: CypherValue

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { value = .null }
        else if let b = try? c.decode(Bool.self) { value = .bool(b) }
        else if let i = try? c.decode(Int64.self) { value = .int(i) }
        else if let d = try? c.decode(Double.self) { value = .double(d) }
        else if let s = try? c.decode(String.self) { value = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { value = .list(a.map(\.value)) }
        else { value = .map(try c.decode([String: JSONValue].self).mapValues(\.value)) }
    }
}
