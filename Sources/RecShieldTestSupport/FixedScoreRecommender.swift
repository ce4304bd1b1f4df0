import RecShieldCore

/// A ``Recommender`` that returns a fixed table of scores — for testing metrics, evaluators and
/// anything else that consumes rankings, with scores chosen by hand.
public struct FixedScoreRecommender: Recommender {
    /// `table[user][item]` is the score of `item` for `user`.
    public let table: [[Float]]
    public let itemCount: Int

    /// Creates a recommender from a users × items table.
    /// - Precondition: at least one user, and every row has the same length.
    public init(_ table: [[Float]]) {
        precondition(!table.isEmpty, "the table needs at least one user")
        precondition(table.allSatisfy { $0.count == table[0].count }, "rows differ in length")
        self.table = table
        self.itemCount = table[0].count
    }

    public var userCount: Int { table.count }

    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == itemCount, "score buffer has the wrong size")
        for item in 0..<itemCount { scores[item] = table[user][item] }
    }

    public func score(user: Int, item: Int) -> Float {
        table[user][item]
    }
}
