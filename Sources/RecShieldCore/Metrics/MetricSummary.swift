/// The mean of per-user (or per-query) metric values with its spread and a 95% confidence interval.
///
/// ```
/// mean  x̄ = (1/n) Σ xᵢ                      (summed in the given order, so it is reproducible)
/// s     = √( Σ (xᵢ − x̄)² / (n − 1) )        (sample standard deviation)
/// CI95  = x̄ ± t_{0.975, n−1} · s / √n       (Student t)
/// ```
///
/// The interval treats the users as an independent sample from a larger population, which is the
/// usual reading when comparing models on one test split. It says nothing about the variance from
/// training randomness or from the choice of split; repeat runs with other seeds for that.
public struct MetricSummary: Sendable, Equatable {
    /// The number of values `n`.
    public let count: Int
    /// The mean `x̄`; 0 when there are no values.
    public let mean: Double
    /// The sample standard deviation `s`; 0 when `n < 2`.
    public let standardDeviation: Double
    /// The 95% Student-t confidence interval for the mean, or `nil` when `n < 2`.
    public let confidenceInterval: ClosedRange<Double>?

    /// Summarises `values` in their order.
    /// - Complexity: O(n).
    public init(values: [Double]) {
        count = values.count
        guard !values.isEmpty else {
            mean = 0
            standardDeviation = 0
            confidenceInterval = nil
            return
        }
        var sum = 0.0
        for value in values { sum += value }
        let mean = sum / Double(values.count)
        self.mean = mean
        guard values.count >= 2 else {
            standardDeviation = 0
            confidenceInterval = nil
            return
        }
        var squares = 0.0
        for value in values { squares += (value - mean) * (value - mean) }
        let deviation = (squares / Double(values.count - 1)).squareRoot()
        standardDeviation = deviation
        let t = StudentTDistribution.quantile(0.975, degreesOfFreedom: Double(values.count - 1))
        let halfWidth = t * deviation / Double(values.count).squareRoot()
        confidenceInterval = (mean - halfWidth)...(mean + halfWidth)
    }

    /// Half the width of the confidence interval (the "±" value), or `nil` when `n < 2`.
    public var marginOfError: Double? {
        confidenceInterval.map { ($0.upperBound - $0.lowerBound) / 2 }
    }
}
