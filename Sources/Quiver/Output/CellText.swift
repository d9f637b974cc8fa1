// CellText: the text of one value in a human-facing cell (table, markdown), and the
// display-width arithmetic (padding, cutting with "…", fitting columns to a width).
import QuiverSyntax

enum CellText {
    /// Strings without quotes (control characters escaped so a row stays on one line);
    /// every other value in its literal form.
    static func of(_ value: CypherValue) -> String {
        guard case .string(let s) = value else { return value.literal }
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return s }
        var out = ""
        for sc in s.unicodeScalars {
            switch sc {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if sc.value < 0x20 || sc.value == 0x7F { out += "\\u" + NumberText.hex4(sc.value) } else { out.unicodeScalars.append(sc) }
            }
        }
        return out
    }

    static func isNumber(_ value: CypherValue) -> Bool {
        switch value {
        case .int, .double: return true
        default: return false
        }
    }

    /// `text` cut to at most `width` display columns, ending in "…" when it was cut.
    static func truncate(_ text: String, to width: Int) -> String {
        if DisplayWidth.of(text) <= width { return text }
        if width <= 0 { return "" }
        var out = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// `text` padded with spaces to `width` display columns (on the left when `right`).
    static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let gap = max(0, width - DisplayWidth.of(text))
        let spaces = String(repeating: " ", count: gap)
        return right ? spaces + text : text + spaces
    }

    /// Column widths that fit `budget` display columns of content: every column keeps its
    /// natural width up to a common cap, chosen as large as the budget allows (never below 3).
    static func fit(_ natural: [Int], budget: Int) -> [Int] {
        let total = natural.reduce(0, +)
        guard total > budget, let widest = natural.max() else { return natural }
        let floor = 3
        func used(_ cap: Int) -> Int { natural.reduce(0) { $0 + min($1, cap) } }
        var lo = floor, hi = max(floor, widest)
        if used(lo) > budget { return natural.map { min($0, floor) } }
        // Largest cap whose total fits.
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if used(mid) <= budget { lo = mid } else { hi = mid - 1 }
        }
        var widths = natural.map { min($0, lo) }
        // Hand the columns still cut the room left over, one column at a time.
        var spare = budget - widths.reduce(0, +)
        for i in widths.indices where spare > 0 && natural[i] > widths[i] {
            widths[i] += 1
            spare -= 1
        }
        return widths
    }
}
