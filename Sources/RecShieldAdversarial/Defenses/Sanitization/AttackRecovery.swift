/// How much of an attack's effect on one measure sanitise-and-retrain undid.
///
/// ```
/// recovered = (attacked − sanitised) / (attacked − clean)
/// ```
/// 1 means the sanitised model is back at the clean model's value, 0 that sanitising changed
/// nothing, above 1 that it overshot, below 0 that it made things worse. `nil` when the attack
/// did not move the measure (`attacked = clean`).
///
/// JSON keys: `measure`, `clean`, `attacked`, `sanitized`, `recovered`.
public struct AttackRecovery: Codable, Sendable, Equatable {
    /// The measure, e.g. `"HR@10"`, `"prediction_shift"`, `"mean_rank"`.
    public var measure: String
    /// Its value for the model trained on clean data.
    public var clean: Double
    /// Its value for the model trained on poisoned data.
    public var attacked: Double
    /// Its value for the model trained on sanitised data.
    public var sanitized: Double
    /// The share of the attack's effect undone, or `nil` without an effect.
    public var recovered: Double?

    /// The recovery of one measure.
    public init(measure: String, clean: Double, attacked: Double, sanitized: Double) {
        self.measure = measure
        self.clean = clean
        self.attacked = attacked
        self.sanitized = sanitized
        let effect = attacked - clean
        recovered = abs(effect) <= 1e-12 * max(1, abs(clean)) ? nil : (attacked - sanitized) / effect
    }
}
