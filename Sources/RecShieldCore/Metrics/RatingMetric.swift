/// A rating-prediction error metric with its identity, over the `n` (user, item, rating) triples
/// of an explicit test set and the model's predictions `r̂`:
///
/// ```
/// RMSE = √( (1/n) Σ (r̂ − r)² )
/// MAE  =    (1/n) Σ |r̂ − r|
/// ```
///
/// Both are global over ratings (not means of per-user values), as in the Netflix Prize and most
/// libraries; lower is better.
public enum RatingMetric: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Root mean squared error.
    case rmse
    /// Mean absolute error.
    case mae

    /// The display name, `"RMSE"` or `"MAE"`.
    public var name: String {
        switch self {
        case .rmse: return "RMSE"
        case .mae: return "MAE"
        }
    }

    /// The stable snake_case key for JSON and CSV output, `"rmse"` or `"mae"`.
    public var key: String {
        switch self {
        case .rmse: return "rmse"
        case .mae: return "mae"
        }
    }

    /// Whether a larger value is better (false: these are errors).
    public var higherIsBetter: Bool { false }

    public var description: String { name }
}
