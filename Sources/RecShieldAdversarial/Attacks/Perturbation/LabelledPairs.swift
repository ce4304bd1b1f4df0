import RecShieldCore

/// Pointwise training samples `(u, i, y)`: every training interaction with label 1, each followed
/// by `negativesPerPositive` items the user has not interacted with, label 0 — one epoch of
/// NeuMF-style training data, the loss FGSM and PGD ascend for pointwise models.
///
/// Samples follow the matrix's row order; negatives are drawn uniformly by rejection from
/// `Xoshiro256StarStar(seed:stream: 0)`. Users who have interacted with every item get no
/// negatives.
public struct LabelledPairs: Sendable, Equatable {
    /// The user of each sample.
    public var users: [Int32]
    /// The item of each sample.
    public var items: [Int32]
    /// The label of each sample (1 observed, 0 sampled).
    public var labels: [Float]

    /// Draws the samples of `training`.
    /// - Precondition: `negativesPerPositive >= 0`.
    public init(training: SparseMatrix, negativesPerPositive: Int, seed: UInt64) {
        precondition(negativesPerPositive >= 0, "the number of negatives must not be negative")
        var generator = Xoshiro256StarStar(seed: seed, stream: 0)
        var users: [Int32] = []
        var items: [Int32] = []
        var labels: [Float] = []
        let capacity = training.entryCount * (1 + negativesPerPositive)
        users.reserveCapacity(capacity)
        items.reserveCapacity(capacity)
        labels.reserveCapacity(capacity)
        let itemCount = training.columnCount
        for user in 0..<training.rowCount {
            let hasNegatives = training.count(ofRow: user) < itemCount
            for item in training.columns(ofRow: user) {
                users.append(Int32(user))
                items.append(item)
                labels.append(1)
                guard hasNegatives else { continue }
                for _ in 0..<negativesPerPositive {
                    var negative: Int
                    repeat { negative = generator.nextIndex(below: itemCount) } while training.contains(row: user, column: negative)
                    users.append(Int32(user))
                    items.append(Int32(negative))
                    labels.append(0)
                }
            }
        }
        self.users = users
        self.items = items
        self.labels = labels
    }

    /// The number of samples.
    public var count: Int { users.count }
}
