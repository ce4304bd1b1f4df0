/// The paired t test: do two conditions measured on the same seeds differ on average?
///
/// With differences `d_i = treated_i − baseline_i` over `n` paired seeds:
/// ```
/// d̄ = Σ d / n      s_d = √(Σ (d − d̄)² / (n − 1))      t = d̄ / (s_d / √n),   ν = n − 1
/// p = 2 · (1 − F_ν(|t|))            (two-sided, F_ν the Student-t CDF)
/// ```
/// When every difference is equal — `s_d = 0`, e.g. two seeds with the same difference — `t` is
/// `0/0` or `±∞` and says nothing about chance, so `t` and `p` are undefined (`nil`; "n/a" in the
/// tables, Markdown and HTML, `null` in JSON), whether the common difference is 0 or not; `d̄` is
/// still reported. Spreads and means below 10⁻¹² of the values' magnitude count as exactly 0, so
/// floating-point rounding of equal results does not read as a spread or a difference. The test
/// assumes roughly normal differences; with few seeds it has little power, so a large p-value
/// means "not shown", not "no difference".
///
/// References: Student, "The probable error of a mean", Biometrika 6(1), 1908.
///
/// JSON keys: `n`, `mean_difference`, `t`, `degrees_of_freedom`, `p_value`.
public struct PairedTTest: Sendable, Equatable, Codable {
    /// The number of pairs.
    public var n: Int
    /// `d̄`.
    public var meanDifference: Double
    /// The t statistic, or `nil` when the differences have no spread (`s_d = 0`).
    public var t: Double?
    /// `n − 1`.
    public var degreesOfFreedom: Int
    /// The two-sided p-value, or `nil` when the differences have no spread (`s_d = 0`).
    public var pValue: Double?

    /// Tests `treated` against `baseline`, pair by pair; `nil` for fewer than two pairs.
    /// - Precondition: both lists have the same length.
    public init?(treated: [Double], baseline: [Double]) {
        precondition(treated.count == baseline.count, "paired samples need the same length")
        guard treated.count >= 2 else { return nil }
        let differences = zip(treated, baseline).map { $0 - $1 }
        let summary = SampleSummary(differences)
        n = differences.count
        meanDifference = summary.mean
        degreesOfFreedom = n - 1
        let scale = (treated + baseline).map(abs).max() ?? 0
        let negligible = 1e-12 * max(scale, Double.leastNormalMagnitude)
        let deviation = summary.standardDeviation ?? 0
        if abs(meanDifference) <= negligible { meanDifference = 0 }
        if deviation <= negligible {
            t = nil
            pValue = nil
        } else {
            let statistic = meanDifference / (deviation / Double(n).squareRoot())
            t = statistic
            pValue = StudentT.twoSidedPValue(statistic, degreesOfFreedom: Double(degreesOfFreedom))
        }
    }

    enum CodingKeys: String, CodingKey {
        case n
        case meanDifference = "mean_difference"
        case t
        case degreesOfFreedom = "degrees_of_freedom"
        case pValue = "p_value"
    }

    /// Encodes every key; an undefined `t` or `p_value` is written as `null`, not left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(n, forKey: .n)
        try container.encode(meanDifference, forKey: .meanDifference)
        try container.encode(t, forKey: .t)
        try container.encode(degreesOfFreedom, forKey: .degreesOfFreedom)
        try container.encode(pValue, forKey: .pValue)
    }
}
