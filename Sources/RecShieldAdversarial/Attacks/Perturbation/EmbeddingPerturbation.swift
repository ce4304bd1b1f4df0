import RecShieldCore

/// An evaluation-time attack on a trained model's parameters: random noise, FGSM or PGD on its
/// user/item embeddings or item features, each row within its own ε ball
/// (``PerturbationBudget``). The result is a perturbed copy scored through the normal
/// ``Recommender`` API.
///
/// With `g = ∂L/∂Θ` the gradient of the model's training loss (``PerturbableRecommender``),
/// `ε_r` the radius of row `r` and `dir` the steepest-ascent direction of the budget's norm
/// (`g_r/‖g_r‖₂` for L2, `sign(g_r)` for L∞):
/// ```
/// FGSM     Δ_r = ε_r · dir(g_r)                                   (g at the clean model)
/// PGD      Δ⁰ = 0;  Δ_r ← Π_r(Δ_r + α ε_r · dir(g_r(Θ + Δ)))   k times, Π_r = projection onto ‖·‖ ≤ ε_r
/// random   Δ_r = ‖Δ_r^FGSM‖₂ · ξ_r/‖ξ_r‖₂, ξ_r ~ N(0, I)           (L2)
///          Δ_rk = ±|Δ_rk^FGSM|, signs uniform                       (L∞)
/// ```
/// so random noise has exactly the per-row norms of the FGSM perturbation with the same budget
/// (every row the training loss touches moves by `ε_r`; rows without gradient stay put) — the
/// fair baseline for "adversarial versus random". The FGSM step with L2 is APR's adversarial
/// perturbation; L∞ is Goodfellow et al.'s sign step. PGD's step `α` is a share of each row's
/// radius (default `2.5/k`, Madry et al.), and it starts from zero, so PGD with `k = 1, α = 1`
/// is FGSM.
///
/// Loss samples are drawn once (``PerturbableRecommender/lossSamples(from:seed:)`` with
/// ``seed``), so every PGD step ascends the same function; random directions come from
/// `Xoshiro256StarStar(seed:stream: 1)`, table by table, row by row.
///
/// References:
/// - Goodfellow, Shlens & Szegedy, "Explaining and harnessing adversarial examples", ICLR 2015.
/// - He, He, Du & Chua, "Adversarial personalized ranking for recommendation", SIGIR 2018.
/// - Madry, Makelov, Schmidt, Tsipras & Vladu, "Towards deep learning models resistant to
///   adversarial attacks", ICLR 2018.
public struct EmbeddingPerturbation: Sendable, Equatable {
    /// How the perturbation is made.
    public enum Method: Sendable, Equatable {
        /// Random directions with the per-row norms of FGSM.
        case random
        /// One step of size ε along the steepest-ascent direction.
        case fgsm
        /// `steps` projected steps of `stepSize · ε_r` each (`nil`: `2.5 / steps`).
        case pgd(steps: Int, stepSize: Float? = nil)

        /// The method's name in reports: `random`, `fgsm` or `pgd`.
        public var name: String {
            switch self {
            case .random: return "random"
            case .fgsm: return "fgsm"
            case .pgd: return "pgd"
            }
        }
    }

    /// The method.
    public var method: Method
    /// The per-row budget.
    public var budget: PerturbationBudget
    /// Which tables are perturbed.
    public var target: PerturbationTarget
    /// Seeds the loss samples and random directions.
    public var seed: UInt64

    /// Creates an attack.
    public init(method: Method, budget: PerturbationBudget, target: PerturbationTarget = .both, seed: UInt64 = 0) {
        self.method = method
        self.budget = budget
        self.target = target
        self.seed = seed
    }

    /// Checks ε, and PGD's step count (≥ 1) and step size (a finite number > 0).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)``.
    public func validate() throws {
        try budget.validate()
        if case let .pgd(steps, stepSize) = method {
            guard steps >= 1 else {
                throw DataError.invalidParameter(name: "PGD steps", value: "\(steps)", expected: "an integer ≥ 1")
            }
            if let stepSize, !(stepSize.isFinite && stepSize > 0) {
                throw DataError.invalidParameter(
                    name: "PGD step size", value: "\(stepSize)", expected: "a finite number > 0 (a share of ε per step)")
            }
        }
    }

    /// Perturbs `model`, drawing the loss samples from its training data.
    /// - Parameters:
    ///   - model: the trained model.
    ///   - training: its training matrix in the model's indices (rows users, values ratings or 1).
    /// - Throws: as ``apply(to:samples:)``.
    public func apply<Model: PerturbableRecommender>(to model: Model, training: SparseMatrix) throws -> PerturbationOutcome<Model> {
        try apply(to: model, samples: model.lossSamples(from: training, seed: seed))
    }

    /// Perturbs `model` with loss samples drawn beforehand (a robustness curve draws them once for
    /// all budgets).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a bad budget or PGD
    ///   setting, or a ``target`` the model has no table for (features of BPR-MF, users of VBPR).
    /// - Complexity: FGSM and random: two loss gradients; PGD: `steps + 1`.
    public func apply<Model: PerturbableRecommender>(to model: Model, samples: Model.LossSamples) throws -> PerturbationOutcome<Model> {
        try validate()
        let tables = model.perturbableTables
        let selected = tables.map { target.includes($0.role) }
        guard selected.contains(true) else {
            let roles = Set(tables.map(\.role))
            let valid = PerturbationTarget.allCases.filter { candidate in roles.contains { candidate.includes($0) } }
            throw DataError.invalidParameter(
                name: "perturbation target", value: target.rawValue,
                expected: "one of \(valid.map(\.rawValue).joined(separator: ", ")) for this model")
        }
        let radii = tables.map { table in rowRadii(of: table) }
        let clean = model.lossGradient(on: samples)
        var deltas: [[Float]]
        switch method {
        case .fgsm:
            deltas = ascentSteps(tables, clean.tables, selected, radii, share: 1)
        case .random:
            deltas = randomDirections(matching: ascentSteps(tables, clean.tables, selected, radii, share: 1), tables)
        case let .pgd(steps, stepSize):
            let share = stepSize ?? 2.5 / Float(steps)
            deltas = tables.map { [Float](repeating: 0, count: $0.values.count) }
            var gradient = clean.tables
            for step in 0..<steps {
                if step > 0 { gradient = perturbed(model, tables, deltas).lossGradient(on: samples).tables }
                let moves = ascentSteps(tables, gradient, selected, radii, share: share)
                for t in tables.indices where selected[t] {
                    project(&deltas[t], adding: moves[t], table: tables[t], radii: radii[t])
                }
            }
        }
        let result = perturbed(model, tables, deltas)
        return PerturbationOutcome(
            model: result, deltas: deltas, cleanLoss: clean.loss,
            perturbedLoss: result.lossGradient(on: samples).loss,
            rowNorms: norms(of: deltas, tables, selected))
    }

    /// `ε_r` of every row of a table.
    private func rowRadii(of table: ParameterTable) -> [Float] {
        table.values.withUnsafeBufferPointer { values in
            (0..<table.rowCount).map { row in
                budget.radius(ofRow: UnsafeBufferPointer(rebasing: values[(row * table.columnCount)..<((row + 1) * table.columnCount)]))
            }
        }
    }

    /// `share · ε_r · dir(g_r)` for every row of the selected tables (zero for the others).
    private func ascentSteps(
        _ tables: [ParameterTable], _ gradients: [[Float]], _ selected: [Bool], _ radii: [[Float]], share: Float
    ) -> [[Float]] {
        tables.indices.map { t in
            let table = tables[t]
            var step = [Float](repeating: 0, count: table.values.count)
            guard selected[t] else { return step }
            let width = table.columnCount
            gradients[t].withUnsafeBufferPointer { gradient in
                step.withUnsafeMutableBufferPointer { step in
                    for row in 0..<table.rowCount {
                        let range = (row * width)..<((row + 1) * width)
                        let out = UnsafeMutableBufferPointer(rebasing: step[range])
                        budget.norm.steepestDirection(of: UnsafeBufferPointer(rebasing: gradient[range]), into: out)
                        let size = share * radii[t][row]
                        for k in out.indices { out[k] *= size }
                    }
                }
            }
            return step
        }
    }

    /// `Δ_r ← Π_r(Δ_r + move_r)` for every row of one table.
    private func project(_ delta: inout [Float], adding move: [Float], table: ParameterTable, radii: [Float]) {
        let width = table.columnCount
        delta.withUnsafeMutableBufferPointer { delta in
            for row in 0..<table.rowCount {
                let range = (row * width)..<((row + 1) * width)
                for k in range { delta[k] += move[k] }
                budget.norm.project(UnsafeMutableBufferPointer(rebasing: delta[range]), radius: radii[row])
            }
        }
    }

    /// Random directions with the per-row L2 norms (L2) or per-entry magnitudes (L∞) of `reference`.
    private func randomDirections(matching reference: [[Float]], _ tables: [ParameterTable]) -> [[Float]] {
        var generator = Xoshiro256StarStar(seed: seed, stream: 1)
        return tables.indices.map { t in
            let width = tables[t].columnCount
            var noise = reference[t]
            for row in 0..<tables[t].rowCount {
                let range = (row * width)..<((row + 1) * width)
                switch budget.norm {
                case .linf:
                    for k in range where noise[k] != 0 && generator.next() & 1 == 1 { noise[k] = -noise[k] }
                case .l2:
                    let length = PerturbationNorm.l2.norm(of: Array(noise[range]))
                    guard length > 0 else { continue }
                    let draws = range.map { _ in Float(generator.nextGaussian()) }
                    let scale = length / PerturbationNorm.l2.norm(of: draws)
                    for (k, draw) in zip(range, draws) { noise[k] = draw * scale }
                }
            }
            return noise
        }
    }

    /// The model with `Θ + Δ`.
    private func perturbed<Model: PerturbableRecommender>(_ model: Model, _ tables: [ParameterTable], _ deltas: [[Float]]) -> Model {
        model.replacingTableValues(tables.indices.map { t in zip(tables[t].values, deltas[t]).map { $0 + $1 } })
    }

    /// The budget-norm of every row of the selected tables.
    private func norms(of deltas: [[Float]], _ tables: [ParameterTable], _ selected: [Bool]) -> [Float] {
        tables.indices.filter { selected[$0] }.flatMap { t in
            let width = tables[t].columnCount
            return (0..<tables[t].rowCount).map { row in
                budget.norm.norm(of: Array(deltas[t][(row * width)..<((row + 1) * width)]))
            }
        }
    }
}
