#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The logistic function and its log-sum-exp relatives, evaluated without overflow.
///
/// ```
/// σ(x)        = 1 / (1 + e^(−x))
/// softplus(x) = log(1 + e^x) = max(x, 0) + log(1 + e^(−|x|))
/// log σ(x)    = −softplus(−x)
/// ```
/// Each form only ever exponentiates a non-positive number, so no intermediate overflows: `σ`
/// saturates to exactly 0 or 1 for |x| beyond ≈ 17 (`Float`), and `softplus(x)` equals `x` there.
public enum Logistic {
    /// The logistic sigmoid `σ(x)`.
    @inlinable
    public static func sigmoid(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + expf(-x)) }
        let e = expf(x)
        return e / (1 + e)
    }

    /// `softplus(x) = log(1 + eˣ)`, accurate for large |x| in both directions.
    @inlinable
    public static func softplus(_ x: Float) -> Float {
        max(x, 0) + log1pf(expf(-abs(x)))
    }
}
