/// Student's t distribution with `ν` degrees of freedom.
///
/// ```
/// F(t) = 1 − ½ I_{ν/(ν+t²)}(ν/2, ½)   for t ≥ 0,     F(−t) = 1 − F(t)
/// ```
/// with `I` the regularized incomplete beta function (``IncompleteBeta``). Quantiles invert `F`
/// by bisection to about 1e-12.
///
/// References: Abramowitz & Stegun, *Handbook of Mathematical Functions*, 26.7.1 and 26.5.27.
public enum StudentT {
    /// `P(T ≤ t)` for `T ~ t(ν)`.
    /// - Precondition: `degreesOfFreedom > 0`.
    public static func cdf(_ t: Double, degreesOfFreedom ν: Double) -> Double {
        precondition(ν > 0, "degrees of freedom must be positive")
        if t.isNaN { return .nan }
        if t.isInfinite { return t > 0 ? 1 : 0 }
        let tail = 0.5 * IncompleteBeta.regularized(x: ν / (ν + t * t), a: ν / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// The `t` with `P(T ≤ t) = p`.
    /// - Precondition: `0 < p < 1`, `degreesOfFreedom > 0`.
    public static func quantile(_ p: Double, degreesOfFreedom ν: Double) -> Double {
        precondition(p > 0 && p < 1, "p must lie in (0, 1)")
        if p == 0.5 { return 0 }
        var low = -1.0
        var high = 1.0
        while cdf(low, degreesOfFreedom: ν) > p { low *= 2 }
        while cdf(high, degreesOfFreedom: ν) < p { high *= 2 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if cdf(middle, degreesOfFreedom: ν) < p { low = middle } else { high = middle }
            if high - low < 1e-12 * max(1, abs(middle)) { break }
        }
        return (low + high) / 2
    }

    /// The two-sided p-value of a t statistic: `2 · (1 − F(|t|))`.
    public static func twoSidedPValue(_ t: Double, degreesOfFreedom ν: Double) -> Double {
        if t.isNaN { return .nan }
        return min(1, 2 * (1 - cdf(abs(t), degreesOfFreedom: ν)))
    }
}
