/// Stops training when a validation metric has not improved for a number of evaluations, and
/// returns the best model seen.
///
/// The metric is a closure so training does not depend on how it is computed — typically a
/// ranking metric (e.g. NDCG@10) on a held-out validation split, or RMSE for explicit models:
///
/// ```swift
/// let stopping = EarlyStopping(patience: 3) { model in ndcg(model, validation) }
/// ```
///
/// Keys:
/// - `patience` (int, default 3): evaluations in a row without improvement before stopping.
/// - `higherIsBetter` (bool, default true): false for error metrics such as RMSE.
/// - `interval` (int, default 1): evaluate after every `interval`-th epoch (and the last).
/// - `minimumImprovement` (float, default 0): a change must exceed this to count as improvement.
/// - `restoresBestModel` (bool, default true): return the parameters of the best evaluation rather
///   than those of the last epoch.
public struct EarlyStopping {
    /// Evaluates the current model on validation data.
    public var validation: (any Recommender) -> Double
    /// Evaluations without improvement before training stops.
    public var patience: Int
    /// Whether larger metric values are better.
    public var higherIsBetter: Bool
    /// Evaluate after every `interval`-th epoch.
    public var interval: Int
    /// The smallest change that counts as an improvement.
    public var minimumImprovement: Double
    /// Whether training returns the best evaluated model instead of the last one.
    public var restoresBestModel: Bool

    /// Creates an early-stopping rule; every argument but `validation` has the default listed on
    /// the type. Training checks the values (``validate()``) before its first epoch.
    public init(
        patience: Int = 3, higherIsBetter: Bool = true, interval: Int = 1, minimumImprovement: Double = 0,
        restoresBestModel: Bool = true, validation: @escaping (any Recommender) -> Double
    ) {
        self.validation = validation
        self.patience = patience
        self.higherIsBetter = higherIsBetter
        self.interval = interval
        self.minimumImprovement = minimumImprovement
        self.restoresBestModel = restoresBestModel
    }

    /// Checks `patience`, `interval` and `minimumImprovement`.
    /// - Throws: ``ModelError/invalidParameter(name:value:expected:)`` naming the first bad key.
    public func validate() throws {
        if patience < 1 {
            throw ModelError.invalidParameter(name: "patience", value: "\(patience)", expected: "a positive integer")
        }
        if interval < 1 {
            throw ModelError.invalidParameter(
                name: "validation interval", value: "\(interval)", expected: "a positive integer")
        }
        if !(minimumImprovement >= 0) {
            throw ModelError.invalidParameter(
                name: "minimum improvement", value: "\(minimumImprovement)", expected: "zero or a positive number")
        }
    }

    /// Whether `candidate` improves on `best` by more than ``minimumImprovement``.
    func improves(_ candidate: Double, on best: Double?) -> Bool {
        guard let best else { return !candidate.isNaN }
        return higherIsBetter
            ? candidate > best + minimumImprovement
            : candidate < best - minimumImprovement
    }
}
