/// One measured value.
///
/// Names: clean-utility metrics are `<metric>@<K>` or `<metric>` (``EvaluationSection/metricNames``);
/// target measures are ``StudyMetric`` names (`target_hr@10`, `prediction_shift`, …).
public struct MetricValue: Sendable, Equatable, Codable {
    /// When it was measured.
    public var phase: MetricPhase
    /// The attack's entry name, or empty for the clean phase.
    public var attack: String
    /// The perturbation size for the perturbed phase, else `nil`.
    public var epsilon: Double?
    /// The metric's name.
    public var name: String
    /// The value.
    public var value: Double

    /// Creates a value.
    public init(phase: MetricPhase, attack: String = "", epsilon: Double? = nil, name: String, value: Double) {
        self.phase = phase
        self.attack = attack
        self.epsilon = epsilon
        self.name = name
        self.value = value
    }
}
