/// Column-wise standardisation of feature rows, fitted on training rows and applied unchanged to
/// any later rows, so a classifier sees features on a common scale.
///
/// ```
/// x'_f = (x_f − μ_f) / σ_f     μ_f, σ_f: mean and population standard deviation on the training rows
///                              (σ_f = 1 for a constant column, which then becomes 0)
/// ```
public struct FeatureStandardizer: Sendable, Equatable, Codable {
    /// `μ_f` per column.
    public var means: [Double]
    /// `σ_f` per column.
    public var deviations: [Double]

    /// Fits the means and deviations of row-major `rows × width` values.
    /// - Precondition: at least one row; `values.count` is a multiple of `width`.
    public init(fitting values: [Double], width: Int) {
        precondition(width > 0 && values.count % width == 0 && !values.isEmpty, "at least one row of the given width")
        let rows = Double(values.count / width)
        var means = [Double](repeating: 0, count: width)
        for (index, value) in values.enumerated() { means[index % width] += value / rows }
        var squares = [Double](repeating: 0, count: width)
        for (index, value) in values.enumerated() {
            let difference = value - means[index % width]
            squares[index % width] += difference * difference / rows
        }
        self.means = means
        deviations = squares.map { $0 > 0 ? $0.squareRoot() : 1 }
    }

    /// The number of columns.
    public var width: Int { means.count }

    /// Standardises row-major values of this width.
    public func transform(_ values: [Double]) -> [Double] {
        precondition(values.count % width == 0, "rows of the fitted width")
        return values.enumerated().map { index, value in (value - means[index % width]) / deviations[index % width] }
    }
}
