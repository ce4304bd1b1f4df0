/// The mean training rating overall, per user and per item — the baselines of the explicit
/// neighbourhood predictions.
///
/// A user or item without ratings gets the global mean; an empty matrix has global mean 0.
/// Sums run in `Double`.
public struct RatingMeans: Sendable, Equatable {
    /// The mean of every rating.
    public let global: Float
    /// `r̄_u`, the mean rating of each user.
    public let users: [Float]
    /// `r̄_i`, the mean rating of each item.
    public let items: [Float]

    /// The means of a user × item rating matrix.
    /// - Complexity: O(entries + rows + columns).
    public init(_ ratings: SparseMatrix) {
        var total = 0.0
        var userSums = [Double](repeating: 0, count: ratings.rowCount)
        var itemSums = [Double](repeating: 0, count: ratings.columnCount)
        var itemCounts = [Int](repeating: 0, count: ratings.columnCount)
        for user in 0..<ratings.rowCount {
            for entry in ratings.entryRange(ofRow: user) {
                let value = Double(ratings.values[entry])
                let item = Int(ratings.columns[entry])
                userSums[user] += value
                itemSums[item] += value
                itemCounts[item] += 1
            }
            total += userSums[user]
        }
        let global = ratings.entryCount > 0 ? total / Double(ratings.entryCount) : 0
        self.global = Float(global)
        users = (0..<ratings.rowCount).map { user in
            let count = ratings.count(ofRow: user)
            return Float(count > 0 ? userSums[user] / Double(count) : global)
        }
        items = (0..<ratings.columnCount).map { item in
            Float(itemCounts[item] > 0 ? itemSums[item] / Double(itemCounts[item]) : global)
        }
    }
}
