/// How closely generated profiles resemble real ones — the "stealth" of a fake-profile attack.
///
/// - `rating_tv`, `rating_js`: total-variation and Jensen–Shannon distance (see
///   ``GANDistributionDistance``) between the rating-value distributions of the real and the
///   fake profiles; `null` on implicit data.
/// - `item_tv`: total-variation distance between the item distributions (the share of all
///   profile entries that fall on each item) — whether fakes rate the items real users rate.
/// - `lengths`: mean and population standard deviation of the profile lengths on each side, and
///   the total-variation distance between the length histograms in logarithmic bins (see
///   ``GANProfileStatistics/lengthHistogram``).
/// - `mode_collapse`: ``GANModeCollapseReport``.
///
/// Every distance is 0 for identical distributions and at most 1. Computed on samples, they carry
/// sampling noise: two samples of the same real users are not at distance 0 either.
public struct GANStealthReport: Sendable, Equatable, Codable {
    /// Profile-length summaries of both sides and the distance between their histograms.
    public struct LengthComparison: Sendable, Equatable, Codable {
        /// Mean real profile length.
        public var realMean: Double
        /// Standard deviation of the real profile lengths.
        public var realDeviation: Double
        /// Mean fake profile length.
        public var fakeMean: Double
        /// Standard deviation of the fake profile lengths.
        public var fakeDeviation: Double
        /// Total-variation distance between the logarithmic length histograms.
        public var totalVariation: Double

        enum CodingKeys: String, CodingKey {
            case realMean = "real_mean"
            case realDeviation = "real_std"
            case fakeMean = "fake_mean"
            case fakeDeviation = "fake_std"
            case totalVariation = "tv"
        }
    }

    /// Total-variation distance between the rating-value distributions (`nil` when implicit).
    public var ratingTotalVariation: Double?
    /// Jensen–Shannon distance between the rating-value distributions (`nil` when implicit).
    public var ratingJensenShannon: Double?
    /// Total-variation distance between the item distributions.
    public var itemTotalVariation: Double
    /// The profile-length comparison.
    public var lengths: LengthComparison
    /// The mode-collapse check.
    public var modeCollapse: GANModeCollapseReport

    /// Compares real and fake profile statistics.
    /// - Parameters:
    ///   - real: statistics of real profiles.
    ///   - fake: statistics of generated profiles over the same items and rating values.
    ///   - modeCollapse: the mode-collapse check of the generated profiles.
    public init(real: GANProfileStatistics, fake: GANProfileStatistics, modeCollapse: GANModeCollapseReport) {
        let rated = !real.ratingCounts.isEmpty
        ratingTotalVariation = rated ? GANDistributionDistance.totalVariation(real.ratingCounts, fake.ratingCounts) : nil
        ratingJensenShannon = rated ? GANDistributionDistance.jensenShannon(real.ratingCounts, fake.ratingCounts) : nil
        itemTotalVariation = GANDistributionDistance.totalVariation(real.itemCounts, fake.itemCounts)
        lengths = LengthComparison(
            realMean: real.meanLength, realDeviation: real.lengthDeviation,
            fakeMean: fake.meanLength, fakeDeviation: fake.lengthDeviation,
            totalVariation: GANDistributionDistance.totalVariation(real.lengthHistogram, fake.lengthHistogram))
        self.modeCollapse = modeCollapse
    }

    enum CodingKeys: String, CodingKey {
        case ratingTotalVariation = "rating_tv"
        case ratingJensenShannon = "rating_js"
        case itemTotalVariation = "item_tv"
        case lengths
        case modeCollapse = "mode_collapse"
    }

    /// Encodes every key, writing `null` for the rating distances of implicit data.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ratingTotalVariation, forKey: .ratingTotalVariation)
        try container.encode(ratingJensenShannon, forKey: .ratingJensenShannon)
        try container.encode(itemTotalVariation, forKey: .itemTotalVariation)
        try container.encode(lengths, forKey: .lengths)
        try container.encode(modeCollapse, forKey: .modeCollapse)
    }
}
