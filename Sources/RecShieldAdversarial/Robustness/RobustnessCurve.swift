import RecShieldCore

/// A model's clean utility as its parameters are perturbed with growing budgets: metric versus ε
/// for one model and one kind of perturbation, with the relative drop from the clean value.
///
/// Each point perturbs the **clean** model afresh with budget ε (``EmbeddingPerturbation``; the
/// loss samples are drawn once, so every ε ascends the same loss) and evaluates the perturbed
/// copy on the held-out interactions of real users:
/// ```
/// relative drop = (clean − perturbed) / clean      (HR, NDCG: higher is better)
///               = (perturbed − clean) / clean      (RMSE: lower is better)
/// ```
/// i.e. ``CleanUtilityChange/relativeDegradation`` — positive means the perturbation hurt.
///
/// JSON keys: `model`, `method` (`random` | `fgsm` | `pgd`), `steps`, `step_size` (PGD only),
/// `target`, `norm`, `scale`, `budget_rule` (the per-row rule in words), `seed`, `clean_loss`,
/// `clean` (`[{"metric", "value"}]`), `points` (`[{"epsilon", "metrics": [CleanUtilityChange],
/// "training_loss", "perturbed_rows", "mean_row_norm"}]`).
public struct RobustnessCurve: Codable, Sendable, Equatable {
    /// One metric's value on the clean model.
    public struct CleanValue: Codable, Sendable, Equatable {
        /// The metric's name, e.g. `"NDCG@10"`.
        public var metric: String
        /// Its value.
        public var value: Double
    }

    /// The model perturbed with one budget.
    public struct Point: Codable, Sendable, Equatable {
        /// The budget ε.
        public var epsilon: Float
        /// Every metric, clean (`before`) versus perturbed (`after`), with the relative drop.
        public var metrics: [CleanUtilityChange]
        /// The training loss on the attack's samples after the perturbation.
        public var trainingLoss: Double
        /// The number of rows that moved.
        public var perturbedRows: Int
        /// The mean `‖Δ_r‖` (budget norm) over the rows that moved.
        public var meanRowNorm: Double

        enum CodingKeys: String, CodingKey {
            case epsilon, metrics
            case trainingLoss = "training_loss"
            case perturbedRows = "perturbed_rows"
            case meanRowNorm = "mean_row_norm"
        }
    }

    /// The model's name, e.g. `"bpr-mf"`.
    public var model: String
    /// `random`, `fgsm` or `pgd`.
    public var method: String
    /// PGD's step count (`nil` otherwise).
    public var steps: Int?
    /// PGD's step as a share of ε (`nil` otherwise).
    public var stepSize: Float?
    /// Which tables were perturbed.
    public var target: PerturbationTarget
    /// The budget's norm.
    public var norm: PerturbationNorm
    /// Relative or absolute ε.
    public var scale: PerturbationBudget.Scale
    /// The per-row budget rule in words.
    public var budgetRule: String
    /// The seed of loss samples and random directions.
    public var seed: UInt64
    /// The training loss of the clean model on the attack's samples.
    public var cleanLoss: Double
    /// The clean model's metric values.
    public var clean: [CleanValue]
    /// One point per ε, in the order given.
    public var points: [Point]

    enum CodingKeys: String, CodingKey {
        case model, method, steps
        case stepSize = "step_size"
        case target, norm, scale
        case budgetRule = "budget_rule"
        case seed
        case cleanLoss = "clean_loss"
        case clean, points
    }

    /// Measures the curve.
    /// - Parameters:
    ///   - model: the trained (clean) model.
    ///   - name: its name in the result.
    ///   - perturbation: the attack; its ε is replaced by each of `epsilons`.
    ///   - epsilons: the budgets, in output order.
    ///   - training: the model's training matrix (loss samples; excluded from rankings).
    ///   - test: held-out interactions of real users, in the model's indices.
    ///   - metrics: the clean-utility metrics.
    ///   - threads: evaluation threads (results do not depend on them).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for no ε, a negative or
    ///   non-finite ε, no metric, and the errors of ``EmbeddingPerturbation/apply(to:samples:)``.
    public static func measure<Model: PerturbableRecommender>(
        _ model: Model, name: String, perturbation: EmbeddingPerturbation, epsilons: [Float],
        training: SparseMatrix, test: SparseMatrix, metrics: [UtilityMetric], threads: Int = ParallelLoop.availableThreads
    ) throws -> RobustnessCurve {
        guard !epsilons.isEmpty else {
            throw DataError.invalidParameter(name: "epsilons", value: "", expected: "at least one budget ε ≥ 0")
        }
        guard !metrics.isEmpty else {
            throw DataError.invalidParameter(name: "metrics", value: "", expected: "at least one clean-utility metric")
        }
        for epsilon in epsilons {
            var budget = perturbation.budget
            budget.epsilon = epsilon
            try budget.validate()
        }
        let samples = model.lossSamples(from: training, seed: perturbation.seed)
        let cleanValues = try UtilityMetric.evaluate(metrics, of: model, test: test, training: training, threads: threads)
        var cleanLoss = 0.0
        var points: [Point] = []
        for epsilon in epsilons {
            var attack = perturbation
            attack.budget.epsilon = epsilon
            let outcome = try attack.apply(to: model, samples: samples)
            cleanLoss = outcome.cleanLoss
            let values = try UtilityMetric.evaluate(metrics, of: outcome.model, test: test, training: training, threads: threads)
            points.append(Point(
                epsilon: epsilon,
                metrics: metrics.indices.map {
                    CleanUtilityChange(
                        metric: metrics[$0].name, before: cleanValues[$0], after: values[$0],
                        higherIsBetter: metrics[$0].higherIsBetter)
                },
                trainingLoss: outcome.perturbedLoss, perturbedRows: outcome.perturbedRows, meanRowNorm: outcome.meanRowNorm))
        }
        var steps: Int?
        var stepSize: Float?
        if case let .pgd(count, size) = perturbation.method {
            steps = count
            stepSize = size ?? 2.5 / Float(count)
        }
        return RobustnessCurve(
            model: name, method: perturbation.method.name, steps: steps, stepSize: stepSize,
            target: perturbation.target, norm: perturbation.budget.norm, scale: perturbation.budget.scale,
            budgetRule: perturbation.budget.rule, seed: perturbation.seed, cleanLoss: cleanLoss,
            clean: metrics.indices.map { CleanValue(metric: metrics[$0].name, value: cleanValues[$0]) }, points: points)
    }
}
