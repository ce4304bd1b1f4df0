/// When a metric was measured, relative to the cell's attack and defense.
public enum MetricPhase: String, Sendable, Codable, CaseIterable {
    /// The cell's model (trained with its defense) on clean data, before the attack.
    case clean
    /// The cell's model (trained with its defense) on poisoned data, after the attack.
    case attacked
    /// After a data-side defense acted on the poisoned data (sanitize: detect, remove, retrain).
    case defended
    /// Under a perturbation attack of size ε (the metric's `epsilon`).
    case perturbed
}
