// FieldParsing: numbers and booleans read straight from the bytes of a CSV field, with no
// String in between. Doubles take an exact fast path (Clinger) and fall back to strtod.
import Foundation

/// One field of a CSV row: its bytes (unescaped when it was quoted) and its offset in the file.
struct CSVField {
    var base: UnsafePointer<UInt8>
    var count: Int
    /// Byte offset of the field's first byte in the file (for line:col in errors).
    var offset: Int

    var isEmpty: Bool { count == 0 }

    var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// The field's text, shortened for error messages.
    var preview: String {
        let s = string
        return s.count > 40 ? String(s.prefix(40)) + "…" : s
    }
}

enum FieldParsing {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 48 < 10 }

    /// `[+-]digits`, no blanks; nil when malformed or out of Int64 range.
    @inline(__always)
    static func int64(_ f: CSVField) -> Int64? {
        let p = f.base, n = f.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        if p[0] == 45 || p[0] == 43 { negative = p[0] == 45; i = 1; if n == 1 { return nil } }
        // Up to 18 digits cannot overflow: accumulate without checks.
        if n - i <= 18 {
            var v: Int64 = 0
            while i < n {
                let d = p[i] &- 48
                if d >= 10 { return nil }
                v = v &* 10 &+ Int64(d)
                i &+= 1
            }
            return negative ? -v : v
        }
        // Negative accumulation reaches Int64.min.
        var v: Int64 = 0
        while i < n {
            let d = p[i] &- 48
            if d >= 10 { return nil }
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(Int64(d))
            if o1 || o2 { return nil }
            v = s
            i &+= 1
        }
        if negative { return v }
        return v == Int64.min ? nil : -v
    }

    /// 10^e for 0 <= e <= 22 (all exact doubles). A switch, not a static array: a static is
    /// initialised lazily and every read would go through that check.
    @inline(__always) static func pow10(_ e: Int) -> Double {
        switch e {
        case 0: return 1e0
        case 1: return 1e1
        case 2: return 1e2
        case 3: return 1e3
        case 4: return 1e4
        case 5: return 1e5
        case 6: return 1e6
        case 7: return 1e7
        case 8: return 1e8
        case 9: return 1e9
        case 10: return 1e10
        case 11: return 1e11
        case 12: return 1e12
        case 13: return 1e13
        case 14: return 1e14
        case 15: return 1e15
        case 16: return 1e16
        case 17: return 1e17
        case 18: return 1e18
        case 19: return 1e19
        case 20: return 1e20
        case 21: return 1e21
        default: return 1e22
        }
    }

    /// `[+-]digits[.digits][(e|E)[+-]digits]` (at least one digit before the exponent);
    /// nil when malformed.
    static func double(_ f: CSVField) -> Double? {
        let p = f.base, n = f.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        if p[0] == 45 || p[0] == 43 { negative = p[0] == 45; i = 1 }
        var mantissa: UInt64 = 0
        var digits = 0          // significant digits taken into the mantissa
        var dropped = false     // a non-zero digit did not fit
        var exp10 = 0
        var sawDigit = false
        while i < n, isDigit(p[i]) {
            sawDigit = true
            let d = UInt64(p[i] &- 48)
            if digits < 19 { if mantissa != 0 || d != 0 { mantissa = mantissa &* 10 &+ d; if mantissa != 0 { digits += 1 } } }
            else { exp10 += 1; if d != 0 { dropped = true } }
            i += 1
        }
        if i < n, p[i] == 46 {
            i += 1
            while i < n, isDigit(p[i]) {
                sawDigit = true
                let d = UInt64(p[i] &- 48)
                if digits < 19 { if mantissa != 0 || d != 0 { mantissa = mantissa &* 10 &+ d; if mantissa != 0 { digits += 1 } }; exp10 -= 1 }
                else if d != 0 { dropped = true }
                i += 1
            }
        }
        guard sawDigit else { return nil }
        if i < n, p[i] == 101 || p[i] == 69 {
            i += 1
            var eneg = false
            if i < n, p[i] == 45 || p[i] == 43 { eneg = p[i] == 45; i += 1 }
            var e = 0
            var eDigits = 0
            while i < n, isDigit(p[i]) { if e < 100_000 { e = e * 10 + Int(p[i] &- 48) }; eDigits += 1; i += 1 }
            guard eDigits > 0 else { return nil }
            exp10 += eneg ? -e : e
        }
        guard i == n else { return nil }
        // Exact when the mantissa and the power of ten are both exact doubles.
        if !dropped && mantissa < (1 << 53) && exp10 >= -22 && exp10 <= 22 {
            var v = Double(mantissa)
            v = exp10 < 0 ? v / pow10(-exp10) : v * pow10(exp10)
            return negative ? -v : v
        }
        return strtodFallback(f)
    }

    /// Correctly rounded conversion of text already checked to be a plain decimal number.
    private static func strtodFallback(_ f: CSVField) -> Double? {
        var buf = [CChar](repeating: 0, count: f.count + 1)
        for k in 0..<f.count { buf[k] = CChar(bitPattern: f.base[k]) }
        return buf.withUnsafeBufferPointer { b -> Double? in
            guard let start = b.baseAddress else { return nil }
            return strtod(start, nil)
        }
    }

    /// `true` / `false`, any case.
    static func bool(_ f: CSVField) -> Bool? {
        let p = f.base
        func lower(_ k: Int) -> UInt8 { p[k] | 0x20 }
        if f.count == 4, lower(0) == 116, lower(1) == 114, lower(2) == 117, lower(3) == 101 { return true }
        if f.count == 5, lower(0) == 102, lower(1) == 97, lower(2) == 108, lower(3) == 115, lower(4) == 101 { return false }
        return nil
    }
}

extension CSVField {
    /// One zero byte that empty placeholder fields point at.
    nonisolated(unsafe) private static let zeroByte: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.initialize(to: 0)
        return p
    }()

    /// A placeholder for buffers of fields.
    static var empty: CSVField { CSVField(base: UnsafePointer(zeroByte), count: 0, offset: 0) }
}
