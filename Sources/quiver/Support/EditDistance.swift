// EditDistance: Levenshtein distance and "did you mean" picks, used for unknown commands,
// labels and relationship types.

enum EditDistance {
    /// Levenshtein distance between two strings (by Character).
    static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
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
