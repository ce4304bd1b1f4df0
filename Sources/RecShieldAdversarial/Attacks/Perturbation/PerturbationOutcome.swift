/// The result of an ``EmbeddingPerturbation``: the perturbed model and what changed.
public struct PerturbationOutcome<Model: PerturbableRecommender>: Sendable {
    /// The model with `Θ + Δ`, scored through the normal ``RecShieldCore/Recommender`` API.
    public var model: Model
    /// `Δ` for every table of ``PerturbableRecommender/perturbableTables`` (zeros for tables the
    /// target left alone).
    public var deltas: [[Float]]
    /// The training loss on the attack's samples before the perturbation.
    public var cleanLoss: Double
    /// The training loss on the same samples after it.
    public var perturbedLoss: Double
    /// `‖Δ_r‖` in the budget's norm for every row of the perturbed tables, table by table.
    public var rowNorms: [Float]

    /// Creates an outcome.
    public init(model: Model, deltas: [[Float]], cleanLoss: Double, perturbedLoss: Double, rowNorms: [Float]) {
        self.model = model
        self.deltas = deltas
        self.cleanLoss = cleanLoss
        self.perturbedLoss = perturbedLoss
        self.rowNorms = rowNorms
    }

    /// The number of rows that moved (`Δ_r ≠ 0`).
    public var perturbedRows: Int { rowNorms.count { $0 > 0 } }

    /// The mean of `‖Δ_r‖` over the rows that moved (0 when none did).
    public var meanRowNorm: Double {
        let moved = rowNorms.filter { $0 > 0 }
        return moved.isEmpty ? 0 : moved.reduce(0.0) { $0 + Double($1) } / Double(moved.count)
    }
}
