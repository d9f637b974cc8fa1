// LineDiff: a unified-style line diff of two short texts (expected vs actual blocks), built
// on a longest-common-subsequence table.

enum LineDiff {
    /// Lines prefixed with " " (both), "-" (expected only) or "+" (actual only), under a
    /// `--- expected` / `+++ actual` header. Empty when the texts are equal.
    static func unified(expected: String, actual: String) -> String {
        if expected == actual { return "" }
        let a = expected.isEmpty ? [] : expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.isEmpty ? [] : actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = ["--- expected", "+++ actual"]
        // Large blocks are not worth a quadratic table: show them whole.
        guard a.count * b.count <= 1_000_000 else {
            out += a.map { "-" + $0 } + b.map { "+" + $0 }
            return out.joined(separator: "\n") + "\n"
        }
        // lcs[i][j]: length of the common subsequence of a[i...] and b[j...].
        var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                out.append(" " + a[i]); i += 1; j += 1
            } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
                out.append("-" + a[i]); i += 1
            } else if j < b.count {
                out.append("+" + b[j]); j += 1
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
