import RecShieldCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ProfileStatistics {
    /// `DegSim_u` for every user (see ``ProfileFeature/degreeOfSimilarity``), 0 for users without
    /// interactions or without eligible neighbours.
    ///
    /// Similarities are accumulated through the item → users lists, so a user meets only the
    /// users it shares an item with: the cost is `Σ_u Σ_{i ∈ I_u} NR_i` multiply-adds plus a sort
    /// of each user's candidates. Each user's value is computed by one thread from its own
    /// scratch arrays, so the result does not depend on the thread count.
    /// - Parameters:
    ///   - neighbours: `k`.
    ///   - minimumCoRated: the fewest co-rated items a neighbour needs.
    ///   - significance: `γ` of the co-rating weight `min(|C|, γ)/γ` (rated data only).
    ///   - threads: worker threads.
    func degreesOfSimilarity(neighbours: Int, minimumCoRated: Int, significance: Int, threads: Int) -> [Double] {
        let byItem = itemProfiles()
        let users = userCount
        let rated = isRated
        return ParallelRows.fill(count: users, width: 1, threads: threads, prepare: { SimilarityScratch(users: users) }) {
            user, row, scratch in
            guard isActive[user] else { return }
            scratch.accumulate(user: user, byUser: byUser, byItem: byItem, userMeans: userMeans, rated: rated)
            var candidates: [(weight: Double, user: Int)] = []
            for other in scratch.touched {
                let v = Int(other)
                let coRated = Int(scratch.counts[v])
                defer { scratch.clear(v) }
                guard v != user, coRated >= minimumCoRated else { continue }
                let weight: Double
                if rated {
                    let denominator = (scratch.ownSquares[v] * scratch.otherSquares[v]).squareRoot()
                    guard denominator > 0 else { continue }
                    weight = scratch.products[v] / denominator * Double(min(coRated, significance)) / Double(significance)
                } else {
                    weight = Double(coRated)
                        / (Double(byUser.count(ofRow: user)) * Double(byUser.count(ofRow: v))).squareRoot()
                }
                candidates.append((weight, v))
            }
            scratch.touched.removeAll(keepingCapacity: true)
            guard !candidates.isEmpty else { return }
            candidates.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.user < $1.user }
            let chosen = candidates.prefix(neighbours)
            row[0] = chosen.reduce(0) { $0 + $1.weight } / Double(chosen.count)
        }
    }

    /// Row = item, columns = its users, values = their ratings.
    private func itemProfiles() -> SparseMatrix {
        var users = [Int32](repeating: 0, count: byUser.entryCount)
        for user in 0..<userCount {
            for entry in byUser.entryRange(ofRow: user) { users[entry] = Int32(user) }
        }
        return SparseMatrix(
            rowCount: itemCounts.count, columnCount: userCount, rows: byUser.columns, columns: users, values: byUser.values)
    }
}

/// Per-thread accumulators of co-rating sums against every other user.
struct SimilarityScratch {
    /// `Σ_{i ∈ C} (r_ui − r̄_u)(r_vi − r̄_v)` per other user `v`.
    var products: [Double]
    /// `Σ_{i ∈ C} (r_ui − r̄_u)²` per other user.
    var ownSquares: [Double]
    /// `Σ_{i ∈ C} (r_vi − r̄_v)²` per other user.
    var otherSquares: [Double]
    /// `|C|` per other user.
    var counts: [Int32]
    /// The users with a non-zero count, in the order they were met.
    var touched: [Int32] = []

    init(users: Int) {
        products = [Double](repeating: 0, count: users)
        ownSquares = [Double](repeating: 0, count: users)
        otherSquares = [Double](repeating: 0, count: users)
        counts = [Int32](repeating: 0, count: users)
    }

    /// Adds the co-rating sums of `user` against every user sharing an item with it.
    mutating func accumulate(user: Int, byUser: SparseMatrix, byItem: SparseMatrix, userMeans: [Double], rated: Bool) {
        for entry in byUser.entryRange(ofRow: user) {
            let item = Int(byUser.columns[entry])
            let own = rated ? Double(byUser.values[entry]) - userMeans[user] : 1
            for neighbourEntry in byItem.entryRange(ofRow: item) {
                let other = Int(byItem.columns[neighbourEntry])
                let deviation = rated ? Double(byItem.values[neighbourEntry]) - userMeans[other] : 1
                if counts[other] == 0 { touched.append(Int32(other)) }
                counts[other] += 1
                products[other] += own * deviation
                ownSquares[other] += own * own
                otherSquares[other] += deviation * deviation
            }
        }
    }

    /// Resets the accumulators of one other user.
    mutating func clear(_ other: Int) {
        products[other] = 0
        ownSquares[other] = 0
        otherSquares[other] = 0
        counts[other] = 0
    }
}
