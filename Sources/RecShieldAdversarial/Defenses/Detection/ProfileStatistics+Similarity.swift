import RecShieldCore

extension ProfileStatistics {
    /// `DegSim_u` for every user (see ``ProfileFeature/degreeOfSimilarity``), 0 for users without
    /// interactions or without eligible neighbours.
    ///
    /// Similarities are accumulated through the item → users lists, so a user meets only the
    /// users it shares an item with: the cost is `Σ_u Σ_{i ∈ I_u} NR_i = Σ_i NR_i²` multiply-adds
    /// plus a sort of each user's candidates. Each user's value is computed by one thread from its
    /// own scratch arrays, so the result does not depend on the thread count.
    /// - Parameters:
    ///   - neighbours: `k`.
    ///   - minimumCoRated: the fewest co-rated items a neighbour needs.
    ///   - significance: `γ` of the co-rating weight `min(|C|, γ)/γ` (rated data only).
    ///   - threads: worker threads.
    func degreesOfSimilarity(neighbours: Int, minimumCoRated: Int, significance: Int, threads: Int) -> [Double] {
        let items = ItemProfiles(self)
        let ownDeviations = (0..<byUser.entryCount).map { entry in
            isRated ? Double(byUser.values[entry]) - userMeans[items.userOfEntry[entry]] : 1
        }
        let users = userCount
        let rated = isRated
        return ParallelRows.fill(count: users, width: 1, threads: threads, prepare: { SimilarityScratch(users: users) }) {
            user, row, scratch in
            guard isActive[user] else { return }
            scratch.accumulate(
                entries: byUser.entryRange(ofRow: user), items: byUser.columns, ownDeviations: ownDeviations, profiles: items)
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
}

/// The users of each item with their deviations `r_vi − r̄_v` (1 on implicit data), laid out item
/// by item (CSR by item), built by a counting sort of the user profiles.
struct ItemProfiles {
    /// `items + 1` offsets into ``users`` and ``deviations``.
    let offsets: [Int]
    /// The users of each item, ascending.
    let users: [Int32]
    /// Their deviations from their own mean rating.
    let deviations: [Double]
    /// The user of each entry of the by-user matrix.
    let userOfEntry: [Int]

    init(_ statistics: ProfileStatistics) {
        let byUser = statistics.byUser
        var userOfEntry = [Int](repeating: 0, count: byUser.entryCount)
        for user in 0..<byUser.rowCount {
            for entry in byUser.entryRange(ofRow: user) { userOfEntry[entry] = user }
        }
        var offsets = [Int](repeating: 0, count: byUser.columnCount + 1)
        for item in byUser.columns { offsets[Int(item) + 1] += 1 }
        for item in 0..<byUser.columnCount { offsets[item + 1] += offsets[item] }
        var cursor = offsets
        var users = [Int32](repeating: 0, count: byUser.entryCount)
        var deviations = [Double](repeating: 0, count: byUser.entryCount)
        for entry in 0..<byUser.entryCount {
            let item = Int(byUser.columns[entry])
            let user = userOfEntry[entry]
            users[cursor[item]] = Int32(user)
            deviations[cursor[item]] = statistics.isRated ? Double(byUser.values[entry]) - statistics.userMeans[user] : 1
            cursor[item] += 1
        }
        self.offsets = offsets
        self.users = users
        self.deviations = deviations
        self.userOfEntry = userOfEntry
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

    /// Adds the co-rating sums of one user's entries against every user sharing an item with it.
    /// The inner loop runs on raw buffers: it is the hot loop of feature extraction.
    mutating func accumulate(entries: Range<Int>, items: [Int32], ownDeviations: [Double], profiles: ItemProfiles) {
        var touched = self.touched
        products.withUnsafeMutableBufferPointer { products in
            ownSquares.withUnsafeMutableBufferPointer { ownSquares in
                otherSquares.withUnsafeMutableBufferPointer { otherSquares in
                    counts.withUnsafeMutableBufferPointer { counts in
                        profiles.users.withUnsafeBufferPointer { users in
                            profiles.deviations.withUnsafeBufferPointer { deviations in
                                for entry in entries {
                                    let item = Int(items[entry])
                                    let own = ownDeviations[entry]
                                    for position in profiles.offsets[item]..<profiles.offsets[item + 1] {
                                        let other = Int(users[position])
                                        let deviation = deviations[position]
                                        if counts[other] == 0 { touched.append(Int32(other)) }
                                        counts[other] &+= 1
                                        products[other] += own * deviation
                                        ownSquares[other] += own * own
                                        otherSquares[other] += deviation * deviation
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.touched = touched
    }

    /// Resets the accumulators of one other user.
    mutating func clear(_ other: Int) {
        products[other] = 0
        ownSquares[other] = 0
        otherSquares[other] = 0
        counts[other] = 0
    }
}
