/// Explicit matrix factorisation: predicts ratings as inner products of user and item factors,
/// learned by SGD on the squared error with L2 regularisation — the classic rating-prediction
/// model and the victim of rating-based shilling attacks.
///
/// ```
/// p_ij = u_iᵀ v_j                         (usesBiases = false)
/// p_ij = μ + b_i + c_j + u_iᵀ v_j          (usesBiases = true; μ = the training mean, fixed)
/// L    = Σ_(i,j) ℓ_ij,   ℓ_ij = (r_ij − p_ij)² + λ(‖u_i‖² + ‖v_j‖² [+ b_i² + c_j²])
/// ```
/// Each SGD step takes one rating and follows its exact gradient, factor 2 included
/// (`e = r_ij − p_ij`):
/// ```
/// ∂ℓ/∂u_i = −2e v_j + 2λu_i     u_i ← u_i − α ∂ℓ/∂u_i = (1 − 2αλ) u_i + 2αe v_j
/// ∂ℓ/∂v_j = −2e u_i + 2λv_j     v_j ← v_j − α ∂ℓ/∂v_j = (1 − 2αλ) v_j + 2αe u_i
/// ∂ℓ/∂b_i = −2e + 2λb_i         b_i ← (1 − 2αλ) b_i + 2αe   (c_j alike)
/// ```
/// so `α` here is half the learning rate of implementations that drop the 2 (Funk, Koren).
/// The regulariser enters each rating's loss, so active users and popular items are regularised
/// in proportion to their ratings, as in per-rating SGD generally. Predictions are clipped to
/// the training data's rating range when ``Configuration/clipsPredictions`` is set.
///
/// References:
/// - Koren, Bell & Volinsky, "Matrix factorization techniques for recommender systems",
///   IEEE Computer 42(8), 2009.
public struct ExplicitMatrixFactorization: ArchivableModel, Sendable {
    /// The kind written into model files.
    public static let archiveKind = "explicit-mf"

    /// The settings the model was trained with.
    public let configuration: Configuration
    /// Raw user IDs ↔ the dense user indices the model scores.
    public let userIDs: IDMap
    /// Raw item IDs ↔ the dense item indices the model scores.
    public let itemIDs: IDMap
    /// The user factors `u_i`, `userCount × factors`, row-major.
    public internal(set) var userFactors: FactorMatrix
    /// The item factors `v_j`, `itemCount × factors`, row-major.
    public internal(set) var itemFactors: FactorMatrix
    /// The user biases `b_i` (zero without biases).
    public internal(set) var userBiases: [Float]
    /// The item biases `c_j` (zero without biases).
    public internal(set) var itemBiases: [Float]
    /// The global mean `μ` of the training ratings (0 without biases).
    public let globalMean: Float
    /// The smallest and largest training rating; predictions are clipped to them when asked.
    public let ratingRange: ClosedRange<Float>

    /// Creates a model from its parameters.
    /// - Precondition: shapes match the ID maps and `configuration.training.factors`.
    public init(
        configuration: Configuration, userIDs: IDMap, itemIDs: IDMap,
        userFactors: FactorMatrix, itemFactors: FactorMatrix, userBiases: [Float], itemBiases: [Float],
        globalMean: Float, ratingRange: ClosedRange<Float>
    ) {
        let factors = configuration.training.factors
        precondition(
            userFactors.rowCount == userIDs.count && userBiases.count == userIDs.count,
            "user parameters do not match the user IDs")
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
        self.userBiases = userBiases
        self.itemBiases = itemBiases
        self.globalMean = globalMean
        self.ratingRange = ratingRange
    }

    /// The number of users.
    public var userCount: Int { userFactors.rowCount }
    /// The number of items.
    public var itemCount: Int { itemFactors.rowCount }
    /// The latent dimension.
    public var factors: Int { configuration.training.factors }
    /// True: scores are predicted ratings.
    public var predictsRatings: Bool { true }

    /// Writes the predicted rating of every item.
    /// - Complexity: O(items · factors), register-tiled.
    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        self.scores(forUsers: [user], into: scores)
    }

    /// Writes the predicted rating of every item for each user of the block: the inner products
    /// as one matrix product (``GEMM``), then biases and clipping; each row is bit-identical to
    /// ``scores(for:into:)`` for that user.
    /// - Complexity: O(users · items · factors), register-tiled.
    public func scores(forUsers users: [Int], into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == users.count * itemCount, "score buffer has the wrong size")
        userFactors.innerProducts(ofRows: users, with: itemFactors, into: scores)
        itemBiases.withUnsafeBufferPointer { biases in
            for (row, user) in users.enumerated() {
                let base = globalMean + userBiases[user]
                let start = row * itemCount
                for item in 0..<itemCount {
                    scores[start + item] = finish((base + biases[item]) + scores[start + item])
                }
            }
        }
    }

    /// The predicted rating, bit-identical to the same entry of ``scores(for:into:)``.
    public func score(user: Int, item: Int) -> Float {
        let dot = userFactors.innerProduct(ofRow: user, with: itemFactors, row: item)
        return finish(((globalMean + userBiases[user]) + itemBiases[item]) + dot)
    }

    @inline(__always)
    private func finish(_ prediction: Float) -> Float {
        configuration.clipsPredictions
            ? min(max(prediction, ratingRange.lowerBound), ratingRange.upperBound) : prediction
    }
}
