import RecShieldCore

/// BPR training triples `(u, i, j)`: one per training interaction `(u, i)`, with a negative `j`
/// drawn uniformly among the items `u` has not interacted with — one epoch's worth of samples,
/// the loss FGSM and PGD ascend for BPR-style models.
///
/// Triples follow the matrix's row order (users ascending, each user's items ascending); each
/// negative is drawn by rejection from `Xoshiro256StarStar(seed:stream: 0)`. Users who have
/// interacted with every item give no triple.
public struct TrainingTriples: Sendable, Equatable {
    /// The user of each triple.
    public var users: [Int32]
    /// The observed item of each triple.
    public var positives: [Int32]
    /// The sampled unobserved item of each triple.
    public var negatives: [Int32]

    /// Draws the triples of `training`.
    /// - Complexity: O(interactions · expected rejections · log(items per user)).
    public init(training: SparseMatrix, seed: UInt64) {
        var generator = Xoshiro256StarStar(seed: seed, stream: 0)
        var users: [Int32] = []
        var positives: [Int32] = []
        var negatives: [Int32] = []
        users.reserveCapacity(training.entryCount)
        positives.reserveCapacity(training.entryCount)
        negatives.reserveCapacity(training.entryCount)
        let items = training.columnCount
        for user in 0..<training.rowCount where training.count(ofRow: user) < items {
            for item in training.columns(ofRow: user) {
                var negative: Int
                repeat { negative = generator.nextIndex(below: items) } while training.contains(row: user, column: negative)
                users.append(Int32(user))
                positives.append(item)
                negatives.append(Int32(negative))
            }
        }
        self.users = users
        self.positives = positives
        self.negatives = negatives
    }

    /// The number of triples.
    public var count: Int { users.count }
}
