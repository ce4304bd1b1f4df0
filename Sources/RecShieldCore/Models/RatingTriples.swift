/// The training ratings packed for the inner loop, with their mean and range — what explicit-MF
/// kernels (here and in `RecShieldAdversarial`) draw from.
public struct RatingTriples: Sendable {
    /// One rating, packed so a draw touches one cache line.
    public struct Triple: Sendable, Equatable {
        /// The user index.
        public var user: Int32
        /// The item index.
        public var item: Int32
        /// The rating.
        public var rating: Float
    }

    /// The ratings in data order.
    public let values: [Triple]
    /// The mean rating, summed in `Double`.
    public let mean: Float
    /// The smallest and largest rating.
    public let range: ClosedRange<Float>

    /// Packs the ratings of `data`.
    /// - Throws: ``ModelError/unsuitableData(model:reason:)`` for unrated, empty or non-finite data.
    public init(data: InteractionDataset) throws {
        guard let ratings = data.ratings else {
            throw ModelError.unsuitableData(
                model: "explicit matrix factorisation",
                reason: "the data has no ratings; use an implicit model such as BPR-MF")
        }
        guard !ratings.isEmpty else {
            throw ModelError.unsuitableData(
                model: "explicit matrix factorisation", reason: "the training data holds no ratings")
        }
        if let bad = ratings.firstIndex(where: { !$0.isFinite }) {
            throw ModelError.unsuitableData(
                model: "explicit matrix factorisation", reason: "rating \(bad + 1) is \(ratings[bad]), not a finite number")
        }
        var sum: Double = 0
        for rating in ratings { sum += Double(rating) }
        mean = Float(sum / Double(ratings.count))
        range = (ratings.min() ?? 0)...(ratings.max() ?? 0)
        values = ratings.indices.map { Triple(user: data.users[$0], item: data.items[$0], rating: ratings[$0]) }
    }

    /// The number of ratings, and of SGD steps per epoch.
    public var count: Int { values.count }
}
