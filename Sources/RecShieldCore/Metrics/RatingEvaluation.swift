/// The result of a ``RatingEvaluator`` run: error sums over all test ratings and the metrics
/// derived from them.
public struct RatingEvaluation: Sendable, Equatable {
    /// The number of test ratings `n`.
    public let count: Int
    /// `Σ (r̂ − r)²` over the test ratings.
    public let sumOfSquaredErrors: Double
    /// `Σ |r̂ − r|` over the test ratings.
    public let sumOfAbsoluteErrors: Double

    /// Creates an evaluation from error sums.
    public init(count: Int, sumOfSquaredErrors: Double, sumOfAbsoluteErrors: Double) {
        self.count = count
        self.sumOfSquaredErrors = sumOfSquaredErrors
        self.sumOfAbsoluteErrors = sumOfAbsoluteErrors
    }

    /// `√(Σ (r̂ − r)² / n)`, or 0 for an empty test set.
    public var rmse: Double { count == 0 ? 0 : (sumOfSquaredErrors / Double(count)).squareRoot() }

    /// `Σ |r̂ − r| / n`, or 0 for an empty test set.
    public var mae: Double { count == 0 ? 0 : sumOfAbsoluteErrors / Double(count) }

    /// The value of `metric`.
    public func value(of metric: RatingMetric) -> Double {
        switch metric {
        case .rmse: return rmse
        case .mae: return mae
        }
    }
}
