#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Student's t distribution: the quantiles behind RecShield's confidence intervals.
///
/// The distribution function comes from the regularised incomplete beta function,
///
/// ```
/// P(T ≤ t) = 1 − ½ · I_{ν/(ν+t²)}(ν/2, ½)        for t ≥ 0,
/// ```
///
/// evaluated with its continued fraction (modified Lentz), and a quantile is found by bisection.
/// Accurate to about 1e-10 for any ν ≥ 1, which is far more than a confidence interval needs;
/// not tuned for speed (a few thousand operations per quantile).
///
/// References:
/// - Abramowitz & Stegun, "Handbook of Mathematical Functions", 26.5.8 and 26.7.1.
/// - Lentz, "Generating Bessel functions in Mie scattering calculations using continued
///   fractions", Applied Optics 1976 (the continued-fraction evaluation).
public enum StudentTDistribution {
    /// The value `t` with `P(T ≤ t) = probability` for `degreesOfFreedom` degrees of freedom,
    /// e.g. `quantile(0.975, degreesOfFreedom: 10) ≈ 2.2281`.
    /// - Precondition: `0 < probability < 1` and `degreesOfFreedom > 0`.
    public static func quantile(_ probability: Double, degreesOfFreedom: Double) -> Double {
        precondition(probability > 0 && probability < 1, "probability must lie in (0, 1)")
        precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
        if probability == 0.5 { return 0 }
        if probability < 0.5 { return -quantile(1 - probability, degreesOfFreedom: degreesOfFreedom) }
        var low = 0.0
        var high = 1.0
        while cumulativeProbability(high, degreesOfFreedom: degreesOfFreedom) < probability { high *= 2 }
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if cumulativeProbability(middle, degreesOfFreedom: degreesOfFreedom) < probability {
                low = middle
            } else {
                high = middle
            }
        }
        return (low + high) / 2
    }

    /// `P(T ≤ t)` for `degreesOfFreedom` degrees of freedom.
    public static func cumulativeProbability(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        let tail = 0.5 * regularizedIncompleteBeta(nu / (nu + t * t), nu / 2, 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    /// `I_x(a, b)`, using the symmetry `I_x(a,b) = 1 − I_{1−x}(b,a)` to stay where the continued
    /// fraction converges quickly (`x < (a+1)/(a+b+2)`).
    static func regularizedIncompleteBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x, a, b) / a
        }
        return 1 - exp(logFront) * continuedFraction(1 - x, b, a) / b
    }

    /// The continued fraction `1/(1+ d₁/(1+ d₂/(1+ …)))` of the incomplete beta function with
    /// `d_{2k} = k(b−k)x / ((a+2k−1)(a+2k))` and `d_{2k+1} = −(a+k)(a+b+k)x / ((a+2k)(a+2k+1))`,
    /// evaluated front to back by the modified Lentz method.
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 0.0
        var result = 0.0
        // Term 0 is the leading "1 + d₁ …" with numerator 1.
        func step(_ numerator: Double) {
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            result *= c * d
        }
        d = 1 / max(tiny, 1 - (a + b) * x / (a + 1))
        result = d
        c = 1
        for k in 1...100_000 {
            let m = Double(k)
            step(m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)))
            let before = result
            step(-(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)))
            if abs(result - before) <= 1e-15 * abs(result) { break }
        }
        return result
    }
}
