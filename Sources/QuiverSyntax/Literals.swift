// Literals: the values of literal tokens: string escapes, integers (decimal, hex, octal,
// with the Int64 range check) and floats, with errors positioned inside the token.

extension CypherParser {
    /// The value of a string token (quotes removed, escapes decoded).
    func decodeString(_ t: Token) throws -> String {
        let scalars = Array(t.text.unicodeScalars)
        guard scalars.count >= 2 else { return "" }
        var out = String.UnicodeScalarView()
        var offset = t.span.start + UTF8.width(scalars[0])
        var i = 1
        let end = scalars.count - 1  // the closing quote
        while i < end {
            let c = scalars[i]
            guard c == "\\", i + 1 < end else {
                out.append(c)
                offset += UTF8.width(c)
                i += 1
                continue
            }
            let e = scalars[i + 1]
            var length = 2  // scalars the escape takes
            switch e {
            case "\\", "'", "\"": out.append(e)
            case "n", "N": out.append("\n")
            case "t", "T": out.append("\t")
            case "r", "R": out.append("\r")
            case "b", "B": out.append("\u{08}")
            case "f", "F": out.append("\u{0C}")
            case "u", "U":
                // \uXXXX, or \UXXXXXXXX (\U with only four hex digits is accepted too)
                var digits = 0
                while digits < 8, i + 2 + digits < end, scalars[i + 2 + digits].properties.isASCIIHexDigit {
                    digits += 1
                }
                let wanted = e == "u" || digits < 8 ? 4 : 8
                let escapeEnd = offset + 2 + min(digits, wanted)
                guard digits >= wanted else {
                    throw syntaxError("Invalid Unicode escape: \\\(e) needs \(wanted) hexadecimal digits",
                                      detail: "InvalidUnicodeLiteral", at: SourceSpan(start: offset, end: escapeEnd))
                }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[(i + 2)..<(i + 2 + wanted)])
                guard let v = UInt32(String(view), radix: 16), let scalar = Unicode.Scalar(v) else {
                    throw syntaxError("Invalid Unicode escape: \\\(e)\(String(view)) is not a Unicode scalar value",
                                      detail: "InvalidUnicodeLiteral", at: SourceSpan(start: offset, end: escapeEnd))
                }
                out.append(scalar)
                length = 2 + wanted
            default:
                throw syntaxError("Invalid escape sequence '\\\(e)' in a string literal",
                                  at: SourceSpan(start: offset, end: offset + 1 + UTF8.width(e)))
            }
            for s in scalars[i..<(i + length)] { offset += UTF8.width(s) }
            i += length
        }
        return String(out)
    }

    /// The value of an integer token; `negated` when a minus sign directly precedes it.
    func integerValue(_ t: Token, negated: Bool) throws -> Int64 {
        let text = t.text
        var radix: UInt64 = 10
        var digits = Substring(text)
        if text.hasPrefix("0x") || text.hasPrefix("0X") { radix = 16; digits = digits.dropFirst(2) }
        else if text.hasPrefix("0o") || text.hasPrefix("0O") { radix = 8; digits = digits.dropFirst(2) }
        var magnitude: UInt64 = 0
        var overflow = false
        for ch in digits {
            guard let d = ch.hexDigitValue else { continue }
            let (m, o1) = magnitude.multipliedReportingOverflow(by: radix)
            let (s, o2) = m.addingReportingOverflow(UInt64(d))
            if o1 || o2 { overflow = true; break }
            magnitude = s
        }
        let limit = negated ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        if overflow || magnitude > limit {
            let literal = (negated ? "-" : "") + CypherParser.display(text)
            throw syntaxError("Integer literal \(literal) is out of the 64-bit range",
                              detail: "IntegerOverflow", at: t.span)
        }
        if negated { return magnitude == limit ? Int64.min : -Int64(magnitude) }
        return Int64(magnitude)
    }

    /// The value of a float token; an infinite value is an error.
    func floatValue(_ t: Token) throws -> Double {
        guard let v = Double(t.text) else {
            throw syntaxError("Invalid number literal '\(CypherParser.display(t.text))'",
                              detail: "InvalidNumberLiteral",
                              at: t.span)
        }
        guard v.isFinite else {
            throw syntaxError("Float literal \(CypherParser.display(t.text)) is too large",
                              detail: "FloatingPointOverflow", at: t.span)
        }
        return v
    }
}
