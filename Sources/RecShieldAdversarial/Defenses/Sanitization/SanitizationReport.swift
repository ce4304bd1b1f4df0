/// The outcome of ``SanitizeAndRetrain``: what the detector removed and how much of the attack's
/// effect on its targets was undone.
///
/// JSON keys: `detector`, `decision`, `flagged`, `fake_users`, `fake_removed`, `real_users`,
/// `real_removed`, `detection` (``DetectionQuality``), `attacked` and `sanitized`
/// (``TargetImpact`` of the poisoned and the sanitised model, each against the clean model),
/// `recovery` (``AttackRecovery`` per measure: `HR@K` for each cut-off, `prediction_shift`,
/// `mean_rank`).
public struct SanitizationReport: Codable, Sendable, Equatable {
    /// The detector's name.
    public var detector: String
    /// The rule that flagged users.
    public var decision: DetectionDecision
    /// Users removed.
    public var flagged: Int
    /// Fake users in the poisoned data.
    public var fakeUsers: Int
    /// Fake users removed (true positives).
    public var fakeRemoved: Int
    /// Real users with interactions in the poisoned data.
    public var realUsers: Int
    /// Real users removed (false positives): their interactions are lost to the retrained model.
    public var realRemoved: Int
    /// The detection's precision, recall, F1 and ROC-AUC against the artefact's labels.
    public var detection: DetectionQuality
    /// The attack's effect: the poisoned model against the clean model.
    public var attacked: TargetImpact
    /// What is left of it: the sanitised model against the clean model.
    public var sanitized: TargetImpact
    /// Clean, attacked and sanitised values of each measure, and the share recovered.
    public var recovery: [AttackRecovery]

    enum CodingKeys: String, CodingKey {
        case detector, decision, flagged
        case fakeUsers = "fake_users"
        case fakeRemoved = "fake_removed"
        case realUsers = "real_users"
        case realRemoved = "real_removed"
        case detection, attacked, sanitized, recovery
    }
}
