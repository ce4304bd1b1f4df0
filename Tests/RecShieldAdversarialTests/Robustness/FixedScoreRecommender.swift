import RecShieldCore

/// A test model whose score of every (user, item) is given by a table.
struct FixedScoreRecommender: Recommender {
    /// One row of item scores per user.
    let table: [[Float]]

    var userCount: Int { table.count }
    var itemCount: Int { table.first?.count ?? 0 }

    func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        for (item, score) in table[user].enumerated() { scores[item] = score }
    }
}
