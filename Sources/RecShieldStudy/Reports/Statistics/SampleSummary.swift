/// Mean, spread and a 95 % confidence interval of a few values (one per seed).
///
/// ```
/// x̄ = Σ x / n      s = √(Σ (x − x̄)² / (n − 1))      half-width = t_{0.975, n−1} · s / √n
/// ```
/// The interval assumes the values are independent draws from a roughly normal distribution;
/// with 3–5 seeds it says how much seeds move a result, not more.
///
/// JSON keys: `n`, `mean`, `standard_deviation`, `half_width`.
public struct SampleSummary: Sendable, Equatable, Codable {
    /// The number of values.
    public var n: Int
    /// The mean.
    public var mean: Double
    /// The sample standard deviation (`nil` for fewer than two values).
    public var standardDeviation: Double?
    /// Half the width of the 95 % Student-t interval (`nil` for fewer than two values).
    public var halfWidth: Double?

    /// Summarises `values`.
    /// - Precondition: `values` is not empty.
    public init(_ values: [Double]) {
        precondition(!values.isEmpty, "a summary needs at least one value")
        n = values.count
        mean = values.reduce(0, +) / Double(n)
        guard n >= 2 else { return }
        let mean = mean
        let deviation = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)).squareRoot()
        standardDeviation = deviation
        halfWidth = StudentT.quantile(0.975, degreesOfFreedom: Double(n - 1)) * deviation / Double(n).squareRoot()
    }

    enum CodingKeys: String, CodingKey {
        case n, mean
        case standardDeviation = "standard_deviation"
        case halfWidth = "half_width"
    }
}
