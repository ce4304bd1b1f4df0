#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecShieldCore

/// L2-regularised logistic regression fitted by full-batch gradient descent, with class weights
/// that balance fake and real profiles — the linear supervised classifier of the detection
/// literature (Williams et al. 2007 compare it with kNN and SVM on the same features).
///
/// For standardised rows `x_n` with labels `y_n ∈ {0, 1}` and weights `ω_n = N / (2·N_{y_n})`
/// (each class weighs half):
/// ```
/// s(x)    = w·x + b                                      the logit, the detector's score
/// L(w, b) = (1/N) Σ_n ω_n · (softplus(s_n) − y_n·s_n) + (λ/2)·‖w‖²      (bias not penalised)
/// ∂L/∂w   = (1/N) Σ_n ω_n (σ(s_n) − y_n) x_n + λ·w,    ∂L/∂b = (1/N) Σ_n ω_n (σ(s_n) − y_n)
/// w ← w − η·∂L/∂w,  η = 1 / (¼·(1/N) Σ_n ω_n (‖x_n‖² + 1) + λ)
/// ```
/// The step `η` is the inverse of an upper bound on the Hessian's largest eigenvalue (the trace
/// of the weighted second moments of the rows with the bias's constant 1), so the descent never
/// overshoots; it stops when the gradient's largest component falls below
/// ``Configuration/tolerance`` or after ``Configuration/iterations`` steps. Deterministic: no
/// randomness.
///
/// References:
/// - Hastie, Tibshirani & Friedman, *The Elements of Statistical Learning*, 2nd ed., §4.4.
/// - Williams, Mobasher & Burke, "Defending recommender systems: detection of profile injection
///   attacks", SOCA 1(3), 2007.
public struct LogisticRegression: Sendable, Equatable, Codable {
    /// Training settings.
    ///
    /// Keys:
    /// - `l2` (float ≥ 0, default 0.01): `λ`.
    /// - `iterations` (int ≥ 1, default 2 000): the step cap.
    /// - `tolerance` (float ≥ 0, default 1e-6): the gradient size that ends training.
    public struct Configuration: Sendable, Equatable, Hashable, Codable {
        /// `λ`.
        public var l2: Double
        /// The step cap.
        public var iterations: Int
        /// The largest gradient component that ends training.
        public var tolerance: Double

        /// Creates settings; every argument has the documented default.
        public init(l2: Double = 0.01, iterations: Int = 2_000, tolerance: Double = 1e-6) {
            self.l2 = l2
            self.iterations = iterations
            self.tolerance = tolerance
        }

        /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a value out of range.
        public func validate() throws {
            guard l2 >= 0 && l2.isFinite, iterations >= 1, tolerance >= 0 else {
                throw DataError.invalidParameter(
                    name: "logistic regression settings", value: "l2 \(l2), iterations \(iterations), tolerance \(tolerance)",
                    expected: "l2 ≥ 0, iterations ≥ 1, tolerance ≥ 0")
            }
        }
    }

    /// `w`, one weight per feature.
    public var weights: [Double]
    /// `b`.
    public var bias: Double

    /// Creates a model from its parameters.
    public init(weights: [Double], bias: Double) {
        self.weights = weights
        self.bias = bias
    }

    /// `σ(x) = 1 / (1 + e^(−x))` in `Double`, without overflow.
    public static func sigmoid(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }

    /// The logit `w·x + b` of one row.
    public func logit(_ row: ArraySlice<Double>) -> Double {
        precondition(row.count == weights.count, "one value per weight")
        return zip(weights, row).reduce(bias) { $0 + $1.0 * $1.1 }
    }

    /// Fits the model.
    /// - Parameters:
    ///   - rows: row-major standardised features, `labels.count × width`.
    ///   - width: the number of features `d`.
    ///   - labels: whether each row is a fake profile.
    ///   - configuration: the settings.
    /// - Precondition: both classes present; `rows.count == labels.count · width`.
    public init(fitting rows: [Double], width: Int, labels: [Bool], configuration: Configuration = Configuration()) {
        precondition(rows.count == labels.count * width && width > 0, "one row of the given width per label")
        let weights = ClassBalance.weights(labels)
        let trace = labels.indices.reduce(0.0) { total, sample in
            total + weights[sample] * rows[(sample * width)..<((sample + 1) * width)].reduce(1) { $0 + $1 * $1 }
        } / Double(labels.count)
        let step = 1 / (0.25 * trace + configuration.l2)
        var model = LogisticRegression(weights: [Double](repeating: 0, count: width), bias: 0)
        for _ in 0..<configuration.iterations {
            let (_, gradient, biasGradient) = model.objective(
                rows: rows, labels: labels, sampleWeights: weights, l2: configuration.l2)
            let largest = gradient.reduce(abs(biasGradient)) { max($0, abs($1)) }
            if largest <= configuration.tolerance { break }
            for index in 0..<width { model.weights[index] -= step * gradient[index] }
            model.bias -= step * biasGradient
        }
        self = model
    }

    /// The training objective `L(w, b)` and its gradient at this model.
    /// - Parameters:
    ///   - rows: row-major standardised features of this model's width.
    ///   - labels: whether each row is a fake profile.
    ///   - sampleWeights: `ω_n` per row.
    ///   - l2: `λ`.
    /// - Returns: `L`, `∂L/∂w` and `∂L/∂b`.
    func objective(
        rows: [Double], labels: [Bool], sampleWeights: [Double], l2: Double
    ) -> (loss: Double, weights: [Double], bias: Double) {
        let width = weights.count
        let count = Double(labels.count)
        var loss = 0.5 * l2 * weights.reduce(0) { $0 + $1 * $1 }
        var gradient = weights.map { l2 * $0 }
        var biasGradient = 0.0
        for (sample, label) in labels.enumerated() {
            let row = rows[(sample * width)..<((sample + 1) * width)]
            let s = logit(row)
            let y = label ? 1.0 : 0.0
            loss += sampleWeights[sample] * (max(s, 0) + log1p(exp(-abs(s))) - y * s) / count
            let residual = sampleWeights[sample] * (Self.sigmoid(s) - y) / count
            biasGradient += residual
            for (index, value) in row.enumerated() { gradient[index] += residual * value }
        }
        return (loss, gradient, biasGradient)
    }
}

/// Per-sample weights `N / (2·N_class)` that give each class half the total weight.
enum ClassBalance {
    static func weights(_ labels: [Bool]) -> [Double] {
        let positives = Double(labels.count { $0 })
        let negatives = Double(labels.count) - positives
        precondition(positives > 0 && negatives > 0, "a classifier needs examples of both classes")
        let total = Double(labels.count)
        return labels.map { $0 ? total / (2 * positives) : total / (2 * negatives) }
    }
}
