import RecShieldCore

/// The attacker's surrogate recommender: implicit matrix factorisation with unit weights over the
/// whole user × item matrix, trained by alternating least squares.
///
/// With `x_uj ∈ {0, 1}` (1 when user `u` interacted with item `j`):
/// ```
/// L(P, Q) = Σ_u Σ_j (x_uj − p_u·q_j)² + λ (Σ_u ‖p_u‖² + Σ_j ‖q_j‖²)
/// user step:  p_u = A⁻¹ Σ_{j: x_uj = 1} q_j,   A = QᵀQ + λI     (exact minimiser given Q)
/// item step:  q_j = B⁻¹ Σ_{u: x_uj = 1} p_u,   B = PᵀP + λI     (exact minimiser given P)
/// ```
/// Each step is a closed form, so the effect of a fake user's interaction vector on the next
/// sweep is differentiable — what ``PoisoningObjective`` exploits. `Q` starts as `N(0, 0.1²)`
/// draws from `Xoshiro256StarStar(seed:stream: 0)`; one iteration is a user step then an item
/// step. Arithmetic is in `Double`, on one thread, so the same input gives the same factors.
///
/// References:
/// - Hu, Koren & Volinsky, "Collaborative filtering for implicit feedback datasets", ICDM 2008
///   (ALS for implicit MF; here every weight is 1).
struct ALSSurrogate {
    /// The latent dimension `d`.
    let factors: Int
    /// `λ`.
    let regularization: Double
    /// `P`, `userCount × d`, row-major.
    private(set) var userFactors: [Double]
    /// `Q`, `itemCount × d`, row-major.
    private(set) var itemFactors: [Double]

    /// Trains the surrogate on the rows of `interactions` (values are ignored).
    /// - Precondition: `factors >= 1`, `regularization > 0`, `iterations >= 1`.
    /// - Complexity: O(iterations · (interactions · d + (users + items) · d²)).
    init(interactions: SparseMatrix, factors: Int, regularization: Double, iterations: Int, seed: UInt64) {
        precondition(factors >= 1 && regularization > 0 && iterations >= 1, "invalid surrogate settings")
        self.factors = factors
        self.regularization = regularization
        var generator = Xoshiro256StarStar(seed: seed, stream: 0)
        itemFactors = (0..<(interactions.columnCount * factors)).map { _ in 0.1 * generator.nextGaussian() }
        userFactors = [Double](repeating: 0, count: interactions.rowCount * factors)
        let byItem = interactions.transposed()
        for _ in 0..<iterations {
            userFactors = Self.solve(rows: interactions, other: itemFactors, factors: factors, regularization: regularization)
            itemFactors = Self.solve(rows: byItem, other: userFactors, factors: factors, regularization: regularization)
        }
    }

    /// The number of users.
    var userCount: Int { userFactors.count / factors }
    /// The number of items.
    var itemCount: Int { itemFactors.count / factors }

    /// `Σ_r v_r v_rᵀ + λI` of the rows of `vectors` (row-major `d × d`).
    static func gram(_ vectors: [Double], factors d: Int, regularization: Double) -> [Double] {
        var gram = [Double](repeating: 0, count: d * d)
        vectors.withUnsafeBufferPointer { v in
            gram.withUnsafeMutableBufferPointer { g in
                for start in stride(from: 0, to: v.count, by: d) {
                    for a in 0..<d {
                        let va = v[start + a]
                        for b in 0...a { g[a * d + b] += va * v[start + b] }
                    }
                }
                for a in 0..<d {
                    for b in 0..<a { g[b * d + a] = g[a * d + b] }
                    g[a * d + a] += regularization
                }
            }
        }
        return gram
    }

    /// One closed-form step: row `r` of the result is `(OᵀO + λI)⁻¹ Σ_{c ∈ row r} o_c`.
    private static func solve(rows: SparseMatrix, other: [Double], factors d: Int, regularization: Double) -> [Double] {
        guard let factor = CholeskyFactor(gram(other, factors: d, regularization: regularization), dimension: d) else {
            preconditionFailure("a Gram matrix plus λI with λ > 0 is positive definite")
        }
        var result = [Double](repeating: 0, count: rows.rowCount * d)
        var sum = [Double](repeating: 0, count: d)
        for row in 0..<rows.rowCount where rows.count(ofRow: row) > 0 {
            for k in 0..<d { sum[k] = 0 }
            for column in rows.columns(ofRow: row) {
                let start = Int(column) * d
                for k in 0..<d { sum[k] += other[start + k] }
            }
            let solution = factor.solve(sum)
            for k in 0..<d { result[row * d + k] = solution[k] }
        }
        return result
    }

    /// The score `p_u·q_j`.
    func score(user: Int, item: Int) -> Double {
        var sum = 0.0
        for k in 0..<factors { sum += userFactors[user * factors + k] * itemFactors[item * factors + k] }
        return sum
    }

    /// The objective `L(P, Q)` on `interactions`, using
    /// `Σ_{u,j} (p_u·q_j)² = Σ_{a,b} (PᵀP)_ab (QᵀQ)_ab`.
    func objective(on interactions: SparseMatrix) -> Double {
        let users = Self.gram(userFactors, factors: factors, regularization: 0)
        let items = Self.gram(itemFactors, factors: factors, regularization: 0)
        var loss = zip(users, items).reduce(0.0) { $0 + $1.0 * $1.1 }
        for user in 0..<interactions.rowCount {
            for item in interactions.columns(ofRow: user) { loss += 1 - 2 * score(user: user, item: Int(item)) }
        }
        let norms = userFactors.reduce(0.0) { $0 + $1 * $1 } + itemFactors.reduce(0.0) { $0 + $1 * $1 }
        return loss + regularization * norms
    }
}
