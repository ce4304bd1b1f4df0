#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RecShieldCore

/// The statistics of an inspected data set that the profile features share: profiles by user,
/// item means and counts, user means and the rating extremes (see ``ProfileFeature`` for the
/// notation). All sums are in `Double`.
struct ProfileStatistics: Sendable {
    /// Row = user, columns = the user's items, values = ratings (1 on implicit data).
    let byUser: SparseMatrix
    /// Whether the data carries ratings.
    let isRated: Bool
    /// `r̄_i`, 0 for items without ratings.
    let itemMeans: [Double]
    /// `NR_i`.
    let itemCounts: [Int]
    /// `r̄_u`, 0 for users without interactions.
    let userMeans: [Double]
    /// Whether each user has at least one interaction.
    let isActive: [Bool]
    /// `v_max` and `v_min` (1 and 1 on implicit data).
    let maximum: Float
    let minimum: Float

    /// Gathers the statistics of `data`.
    /// - Complexity: O(interactions + users + items) after building the CSR matrix.
    init(_ data: InteractionDataset) {
        let byUser = data.byUser()
        self.byUser = byUser
        isRated = data.isRated
        var sums = [Double](repeating: 0, count: data.itemCount)
        var counts = [Int](repeating: 0, count: data.itemCount)
        for entry in 0..<byUser.entryCount {
            let item = Int(byUser.columns[entry])
            sums[item] += Double(byUser.values[entry])
            counts[item] += 1
        }
        itemMeans = sums.indices.map { counts[$0] == 0 ? 0 : sums[$0] / Double(counts[$0]) }
        itemCounts = counts
        isActive = (0..<byUser.rowCount).map { byUser.count(ofRow: $0) > 0 }
        userMeans = (0..<byUser.rowCount).map { user in
            let values = byUser.values(ofRow: user)
            return values.isEmpty ? 0 : values.reduce(0) { $0 + Double($1) } / Double(values.count)
        }
        maximum = byUser.values.max() ?? 1
        minimum = byUser.values.min() ?? 1
    }

    /// The number of users in the ID map.
    var userCount: Int { byUser.rowCount }

    /// `LengthVar_u` for every user (0 for users without interactions).
    func lengthVariances() -> [Double] {
        let lengths = (0..<userCount).filter { isActive[$0] }.map { Double(byUser.count(ofRow: $0)) }
        guard !lengths.isEmpty else { return [Double](repeating: 0, count: userCount) }
        let mean = lengths.reduce(0, +) / Double(lengths.count)
        let spread = lengths.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (0..<userCount).map { user in
            guard isActive[user], spread > 0 else { return 0 }
            return abs(Double(byUser.count(ofRow: user)) - mean) / spread
        }
    }

    /// `(RDMA_u, WDMA_u, WDA_u)` of one user.
    func deviationAgreement(of user: Int) -> (rdma: Double, wdma: Double, wda: Double) {
        var weighted = 0.0
        var squaredWeighted = 0.0
        for entry in byUser.entryRange(ofRow: user) {
            let item = Int(byUser.columns[entry])
            let count = Double(itemCounts[item])
            let deviation = abs(Double(byUser.values[entry]) - itemMeans[item])
            weighted += deviation / count
            squaredWeighted += deviation / (count * count)
        }
        let length = Double(byUser.count(ofRow: user))
        guard length > 0 else { return (0, 0, 0) }
        return (weighted / length, squaredWeighted / length, weighted)
    }

    /// `H_u`, the entropy in bits of one user's rating values.
    func ratingEntropy(of user: Int) -> Double {
        let values = byUser.values(ofRow: user).sorted()
        guard !values.isEmpty else { return 0 }
        let total = Double(values.count)
        var entropy = 0.0
        var start = values.startIndex
        while start < values.endIndex {
            var end = start
            while end < values.endIndex && values[end] == values[start] { end += 1 }
            let share = Double(end - start) / total
            entropy -= share * log2(share)
            start = end
        }
        return entropy
    }
}
