#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Distances between two discrete distributions given as counts over the same categories — how
/// far generated profiles are from real ones (rating values, items, profile lengths).
///
/// With `p`, `q` the counts normalised to sum to 1 and `m = (p + q)/2`:
/// ```
/// TV(p, q)  = ½ Σ_k |p_k − q_k|                                   ∈ [0, 1]
/// JSD(p, q) = ½ KL(p ‖ m) + ½ KL(q ‖ m),  KL(p ‖ m) = Σ_k p_k log₂(p_k / m_k)   ∈ [0, 1]
/// JS(p, q)  = √JSD(p, q)                                          ∈ [0, 1], a metric
/// ```
/// Both are 0 for identical distributions and 1 for distributions on disjoint categories. Terms
/// with `p_k = 0` contribute 0 to `KL`. A category list with no counts at all is treated as
/// the empty distribution: its distance to anything is 0 when both are empty and 1 otherwise.
///
/// References:
/// - Lin, "Divergence measures based on the Shannon entropy", IEEE Trans. Inf. Theory 1991.
/// - Endres & Schindelin, "A new metric for probability distributions", IEEE Trans. Inf. Theory
///   2003 (the square root of JSD is a metric).
public enum GANDistributionDistance {
    /// The total-variation distance between two count vectors.
    /// - Precondition: equal lengths, counts not negative.
    public static func totalVariation(_ p: [Double], _ q: [Double]) -> Double {
        guard let (p, q) = normalized(p, q) else { return emptyDistance(p, q) }
        return 0.5 * zip(p, q).reduce(0) { $0 + abs($1.0 - $1.1) }
    }

    /// The Jensen–Shannon distance (base-2 logarithms) between two count vectors.
    /// - Precondition: equal lengths, counts not negative.
    public static func jensenShannon(_ p: [Double], _ q: [Double]) -> Double {
        guard let (p, q) = normalized(p, q) else { return emptyDistance(p, q) }
        var divergence = 0.0
        for (a, b) in zip(p, q) {
            let m = (a + b) / 2
            if a > 0 { divergence += 0.5 * a * log2(a / m) }
            if b > 0 { divergence += 0.5 * b * log2(b / m) }
        }
        return min(max(divergence, 0), 1).squareRoot()
    }

    /// Both count vectors divided by their totals, or `nil` when either total is 0.
    private static func normalized(_ p: [Double], _ q: [Double]) -> ([Double], [Double])? {
        precondition(p.count == q.count, "distributions over different category counts")
        precondition(!p.contains { $0 < 0 } && !q.contains { $0 < 0 }, "negative counts")
        let totalP = p.reduce(0, +)
        let totalQ = q.reduce(0, +)
        guard totalP > 0, totalQ > 0 else { return nil }
        return (p.map { $0 / totalP }, q.map { $0 / totalQ })
    }

    private static func emptyDistance(_ p: [Double], _ q: [Double]) -> Double {
        p.reduce(0, +) == q.reduce(0, +) ? 0 : 1
    }
}
