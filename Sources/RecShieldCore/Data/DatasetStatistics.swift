/// Descriptive statistics of an ``InteractionDataset``: size, sparsity, activity and popularity
/// skew — what `recshield data inspect` prints.
///
/// Users and items count only when they have at least one interaction in the data set (a split
/// shares the full ID maps, but its statistics describe its own interactions).
///
/// Popularity skew uses the Gini coefficient of the per-item interaction counts
/// `x₍₁₎ ≤ … ≤ x₍ₙ₎` of the `n` items with interactions:
/// ```
/// G = Σᵢ (2i − n − 1) · x₍ᵢ₎ / (n · Σᵢ x₍ᵢ₎),   i = 1…n
/// ```
/// 0 when every item is equally popular, approaching 1 when one item has every interaction
/// (the maximum for `n` items is `1 − 1/n`). ``top20Share`` is the share of interactions on the
/// `⌈0.2 n⌉` most popular items.
///
/// References:
/// - Damgaard, C. & Weiner, J. (2000). Describing inequality in plant size or fecundity.
///   Ecology 81(4), 1139–1142 (the sorted-sample form of the Gini coefficient used here).
/// - Abdollahpouri, H. et al. (2019). Managing popularity bias in recommender systems with
///   personalized re-ranking. FLAIRS-32 (short-head share as a popularity-bias measure).
///
/// Encodes to JSON with stable snake_case keys: `users`, `items`, `interactions`, `density`,
/// `rating_histogram` (`[{"rating", "count"}]` ascending, `null` when unrated), `per_user`,
/// `per_item` (`{"min", "median", "max", "mean"}`), `gini`, `top20_share`, `time_span`
/// (`{"min", "max"}`, `null` without timestamps).
public struct DatasetStatistics: Sendable, Equatable, Codable {
    /// Minimum, median, maximum and mean of a list of counts.
    public struct CountSummary: Sendable, Equatable, Codable {
        /// The smallest count.
        public var min: Int
        /// The median (mean of the two middle counts when their number is even).
        public var median: Double
        /// The largest count.
        public var max: Int
        /// The mean count.
        public var mean: Double

        /// Summarises `counts` (all zero when empty).
        public init(_ counts: [Int]) {
            let sorted = counts.sorted()
            guard let first = sorted.first, let last = sorted.last else {
                self.min = 0
                self.median = 0
                self.max = 0
                self.mean = 0
                return
            }
            let middle = sorted.count / 2
            self.min = first
            self.max = last
            self.median = sorted.count % 2 == 1
                ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
            self.mean = Double(sorted.reduce(0, +)) / Double(sorted.count)
        }
    }

    /// The number of interactions with one rating value.
    public struct RatingCount: Sendable, Equatable, Codable {
        /// The rating value.
        public var rating: Float
        /// How many interactions have it.
        public var count: Int
    }

    /// The first and last timestamp.
    public struct TimeSpan: Sendable, Equatable, Codable {
        /// The earliest timestamp (Unix seconds).
        public var min: Int64
        /// The latest timestamp (Unix seconds).
        public var max: Int64
    }

    /// Users with at least one interaction.
    public var users: Int
    /// Items with at least one interaction.
    public var items: Int
    /// Interactions.
    public var interactions: Int
    /// `interactions / (users · items)`.
    public var density: Double
    /// Interactions per rating value, ascending; `nil` for unrated data.
    public var ratingHistogram: [RatingCount]?
    /// Interactions per user.
    public var perUser: CountSummary
    /// Interactions per item.
    public var perItem: CountSummary
    /// Gini coefficient of item popularity (formula above).
    public var gini: Double
    /// Share of interactions on the top 20% most popular items.
    public var top20Share: Double
    /// Earliest and latest timestamp; `nil` without timestamps.
    public var timeSpan: TimeSpan?

    /// Computes the statistics of `dataset`.
    /// - Complexity: O(interactions + users log users + items log items).
    public init(_ dataset: InteractionDataset) {
        let userCounts = Self.counts(of: dataset.users, indexCount: dataset.userCount)
        let itemCounts = Self.counts(of: dataset.items, indexCount: dataset.itemCount)
        users = userCounts.count
        items = itemCounts.count
        interactions = dataset.count
        density = users == 0 || items == 0 ? 0 : Double(interactions) / (Double(users) * Double(items))
        perUser = CountSummary(userCounts)
        perItem = CountSummary(itemCounts)
        let ascending = itemCounts.sorted()
        gini = Self.gini(ascending)
        let top = Int((Double(ascending.count) * 0.2).rounded(.up))
        let total = ascending.reduce(0, +)
        top20Share = total == 0 ? 0 : Double(ascending.suffix(top).reduce(0, +)) / Double(total)
        ratingHistogram = dataset.ratings.map { ratings in
            var counts: [Float: Int] = [:]
            for rating in ratings { counts[rating, default: 0] += 1 }
            return counts.keys.sorted().map { RatingCount(rating: $0, count: counts[$0] ?? 0) }
        }
        timeSpan = dataset.timestamps.flatMap { times in
            guard let first = times.min(), let last = times.max() else { return nil }
            return TimeSpan(min: first, max: last)
        }
    }

    /// The non-zero interaction counts per index.
    private static func counts(of indices: [Int32], indexCount: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: indexCount)
        for index in indices { counts[Int(index)] += 1 }
        return counts.filter { $0 > 0 }
    }

    /// The Gini coefficient of counts sorted ascending.
    static func gini(_ ascending: [Int]) -> Double {
        let n = ascending.count
        let total = ascending.reduce(0, +)
        guard n > 0, total > 0 else { return 0 }
        var weighted = 0.0
        for (position, count) in ascending.enumerated() {
            weighted += Double(2 * (position + 1) - n - 1) * Double(count)
        }
        return weighted / (Double(n) * Double(total))
    }

    // MARK: - Codable

    enum CodingKeys: String, CodingKey {
        case users, items, interactions, density
        case ratingHistogram = "rating_histogram"
        case perUser = "per_user"
        case perItem = "per_item"
        case gini
        case top20Share = "top20_share"
        case timeSpan = "time_span"
    }

    /// Encodes every key, writing `null` for absent histogram and time span so the schema is stable.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(users, forKey: .users)
        try container.encode(items, forKey: .items)
        try container.encode(interactions, forKey: .interactions)
        try container.encode(density, forKey: .density)
        try container.encode(ratingHistogram, forKey: .ratingHistogram)
        try container.encode(perUser, forKey: .perUser)
        try container.encode(perItem, forKey: .perItem)
        try container.encode(gini, forKey: .gini)
        try container.encode(top20Share, forKey: .top20Share)
        try container.encode(timeSpan, forKey: .timeSpan)
    }
}
