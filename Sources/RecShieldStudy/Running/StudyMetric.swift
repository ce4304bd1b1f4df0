/// The names of target-side measures, shared by executors and reports.
public enum StudyMetric {
    /// Target hit ratio @K (RecAD): `target_hr@K`.
    public static func targetHitRatio(_ k: Int) -> String { "target_hr@\(k)" }
    /// Mean score change of the targets for real users.
    public static let predictionShift = "prediction_shift"
    /// Mean rank of the targets for real users.
    public static let meanTargetRank = "mean_target_rank"

    /// Whether `name` is a target-side measure rather than a clean-utility metric.
    public static func isTargetMeasure(_ name: String) -> Bool {
        name.hasPrefix("target_") || name == predictionShift || name == meanTargetRank
    }
}
