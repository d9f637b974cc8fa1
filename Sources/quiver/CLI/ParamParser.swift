// ParamParser: `--param name=value` where value is JSON (numbers, strings, booleans, null,
// arrays, objects), turned into CypherValues. `5` is an integer, `5.0` and `5e0` are floats.
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
        var name = String(argument[..<eq])
        if name.hasPrefix("$") { name.removeFirst() }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw Failure(description: "--param '\(argument)': '\(name)' is not a parameter name")
        }
        let text = String(argument[argument.index(after: eq)...])
        guard let value = JSONReader.read(text) else {
            throw Failure(description: "--param \(name): '\(text)' is not JSON (write strings in double quotes: \(name)='\"text\"')")
        }
        return (name, value)
    }
}

/// A small strict JSON reader that keeps integers apart from floats (Foundation's decoders
/// read `5.0` as an integer).
struct JSONReader {
    private let s: [Unicode.Scalar]
    private var i = 0

    /// The value of `text`, or nil when it is not exactly one JSON value.
    static func read(_ text: String) -> CypherValue? {
        var r = JSONReader(s: Array(text.unicodeScalars))
        guard let v = r.value(depth: 0) else { return nil }
        r.skipSpace()
        // Not a ternary: CypherValue is ExpressibleByNilLiteral, so `nil` there would be `.null`.
        guard r.i == r.s.count else { return nil }
        return v
    }

    private init(s: [Unicode.Scalar]) { self.s = s }

    private var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

    private mutating func skipSpace() {
        while let c = peek, c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1 }
    }

    private mutating func literal(_ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        guard i + w.count <= s.count, Array(s[i..<(i + w.count)]) == w else { return false }
        i += w.count
        return true
    }

    private mutating func value(depth: Int) -> CypherValue? {
        guard depth < 200 else { return nil }
        skipSpace()
        guard let c = peek else { return nil }
        switch c {
        case "n": return literal("null") ? .null : nil
        case "t": return literal("true") ? .bool(true) : nil
        case "f": return literal("false") ? .bool(false) : nil
        case "\"": return string().map { .string($0) }
        case "[":
            i += 1
            var items: [CypherValue] = []
            skipSpace()
            if peek == "]" { i += 1; return .list(items) }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                items.append(v)
                skipSpace()
                if peek == "," { i += 1; continue }
                if peek == "]" { i += 1; return .list(items) }
                return nil
            }
        case "{":
            i += 1
            var map: [String: CypherValue] = [:]
            skipSpace()
            if peek == "}" { i += 1; return .map(map) }
            while true {
                skipSpace()
                guard peek == "\"", let key = string() else { return nil }
                skipSpace()
                guard peek == ":" else { return nil }
                i += 1
                guard let v = value(depth: depth + 1) else { return nil }
                map[key] = v
                skipSpace()
                if peek == "," { i += 1; continue }
                if peek == "}" { i += 1; return .map(map) }
                return nil
            }
        default: return number()
        }
    }

    private mutating func number() -> CypherValue? {
        let start = i
        var isFloat = false
        if peek == "-" { i += 1 }
        while let c = peek, (c >= "0" && c <= "9") || c == "." || c == "e" || c == "E" || c == "+" || c == "-" {
            if c == "." || c == "e" || c == "E" { isFloat = true }
            i += 1
        }
        let text = String(String.UnicodeScalarView(s[start..<i]))
        guard !text.isEmpty, text != "-", text.first != "+" else { return nil }
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard let first = digits.first, first.isNumber, !(digits.count > 1 && first == "0" && digits.dropFirst().first?.isNumber == true) else { return nil }
        if !isFloat, let n = Int64(text) { return .int(n) }
        return Double(text).map { .double($0) }
    }

    private mutating func string() -> String? {
        i += 1
        var out = String.UnicodeScalarView()
        while let c = peek {
            i += 1
            switch c {
            case "\"": return String(out)
            case "\\":
                guard let e = peek else { return nil }
                i += 1
                switch e {
                case "\"", "\\", "/": out.append(e)
                case "b": out.append("\u{08}")
                case "f": out.append("\u{0C}")
                case "n": out.append("\n")
                case "r": out.append("\r")
                case "t": out.append("\t")
                case "u":
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code), peek == "\\", i + 1 < s.count, s[i + 1] == "u" {
                        i += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(code) else { return nil }
                    out.append(u)
                default: return nil
                }
            default:
                if c.value < 0x20 { return nil }
                out.append(c)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= s.count else { return nil }
        let text = String(String.UnicodeScalarView(s[i..<(i + 4)]))
        guard let v = UInt32(text, radix: 16) else { return nil }
        i += 4
        return v
    }
}
