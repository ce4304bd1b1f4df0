/// Predicts every user's rating of an item as the item's damped mean rating — the simplest
/// explicit baseline, and the model average and push attacks move most directly:
/// ```
/// score(u, i) = (Σ_{v ∈ U_i} r_vi + β·μ) / (|U_i| + β)
/// ```
/// with `U_i` the users who rated item `i`, `μ` the mean of all training ratings and `β` the
/// damping (default 5): an item with few ratings stays near the global mean until enough users
/// agree. Every user gets the same scores; recommending with the training matrix as exclusion
/// removes what each user already rated.
///
/// References:
/// - Koren, "Factorization meets the neighborhood", KDD 2008, §2.1 (regularised item baselines).
public struct ItemMeanBaseline: Recommender, Sendable, Equatable {
    public let userCount: Int
    public let itemCount: Int
    /// The damped mean of each item.
    public let itemScores: [Float]

    /// Fits the damped item means of rated data.
    /// - Parameters:
    ///   - data: the training data; must carry ratings.
    ///   - damping: `β ≥ 0`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for implicit or empty data
    ///   and a negative or non-finite damping.
    public init(training data: InteractionDataset, damping: Double = 5) throws {
        guard let ratings = data.ratings, !ratings.isEmpty else {
            throw DataError.invalidParameter(
                name: "data", value: data.isRated ? "no ratings" : "implicit",
                expected: "rated data (item means need ratings)")
        }
        guard damping >= 0 && damping.isFinite else {
            throw DataError.invalidParameter(name: "damping", value: "\(damping)", expected: "a finite number ≥ 0")
        }
        let mean = ratings.reduce(0) { $0 + Double($1) } / Double(ratings.count)
        var sums = [Double](repeating: 0, count: data.itemCount)
        var counts = [Double](repeating: 0, count: data.itemCount)
        for (item, rating) in zip(data.items, ratings) {
            sums[Int(item)] += Double(rating)
            counts[Int(item)] += 1
        }
        userCount = data.userCount
        itemCount = data.itemCount
        itemScores = sums.indices.map { item in
            counts[item] + damping == 0 ? Float(mean) : Float((sums[item] + damping * mean) / (counts[item] + damping))
        }
    }

    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == itemCount, "scores buffer must have itemCount elements")
        precondition(user >= 0 && user < userCount, "user index out of range")
        for item in 0..<itemCount { scores[item] = itemScores[item] }
    }

    public func score(user: Int, item: Int) -> Float {
        precondition(user >= 0 && user < userCount, "user index out of range")
        return itemScores[item]
    }
}
