import RecShieldCore

/// What an attacker knows about the clean data: popularity, rating statistics, the observed
/// rating scale and the time span — the knowledge the heuristic attacks of Lam & Riedl (2004)
/// and Mobasher et al. (2007) assume.
///
/// Statistics use every interaction of the data set:
///
/// ```
/// μ = mean of all ratings            σ = √(Σ (r − μ)² / n)            (population σ)
/// μ_i = mean of item i's ratings     σ_i = √(Σ (r − μ_i)² / n_i)      (0 for one rating)
/// ```
///
/// The *catalogue* an attack draws from is the items with at least one interaction; items that
/// only exist in the ID map (a synthetic catalogue, a split's shared map) are never chosen.
public struct AttackContext: Sendable {
    /// The clean data.
    public let data: InteractionDataset
    /// Interactions per item index.
    public let itemCounts: [Int]
    /// Items with at least one interaction, ascending by index.
    public let catalogue: [Int]
    /// The catalogue sorted by interaction count, most popular first (ties: lower index first).
    public let mostPopularFirst: [Int]
    /// The catalogue sorted by interaction count, least popular first (ties: lower index first).
    public let leastPopularFirst: [Int]
    /// Users with at least one interaction.
    public let activeUserCount: Int
    /// The observed rating values, or `nil` for implicit data.
    public let scale: ObservedRatingScale?
    /// The mean rating `μ` (0 for implicit data).
    public let globalMean: Double
    /// The population standard deviation `σ` of all ratings (0 for implicit data).
    public let globalStandardDeviation: Double
    /// The mean rating `μ_i` of each item (0 for items without ratings).
    public let itemMeans: [Double]
    /// The population standard deviation `σ_i` of each item's ratings.
    public let itemStandardDeviations: [Double]
    /// The earliest and latest timestamp, or `nil` without timestamps.
    public let timeRange: ClosedRange<Int64>?
    /// Row = user, columns = the user's items.
    public let byUser: SparseMatrix
    /// Row = item, columns = the item's users.
    public let byItem: SparseMatrix

    /// Gathers the statistics of `data`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when `data` has no interactions.
    /// - Complexity: O(count + items log items).
    public init(_ data: InteractionDataset) throws {
        guard data.count > 0 else {
            throw DataError.invalidParameter(
                name: "data", value: "0 interactions", expected: "a data set with at least one interaction to attack")
        }
        self.data = data
        let byUser = data.byUser()
        let byItem = data.byItem()
        let counts = (0..<data.itemCount).map { byItem.count(ofRow: $0) }
        let catalogue = counts.indices.filter { counts[$0] > 0 }
        self.byUser = byUser
        self.byItem = byItem
        itemCounts = counts
        self.catalogue = catalogue
        mostPopularFirst = catalogue.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
        leastPopularFirst = catalogue.sorted { counts[$0] != counts[$1] ? counts[$0] < counts[$1] : $0 < $1 }
        activeUserCount = (0..<data.userCount).count { byUser.count(ofRow: $0) > 0 }
        if let times = data.timestamps, let first = times.min(), let last = times.max() {
            timeRange = first...last
        } else {
            timeRange = nil
        }

        var itemMeans = [Double](repeating: 0, count: data.itemCount)
        var itemDeviations = [Double](repeating: 0, count: data.itemCount)
        if let ratings = data.ratings {
            scale = ObservedRatingScale(ratings)
            let mean = ratings.reduce(0) { $0 + Double($1) } / Double(ratings.count)
            globalMean = mean
            globalStandardDeviation = (ratings.reduce(0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
                / Double(ratings.count)).squareRoot()
            for item in catalogue {
                let values = byItem.values(ofRow: item)
                let itemMean = values.reduce(0) { $0 + Double($1) } / Double(values.count)
                itemMeans[item] = itemMean
                itemDeviations[item] = (values.reduce(0) { $0 + (Double($1) - itemMean) * (Double($1) - itemMean) }
                    / Double(values.count)).squareRoot()
            }
        } else {
            scale = nil
            globalMean = 0
            globalStandardDeviation = 0
        }
        self.itemMeans = itemMeans
        itemStandardDeviations = itemDeviations
    }

    /// The `⌈0.2 · n⌉` most popular items of the `n`-item catalogue (``mostPopularFirst`` order).
    public var popularItems: ArraySlice<Int> { mostPopularFirst.prefix(Self.fifth(of: catalogue.count)) }
    /// The `⌈0.2 · n⌉` least popular items of the `n`-item catalogue (``leastPopularFirst`` order).
    public var unpopularItems: ArraySlice<Int> { leastPopularFirst.prefix(Self.fifth(of: catalogue.count)) }

    /// `⌈0.2 · n⌉` computed exactly in integers.
    static func fifth(of count: Int) -> Int { (count + 4) / 5 }
}
