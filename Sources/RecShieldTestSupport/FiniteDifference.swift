import Numerics

/// Central finite differences for checking hand-written gradients in tests.
public enum FiniteDifference {
    /// The numerical gradient of `loss` at `point`:
    /// `∂f/∂x_i ≈ (f(x + h·e_i) − f(x − h·e_i)) / 2h`, computed in `Double`.
    /// - Parameters:
    ///   - point: where to differentiate.
    ///   - step: the step `h`.
    ///   - loss: the function; evaluated `2 · point.count` times.
    public static func gradient(
        at point: [Double], step: Double = 1e-5, of loss: ([Double]) -> Double
    ) -> [Double] {
        var probe = point
        return point.indices.map { i in
            probe[i] = point[i] + step
            let forward = loss(probe)
            probe[i] = point[i] - step
            let backward = loss(probe)
            probe[i] = point[i]
            return (forward - backward) / (2 * step)
        }
    }

    /// The numerical gradient of a function of `Float` parameters (a network's weights, an
    /// embedding): `∂f/∂x_i ≈ (f(x⁺) − f(x⁻)) / (x⁺_i − x⁻_i)` with `x^± = x ± h·e_i` rounded to
    /// `Float`, dividing by the step actually taken. The loss should be accumulated in `Double`;
    /// with `Float` arithmetic inside it, pick `step` around 1e-3 (rounding error grows as it shrinks).
    /// - Parameters:
    ///   - point: where to differentiate.
    ///   - step: the step `h`.
    ///   - loss: the function; evaluated `2 · point.count` times.
    public static func gradient(
        at point: [Float], step: Float = 1e-3, of loss: ([Float]) -> Double
    ) -> [Double] {
        var probe = point
        return point.indices.map { i in
            let up = point[i] + step
            let down = point[i] - step
            probe[i] = up
            let forward = loss(probe)
            probe[i] = down
            let backward = loss(probe)
            probe[i] = point[i]
            return (forward - backward) / (Double(up) - Double(down))
        }
    }

    /// The indices where an analytic gradient disagrees with a numeric one:
    /// `|a − n| > max(absoluteTolerance, relativeTolerance · max(|a|, |n|))`.
    /// Choose fixtures whose gradients are well above `absoluteTolerance`, so a wrong sign or a
    /// missing term shows up as a mismatch.
    public static func mismatches(
        _ analytic: [Float], _ numeric: [Double],
        relativeTolerance: Double = 1e-2, absoluteTolerance: Double = 1e-3
    ) -> [Int] {
        precondition(analytic.count == numeric.count, "gradients differ in length")
        return analytic.indices.filter { i in
            !Double(analytic[i]).isApproximatelyEqual(
                to: numeric[i], absoluteTolerance: absoluteTolerance, relativeTolerance: relativeTolerance)
        }
    }

    /// The largest relative error `|a−b| / max(1e-8, |a|+|b|)` between two gradients.
    public static func maximumRelativeError(_ analytic: [Double], _ numeric: [Double]) -> Double {
        precondition(analytic.count == numeric.count, "gradients differ in length")
        return zip(analytic, numeric).map { a, b in abs(a - b) / max(1e-8, abs(a) + abs(b)) }.max() ?? 0
    }
}
