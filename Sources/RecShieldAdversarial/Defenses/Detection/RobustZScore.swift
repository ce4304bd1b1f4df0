/// Robust z-scores: distances from the median in units of the scaled median absolute deviation,
/// so a few extreme values (the fake profiles one wants to find) cannot mask themselves by
/// inflating the mean and standard deviation.
///
/// ```
/// z_u  = (x_u − median(x)) / s
/// s    = 1.4826 · MAD,                 MAD = median(|x − median(x)|)
///      = 1.2533 · mean(|x − median(x)|)   when MAD = 0 (more than half the values are equal)
/// z_u  = 0                              when both are 0 (all values equal)
/// ```
/// Both factors make `s` estimate the standard deviation of normal data (`1/Φ⁻¹(¾)` and `√(π/2)`),
/// so `z ≥ 3` flags what lies beyond median + 3 standard deviations.
///
/// References:
/// - Rousseeuw & Croux, "Alternatives to the median absolute deviation", JASA 88(424), 1993.
/// - Leys et al., "Detecting outliers: do not use standard deviation around the mean, use
///   absolute deviation around the median", J. Experimental Social Psychology 49(4), 2013.
public enum RobustZScore {
    /// The consistency factor of the MAD for normal data.
    public static let madScale = 1.4826
    /// The consistency factor of the mean absolute deviation for normal data.
    public static let meanDeviationScale = 1.2533

    /// The robust z-score of each value, using the values where `included` is true for the
    /// median and scale (all of them when `included` is `nil`); excluded values get 0.
    /// - Precondition: `included` has one flag per value; no NaN among included values.
    public static func scores(_ values: [Double], included: [Bool]? = nil) -> [Double] {
        let flags = included ?? [Bool](repeating: true, count: values.count)
        precondition(flags.count == values.count, "one flag per value")
        let sample = values.indices.filter { flags[$0] }.map { values[$0] }
        precondition(!sample.contains(where: \.isNaN), "values must not be NaN")
        guard !sample.isEmpty else { return [Double](repeating: 0, count: values.count) }
        let center = median(sample)
        let deviations = sample.map { abs($0 - center) }
        var scale = madScale * median(deviations)
        if scale == 0 { scale = meanDeviationScale * deviations.reduce(0, +) / Double(deviations.count) }
        return values.indices.map { flags[$0] && scale > 0 ? (values[$0] - center) / scale : 0 }
    }

    /// The median (the mean of the two middle values for an even count).
    /// - Precondition: `values` is not empty.
    public static func median(_ values: [Double]) -> Double {
        precondition(!values.isEmpty, "the median needs at least one value")
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
