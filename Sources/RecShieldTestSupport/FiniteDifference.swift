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

    /// The largest relative error `|a−b| / max(1e-8, |a|+|b|)` between two gradients.
    public static func maximumRelativeError(_ analytic: [Double], _ numeric: [Double]) -> Double {
        precondition(analytic.count == numeric.count, "gradients differ in length")
        return zip(analytic, numeric).map { a, b in abs(a - b) / max(1e-8, abs(a) + abs(b)) }.max() ?? 0
    }
}
