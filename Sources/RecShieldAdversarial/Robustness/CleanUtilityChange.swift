/// The change of a clean-utility metric (HR, NDCG, RMSE, … on the real users' test set) between
/// the model trained on clean data and the one trained on poisoned data.
///
/// ```
/// relative change      = (after − before) / before
/// relative degradation = −relative change   when higher is better (HR, NDCG)
///                      = +relative change   when lower is better  (RMSE, MAE)
/// ```
///
/// So a positive degradation always means the attack hurt the model for real users, whichever
/// direction the metric runs. Both are `nil` when `before` is 0 (no relative change exists).
///
/// JSON keys: `metric`, `before`, `after`, `higher_is_better`, `relative_change`,
/// `relative_degradation`.
public struct CleanUtilityChange: Codable, Sendable, Equatable {
    /// The metric's name, e.g. `"NDCG@10"` or `"RMSE"`.
    public var metric: String
    /// The value for the model trained on clean data.
    public var before: Double
    /// The value for the model trained on poisoned data.
    public var after: Double
    /// Whether larger values are better (false for error metrics such as RMSE).
    public var higherIsBetter: Bool
    /// `(after − before) / before`, or `nil` when `before` is 0.
    public var relativeChange: Double?
    /// The relative change signed so that positive means worse, or `nil` when `before` is 0.
    public var relativeDegradation: Double?

    /// The change of `metric` from `before` to `after`.
    public init(metric: String, before: Double, after: Double, higherIsBetter: Bool) {
        self.metric = metric
        self.before = before
        self.after = after
        self.higherIsBetter = higherIsBetter
        let change = before == 0 ? nil : (after - before) / before
        relativeChange = change
        relativeDegradation = change.map { higherIsBetter ? -$0 : $0 }
    }

    enum CodingKeys: String, CodingKey {
        case metric, before, after
        case higherIsBetter = "higher_is_better"
        case relativeChange = "relative_change"
        case relativeDegradation = "relative_degradation"
    }
}
