// EditDistance: edit distance (with swaps) and "did you mean" picks, used for unknown commands,
// labels and relationship types.

enum EditDistance {
    /// Edit distance between two strings (by Character): insertions, deletions, substitutions
    /// and swaps of two neighbours (`fnid` is one step from `find`).
    static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }

    /// The closest candidate within a distance that grows with the word's length, or nil.
    /// A case-only difference always counts as close.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let limit = max(1, min(3, word.count / 3))
        var best: (name: String, distance: Int)?
        for c in candidates where c != word {
            let d = c.lowercased() == word.lowercased() ? 0 : between(word.lowercased(), c.lowercased())
            guard d <= limit else { continue }
            if best == nil || d < (best?.distance ?? Int.max) { best = (c, d) }
        }
        return best?.name
    }
}
