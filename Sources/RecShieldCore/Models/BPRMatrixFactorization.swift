/// Bayesian personalised ranking with matrix factorisation (BPR-MF) — the standard implicit-feedback
/// model and the main victim of RecShield's attacks.
///
/// The score of item `i` for user `u`, and the preference of `i` over `j`:
/// ```
/// ŷ_ui  = u·v_i + b_i
/// x̂_uij = ŷ_ui − ŷ_uj = u·(v_i − v_j) + b_i − b_j
/// ```
/// Training draws triples `(u, i, j)` — an observed interaction `(u, i)` and an item `j` the user
/// has not interacted with — and minimises, per triple,
/// ```
/// ℓ = −ln σ(x̂_uij) + λ (‖u‖² + ‖v_i‖² + ‖v_j‖² + b_i² + b_j²)
/// ```
/// by SGD, `θ ← θ − α ∂ℓ/∂θ`, or Adam (see ``Configuration``). The exact gradients are in
/// `BPRMatrixFactorization+Gradients.swift`; note the factor 2 of the regulariser, so this `λ` is
/// half of the `reg` of implementations that update `θ ← θ + α(σ(−x̂) ∂x̂/∂θ − reg·θ)`.
///
/// The parameters are public and read-only: ``userFactors`` (users × d), ``itemFactors``
/// (items × d), both row-major, and ``itemBiases``; ``init(configuration:userIDs:itemIDs:userFactors:itemFactors:itemBiases:)``
/// builds a model from modified parameters (adversarial perturbations, defenses).
///
/// References:
/// - Rendle, Freudenthaler, Gantner & Schmidt-Thieme, "BPR: Bayesian personalized ranking from
///   implicit feedback", UAI 2009.
public struct BPRMatrixFactorization: ArchivableModel, Sendable {
    /// The kind written into model files.
    public static let archiveKind = "bpr-mf"

    /// The settings the model was trained with.
    public let configuration: Configuration
    /// Raw user IDs ↔ the dense user indices the model scores.
    public let userIDs: IDMap
    /// Raw item IDs ↔ the dense item indices the model scores.
    public let itemIDs: IDMap
    /// The user factors, `userCount × factors`, row-major.
    public internal(set) var userFactors: FactorMatrix
    /// The item factors, `itemCount × factors`, row-major.
    public internal(set) var itemFactors: FactorMatrix
    /// The item biases `b_i` (all zero when ``Configuration/usesItemBiases`` is off).
    public internal(set) var itemBiases: [Float]

    /// Creates a model from its parameters.
    /// - Precondition: `userFactors.rowCount == userIDs.count`, `itemFactors.rowCount ==
    ///   itemIDs.count == itemBiases.count`, and both matrices have `configuration.training.factors` columns.
    public init(
        configuration: Configuration, userIDs: IDMap, itemIDs: IDMap,
        userFactors: FactorMatrix, itemFactors: FactorMatrix, itemBiases: [Float]
    ) {
        let factors = configuration.training.factors
        precondition(userFactors.rowCount == userIDs.count, "user factors do not match the user IDs")
        precondition(
            itemFactors.rowCount == itemIDs.count && itemBiases.count == itemIDs.count,
            "item parameters do not match the item IDs")
        precondition(
            userFactors.columnCount == factors && itemFactors.columnCount == factors,
            "factor matrices do not have \(factors) columns")
        self.configuration = configuration
        self.userIDs = userIDs
        self.itemIDs = itemIDs
        self.userFactors = userFactors
        self.itemFactors = itemFactors
        self.itemBiases = itemBiases
    }

    /// The number of users.
    public var userCount: Int { userFactors.rowCount }
    /// The number of items.
    public var itemCount: Int { itemFactors.rowCount }
    /// The latent dimension `d`.
    public var factors: Int { configuration.training.factors }

    /// Writes `u·v_i + b_i` for every item.
    /// - Complexity: O(items · factors), register-tiled.
    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        self.scores(forUsers: [user], into: scores)
    }

    /// Writes `u_k·v_i + b_i` for every item and each user of the block: one matrix product
    /// (``GEMM``), each row bit-identical to ``scores(for:into:)`` for that user.
    /// - Complexity: O(users · items · factors), register-tiled.
    public func scores(forUsers users: [Int], into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == users.count * itemCount, "score buffer has the wrong size")
        userFactors.innerProducts(ofRows: users, with: itemFactors, into: scores)
        guard let output = scores.baseAddress else { return }
        itemBiases.withUnsafeBufferPointer { biases in
            guard let biases = biases.baseAddress else { return }
            for row in 0..<users.count {
                // `1 · b_i` is exactly `b_i`, so this adds the biases as `score(user:item:)` does.
                VectorKernels.addScaled(biases, scale: 1, to: output + row * itemCount, count: itemCount)
            }
        }
    }

    /// The score `u·v_i + b_i`, bit-identical to the same entry of ``scores(for:into:)``.
    public func score(user: Int, item: Int) -> Float {
        userFactors.innerProduct(ofRow: user, with: itemFactors, row: item) + itemBiases[item]
    }
}
