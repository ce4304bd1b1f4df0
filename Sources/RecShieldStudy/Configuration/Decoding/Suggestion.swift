/// "Did you mean" suggestions for mistyped keys and values.
enum Suggestion {
    /// The candidate closest to `text` by edit distance, when it is close enough to be a likely
    /// typo: at most ⌈length / 3⌉ edits (at least 1), or one candidate starting with the other.
    static func closest(to text: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: editDistance(text.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        let limit = max(1, (max(text.count, best.candidate.count) + 2) / 3)
        if best.distance <= limit { return best.candidate }
        return candidates.first { $0.hasPrefix(text) || text.hasPrefix($0) }
    }

    /// The optimal-string-alignment distance: the fewest insertions, deletions, substitutions and
    /// swaps of neighbouring characters that turn `a` into `b` (`pac` → `pca` is one edit), by
    /// the dynamic programme
    /// ```
    /// d[i][j] = min(d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + (a[i] ≠ b[j]),
    ///               d[i-2][j-2] + 1   if a[i] = b[j-1] and a[i-1] = b[j])
    /// ```
    /// - Complexity: O(|a| · |b|).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = min(best, beforePrevious[j - 2] + 1)
                }
                current[j] = best
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
