/// Where one user's held-out (relevant) items land in a ranked candidate list — everything every
/// ``RankingMetric`` needs, computed without sorting the candidates.
///
/// The candidates are the held-out items plus `N` negatives. Ranks follow a pessimistic total
/// order: by score, descending; a negative tied with a held-out item ranks **above** it; tied
/// held-out items keep their relative order. For held-out scores sorted descending
/// `θ₁ ≥ θ₂ ≥ … ≥ θ_m`, that gives
///
/// ```
/// rᵢ = i + |{negatives j : s_j ≥ θᵢ}|
/// ```
///
/// a strictly increasing list, so a perfect ranking has `rᵢ = i` and no metric depends on how the
/// items happen to be numbered. The rule never flatters a model: one that scores every item the
/// same (a collapsed or poisoned model) ranks its held-out items last. A NaN score counts as
/// `-infinity`.
public struct HeldOutRanking: Sendable, Equatable {
    /// The 1-based ranks of the held-out items, strictly ascending.
    public let ranks: [Int]
    /// For each held-out item in rank order, the number of negatives scored strictly higher.
    public let negativesAbove: [Int]
    /// For each held-out item in rank order, the number of negatives with an equal score.
    public let negativesTied: [Int]
    /// The number of negatives `N` (candidates that are not held out).
    public let negativeCount: Int
    /// The depth through which ``ranks`` and the counts are exact, or `nil` when all are. Beyond
    /// it a rank is a lower bound that still exceeds the depth (its counts are those of the last
    /// exact item, tied counted as above), which is all a metric with a cut-off at or below the
    /// depth, or MRR, reads; AUC needs every count.
    public let exactDepth: Int?

    /// Creates a ranking from its parts.
    /// - Precondition: at least one held-out item; the three lists have equal length; the ranks
    ///   agree with the counts (`rᵢ = i + aboveᵢ + tiedᵢ`).
    public init(
        ranks: [Int], negativesAbove: [Int], negativesTied: [Int], negativeCount: Int, exactDepth: Int? = nil
    ) {
        precondition(!ranks.isEmpty, "a ranking needs at least one held-out item")
        precondition(ranks.count == negativesAbove.count && ranks.count == negativesTied.count,
                     "ranks and counts differ in length")
        for i in ranks.indices {
            precondition(ranks[i] == i + 1 + negativesAbove[i] + negativesTied[i], "ranks disagree with counts")
        }
        self.ranks = ranks
        self.negativesAbove = negativesAbove
        self.negativesTied = negativesTied
        self.negativeCount = negativeCount
        self.exactDepth = exactDepth
    }

    /// The number of held-out items `m`.
    public var heldOutCount: Int { ranks.count }

    /// Ranks held-out scores among negative scores.
    /// - Parameters:
    ///   - heldOutScores: the score of each held-out item (any order; NaN counts as `-infinity`).
    ///   - negatives: one entry per item; NaN marks an item that is **not** a negative (a
    ///     held-out, excluded or unsampled item). Give a real negative whose score is undefined
    ///     `-infinity`, not NaN.
    ///   - depth: when given, count only until a held-out item ranks below it (see
    ///     ``exactDepth``): the best-scored items first, one SIMD pass each, so a user with many
    ///     held-out items costs a pass per item in the top `depth` plus one. `nil` counts all.
    /// - Precondition: `heldOutScores` is not empty; `depth`, when given, is at least 1.
    /// - Complexity: O(n · m) with SIMD passes for up to 32 held-out items, O(n log m) beyond;
    ///   with a depth, O(n · min(m, depth + 1)).
    public init(heldOutScores: [Float], negatives: UnsafeBufferPointer<Float>, depth: Int? = nil) {
        precondition(!heldOutScores.isEmpty, "a ranking needs at least one held-out item")
        precondition(depth.map { $0 >= 1 } ?? true, "the depth must be at least 1")
        let thresholds = heldOutScores.map { $0.isNaN ? -Float.infinity : $0 }.sorted(by: >)
        guard let depth, depth < ScoreCounting.simdThresholdLimit, depth < thresholds.count else {
            let counts = ScoreCounting.counts(atOrAbove: thresholds, in: negatives)
            var ranks = [Int](repeating: 0, count: thresholds.count)
            var tied = [Int](repeating: 0, count: thresholds.count)
            for i in thresholds.indices {
                ranks[i] = i + 1 + counts.atLeast[i]
                tied[i] = counts.atLeast[i] - counts.above[i]
            }
            self.init(ranks: ranks, negativesAbove: counts.above, negativesTied: tied, negativeCount: counts.present)
            return
        }
        var ranks: [Int] = []
        var above: [Int] = []
        var tied: [Int] = []
        var present = 0
        for (i, threshold) in thresholds.enumerated() {
            let pass = ScoreCounting.count(threshold, in: negatives, countingPresent: i == 0)
            if i == 0 { present = pass.present }
            ranks.append(i + 1 + pass.atLeast)
            above.append(pass.above)
            tied.append(pass.atLeast - pass.above)
            if ranks[i] > depth { break }
        }
        let counted = ranks.count
        let floor = above[counted - 1] + tied[counted - 1]
        for i in counted..<thresholds.count {
            ranks.append(i + 1 + floor)
            above.append(floor)
            tied.append(0)
        }
        self.init(
            ranks: ranks, negativesAbove: above, negativesTied: tied, negativeCount: present,
            exactDepth: counted == thresholds.count ? nil : depth)
    }
}
