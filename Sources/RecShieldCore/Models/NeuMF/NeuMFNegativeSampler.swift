/// Builds the labelled samples of one implicit-feedback epoch: every observed pair with label 1,
/// each followed by `negativesPerPositive` uniformly drawn unobserved items of the same user with
/// label 0.
///
/// Negatives are drawn by rejection against the user's row (binary search); a user who has
/// interacted with nearly every item gets fewer negatives rather than an endless loop (at most
/// 64 draws per negative).
enum NeuMFNegativeSampler {
    /// One labelled (user, item) pair.
    struct Sample: Sendable, Equatable {
        var user: Int32
        var item: Int32
        var label: Float
    }

    /// The most draws spent looking for one unobserved item.
    static let maximumAttempts = 64

    /// The positives of `interactions` (row = user, column = item), each followed by its negatives,
    /// in row order.
    /// - Complexity: O(entries · negativesPerPositive · log(items per user)) expected.
    static func samples(
        from interactions: SparseMatrix, negativesPerPositive: Int, using rng: inout some RandomNumberGenerator
    ) -> [Sample] {
        var samples: [Sample] = []
        samples.reserveCapacity(interactions.entryCount * (1 + negativesPerPositive))
        let itemCount = interactions.columnCount
        for user in 0..<interactions.rowCount {
            for item in interactions.columns(ofRow: user) {
                samples.append(Sample(user: Int32(user), item: item, label: 1))
                for _ in 0..<negativesPerPositive {
                    for _ in 0..<maximumAttempts {
                        let candidate = rng.nextIndex(below: itemCount)
                        if !interactions.contains(row: user, column: candidate) {
                            samples.append(Sample(user: Int32(user), item: Int32(candidate), label: 0))
                            break
                        }
                    }
                }
            }
        }
        return samples
    }
}
