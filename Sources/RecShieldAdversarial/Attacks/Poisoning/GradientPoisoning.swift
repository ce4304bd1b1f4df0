import RecShieldCore

/// White-box data poisoning against matrix factorisation: fake profiles whose items are chosen by
/// the gradient of an attack objective through a surrogate model, for implicit-feedback victims
/// such as BPR-MF that heuristic shilling profiles barely move.
///
/// For a configuration with seed `s`, on data with `m` real users and a catalogue of `n` items
/// (items with an interaction):
///
/// 1. Targets are resolved (``TargetSelection``) with generator `(s, stream 0)`; `k` fake
///    profiles and `n_F` fillers per profile are resolved as for the heuristic attacks.
/// 2. Profile `p` starts as the targets plus `n_F` fillers drawn uniformly from the catalogue
///    minus the targets with generator `(s, stream p + 1)` — the random attack's items.
/// 3. Each of `rounds` rounds:
///    - trains the ALS surrogate (``ALSSurrogate``) on the real interactions plus the current
///      fake profiles;
///    - relaxes each profile to the budget polytope `{x ∈ [0, 1]^pool : Σ_j x_j = n_F}` (targets
///      fixed at 1, items outside the filler pool at 0) and takes `inner_steps` Frank–Wolfe steps
///      on ``PoisoningObjective``, starting from the current profile:
///      ```
///      s_f = the n_F pool items with the most negative ∂L/∂x_fj    (the polytope's best vertex)
///      x_f ← x_f + γ_k (s_f − x_f),   γ_k = 2 / (k + 2),  k = 0, 1, …
///      ```
///      so every iterate spends exactly the filler budget;
///    - projects each relaxed profile back to a discrete one: the targets plus the `n_F` pool
///      items with the largest `x_fj` (ties: the more negative gradient, then the lower index).
/// 4. The final profiles are appended to the data (``inject(_:into:)``): on rated data the targets
///    get the highest observed rating and each filler the average attack's rating
///    (`N(μ_i, σ_i²)` snapped onto the observed values), drawn with generator
///    `(s, stream k + p + 1)`, which then draws timestamps as the heuristic attacks do; fake user
///    IDs are `fake-<c>` as in ``ProfileInjector``.
///
/// So the attacker needs the interaction data (white box on data, gray box on the model: the
/// surrogate stands in for the victim), and every profile costs the same as a heuristic one.
///
/// Caveat: the surrogate only stands in for the victim, and its gradient is first order. On
/// MovieLens latest-small against BPR-MF the attack moves targets most with short profiles
/// (a few dozen items): with long ones every fake also boosts its fillers, which then compete
/// with the targets in real users' top lists.
///
/// References:
/// - Li, Wang, Singh & Vorobeychik, "Data poisoning attacks on factorization-based collaborative
///   filtering", NeurIPS 2016.
/// - Tang, Wen & Wang, "Revisiting adversarially learned injection attacks in recommender
///   systems", NeurIPS 2020.
/// - Frank & Wolfe, "An algorithm for quadratic programming", Naval Research Logistics
///   Quarterly 3, 1956.
public enum GradientPoisoning {
    /// How the objective moved in one round: at the round's starting profiles, after the
    /// Frank–Wolfe steps, and at the projected (discrete) profiles — all under that round's
    /// surrogate.
    public struct Round: Sendable, Equatable, Codable {
        /// `L` at the discrete profiles the round started from.
        public var startLoss: Double
        /// `L` at the relaxed profiles after the gradient steps.
        public var relaxedLoss: Double
        /// `L` at the projected profiles.
        public var projectedLoss: Double

        enum CodingKeys: String, CodingKey {
            case startLoss = "start_loss"
            case relaxedLoss = "relaxed_loss"
            case projectedLoss = "projected_loss"
        }
    }

    /// The poisoned data and the objective's course.
    public struct Result: Sendable, Equatable {
        /// The clean data with the fake profiles appended.
        public var injection: ProfileInjection
        /// One entry per round.
        public var rounds: [Round]
    }

    /// Runs the attack on `data`.
    /// - Throws: ``DataError`` for empty data, a bad setting, invalid amounts, unknown or too many
    ///   targets, or more fillers than the catalogue holds outside the targets.
    /// - Complexity: per round, ALS training plus `inner_steps · k · n · d`.
    public static func inject(_ configuration: GradientPoisoningConfiguration, into data: InteractionDataset) throws -> Result {
        try configuration.validate()
        let context = try AttackContext(data)
        let fakeCount = try configuration.fakeUsers.resolved(realUsers: context.activeUserCount)
        var targetGenerator = Xoshiro256StarStar(seed: configuration.seed, stream: 0)
        let targets = try configuration.targets.resolve(in: context, using: &targetGenerator)
        let isTarget = Set(targets)
        let pool = context.catalogue.filter { !isTarget.contains($0) }
        let fillerCount = try configuration.filler.resolved(catalogue: context.catalogue.count, available: pool.count)
        var fillers = (0..<fakeCount).map { profile in
            var generator = Xoshiro256StarStar(seed: configuration.seed, stream: UInt64(profile) + 1)
            return ProfileInjector.sample(fillerCount, from: pool, using: &generator)
        }
        var rounds: [Round] = []
        for _ in 0..<configuration.rounds {
            let (round, next) = improve(
                fillers, targets: targets, pool: pool, real: context.byUser, configuration: configuration)
            rounds.append(round)
            fillers = next
        }
        let poisoned = appendProfiles(fillers, targets: targets, to: data, context: context, seed: configuration.seed)
        return Result(
            injection: ProfileInjection(
                poisoned: poisoned, realUserCount: data.userCount, targets: targets, selected: [], fillerCount: fillerCount),
            rounds: rounds)
    }

    /// One round: surrogate, relaxed steps, projection.
    static func improve(
        _ fillers: [[Int]], targets: [Int], pool: [Int], real: SparseMatrix, configuration: GradientPoisoningConfiguration
    ) -> (Round, [[Int]]) {
        let n = real.columnCount
        let surrogate = ALSSurrogate(
            interactions: appending(fillers, targets: targets, to: real), factors: configuration.surrogateFactors,
            regularization: configuration.surrogateRegularization, iterations: configuration.surrogateIterations,
            seed: configuration.seed)
        let objective = PoisoningObjective(surrogate: surrogate, real: real, targets: targets, cutoff: configuration.cutoff)
        var x = dense(fillers, targets: targets, itemCount: n)
        let initial = objective.evaluate(x)
        var gradient = initial.gradient
        var relaxedLoss = initial.loss
        for step in 0..<configuration.innerSteps {
            // Frank–Wolfe: move towards the budget vertex that minimises the linearised objective.
            let rate = 2 / Double(step + 2)
            for f in fillers.indices {
                let vertex = Set(bestItems(fillers[f].count, of: pool, by: gradient, row: f, itemCount: n))
                for item in pool {
                    let index = f * n + item
                    x[index] += rate * ((vertex.contains(item) ? 1 : 0) - x[index])
                }
            }
            (relaxedLoss, gradient) = objective.evaluate(x)
        }
        let projected = fillers.indices.map { f in
            Array(pool.sorted { a, b in
                let (xa, xb) = (x[f * n + a], x[f * n + b])
                if xa != xb { return xa > xb }
                let (ga, gb) = (gradient[f * n + a], gradient[f * n + b])
                return ga != gb ? ga < gb : a < b
            }.prefix(fillers[f].count).sorted())
        }
        let projectedLoss = objective.evaluate(dense(projected, targets: targets, itemCount: n)).loss
        return (Round(startLoss: initial.loss, relaxedLoss: relaxedLoss, projectedLoss: projectedLoss), projected)
    }

    /// The `count` items of `pool` with the most negative gradient in row `row` (ties: lower index).
    static func bestItems(_ count: Int, of pool: [Int], by gradient: [Double], row: Int, itemCount: Int) -> [Int] {
        Array(pool.sorted { a, b in
            let (ga, gb) = (gradient[row * itemCount + a], gradient[row * itemCount + b])
            return ga != gb ? ga < gb : a < b
        }.prefix(count))
    }

    /// The fake profiles as rows of 0/1 values (`profiles × itemCount`).
    static func dense(_ fillers: [[Int]], targets: [Int], itemCount: Int) -> [Double] {
        var x = [Double](repeating: 0, count: fillers.count * itemCount)
        for (f, items) in fillers.enumerated() {
            for item in items + targets { x[f * itemCount + item] = 1 }
        }
        return x
    }

    /// The real interactions with one row per fake profile (targets and fillers) appended.
    static func appending(_ fillers: [[Int]], targets: [Int], to real: SparseMatrix) -> SparseMatrix {
        var rows: [Int32] = []
        var columns: [Int32] = []
        for user in 0..<real.rowCount {
            for item in real.columns(ofRow: user) {
                rows.append(Int32(user))
                columns.append(item)
            }
        }
        for (f, items) in fillers.enumerated() {
            for item in targets + items {
                rows.append(Int32(real.rowCount + f))
                columns.append(Int32(item))
            }
        }
        return SparseMatrix(
            rowCount: real.rowCount + fillers.count, columnCount: real.columnCount, rows: rows, columns: columns, values: nil)
    }
}
