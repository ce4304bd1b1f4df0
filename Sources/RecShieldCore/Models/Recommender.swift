/// A trained model that scores every item for a user — the one requirement every RecShield model
/// implements. Ranking, top-K and filtering of seen items come from the extension, so each model
/// only says how it scores.
///
/// Scores are comparable within one user (higher = more recommended); explicit models return
/// predicted ratings, implicit ones a preference score.
public protocol Recommender: Sendable {
    /// The number of users the model knows (dense indices `0..<userCount`).
    var userCount: Int { get }
    /// The number of items the model scores (dense indices `0..<itemCount`).
    var itemCount: Int { get }
    /// Writes the score of every item for `user` into `scores`.
    /// - Parameters:
    ///   - user: a dense user index below ``userCount``.
    ///   - scores: a buffer of exactly ``itemCount`` elements.
    /// - Precondition: `scores.count == itemCount`.
    func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>)
    /// Writes the scores of every item for each of `users` into `scores`, row-major: row `k` holds
    /// the scores of `users[k]`. The default calls ``scores(for:into:)`` once per user; factor
    /// models override it to reuse each item vector from cache across the users of the block.
    ///
    /// Each row must be bit-identical to what ``scores(for:into:)`` writes for that user, whatever
    /// the other users of the block are — evaluators split users into blocks by thread count and
    /// promise the same numbers for every thread count.
    /// - Parameters:
    ///   - users: dense user indices below ``userCount``.
    ///   - scores: a buffer of exactly `users.count × itemCount` elements.
    /// - Precondition: `scores.count == users.count * itemCount`.
    func scores(forUsers users: [Int], into scores: UnsafeMutableBufferPointer<Float>)
    /// The score of one item for one user (a predicted rating for explicit models). The default
    /// scores the whole row; models override it with an O(1)-per-item formula.
    func score(user: Int, item: Int) -> Float
}

extension Recommender {
    public func score(user: Int, item: Int) -> Float {
        scores(for: user)[item]
    }

    public func scores(forUsers users: [Int], into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == users.count * itemCount, "score buffer has the wrong size")
        for (row, user) in users.enumerated() {
            let start = row * itemCount
            self.scores(for: user, into: UnsafeMutableBufferPointer(rebasing: scores[start..<(start + itemCount)]))
        }
    }

    /// The score of every item for `user`, as a new array.
    public func scores(for user: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: itemCount) { buffer, initialized in
            buffer.initialize(repeating: 0)
            scores(for: user, into: buffer)
            initialized = itemCount
        }
    }

    /// The `count` best-scored items for `user`, best first, skipping the items in row `user` of
    /// `excluded` (typically the training matrix, so seen items are not recommended).
    /// Ties are broken by the lower item index.
    /// - Complexity: O(items · log count).
    public func recommendations(
        for user: Int, count: Int, excluding excluded: SparseMatrix? = nil
    ) -> [(item: Int, score: Float)] {
        var all = scores(for: user)
        if let excluded, user < excluded.rowCount {
            for item in excluded.columns(ofRow: user) { all[Int(item)] = -.infinity }
        }
        return TopK.select(count, from: all)
            .filter { all[$0] > -.infinity }
            .map { (item: $0, score: all[$0]) }
    }
}
