import RecShieldCore

/// An unsupervised detector that does not need the attack size: profile features turned into
/// signed robust z-scores, averaged, and the average standardised robustly once more, so the
/// default rule "score ≥ 3" flags users beyond median + 3 scaled MADs of the combined score.
///
/// ```
/// z_f(u)  = RobustZScore of feature f over the active users
/// c_u     = (1/|F|) · Σ_{f ∈ F} sign_f · z_f(u)     sign = +1 (high is suspicious), −1 (low),
///                                                  |z| for features suspicious either way
/// score_u = RobustZScore of c over the active users        flag: score_u ≥ cut-off (default 3)
/// ```
/// With one feature this is Chirita et al.'s use of RDMA or DegSim as an outlier indicator; the
/// default features — RDMA, DegSim and target model focus — each catch a different trait of
/// attack profiles (odd ratings of rarely rated items, mutual similarity, shared extreme
/// targets). On implicit data the default is DegSim alone: LengthVar, the other feature defined
/// there, marks fake profiles only when their length is unusual, which depends on the filler size
/// the attacker chose. The calibrated value is the score's percentile (``RankCalibration``), not a
/// probability of being fake.
///
/// Caveat: the rule assumes fake profiles are a minority far from the bulk; an attack that
/// mimics real profiles closely (a small average attack) stays below the cut-off, and a data set
/// with many odd but real users has false positives. Without an attack the rule still flags
/// whatever lies beyond the cut-off.
///
/// References:
/// - Chirita, Nejdl & Zamfir, "Preventing shilling attacks in online recommender systems",
///   WIDM 2005.
public struct RobustScoreDetector: FakeProfileDetector {
    /// The default features on rated data.
    public static let defaultFeatures: [ProfileFeature] = [.rdma, .degreeOfSimilarity, .targetModelFocus]

    public let name: String
    /// The features combined, or `nil` for ``defaultFeatures`` (on implicit data: DegSim alone).
    public var features: [ProfileFeature]?
    /// How the features are computed.
    public var extractor: ProfileFeatureExtractor
    /// The score at and above which users are flagged by default.
    public var cutoff: Double

    /// Creates the detector.
    /// - Parameters:
    ///   - name: the report name (default `"robust"`).
    ///   - features: the features to combine; `nil` for the defaults.
    ///   - extractor: feature parameters (its own feature list is replaced by `features`).
    ///   - cutoff: the default rule's score threshold (default 3).
    public init(
        name: String = "robust", features: [ProfileFeature]? = nil,
        extractor: ProfileFeatureExtractor = ProfileFeatureExtractor(), cutoff: Double = 3
    ) {
        self.name = name
        self.features = features
        self.extractor = extractor
        self.cutoff = cutoff
    }

    public var defaultDecision: DetectionDecision? { .scoreThreshold(cutoff) }

    /// The features used on rated (`true`) or implicit (`false`) data.
    public func resolvedFeatures(rated: Bool) -> [ProfileFeature] {
        features ?? (rated ? Self.defaultFeatures : [.degreeOfSimilarity])
    }

    public func suspicion(in data: InteractionDataset, threads: Int) throws -> SuspicionScores {
        var extractor = self.extractor
        extractor.features = resolvedFeatures(rated: data.isRated)
        let matrix = try extractor.extract(from: data, threads: threads)
        var combined = [Double](repeating: 0, count: matrix.userCount)
        for (index, feature) in matrix.features.enumerated() {
            let z = RobustZScore.scores(matrix.column(at: index), included: matrix.isActive)
            for user in combined.indices {
                switch feature.suspiciousDirection {
                case .high: combined[user] += z[user]
                case .low: combined[user] -= z[user]
                case .either: combined[user] += abs(z[user])
                }
            }
        }
        let count = Double(matrix.features.count)
        let scores = RobustZScore.scores(combined.map { $0 / count }, included: matrix.isActive)
        return SuspicionScores(rankCalibrating: scores, isActive: matrix.isActive)
    }
}
