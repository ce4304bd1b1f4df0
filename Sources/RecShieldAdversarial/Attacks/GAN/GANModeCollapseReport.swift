/// Whether generated profiles have collapsed onto a few modes, judged against the diversity of
/// real profiles.
///
/// Similarity of two profiles is the Jaccard index of their item sets, `|A ∩ B| / |A ∪ B|` (1
/// for two empty sets); a pair is a near-duplicate when it exceeds 0.9. The flag rule:
/// ```
/// modeCollapse ⇔ (s_fake ≥ 0.05 and s_fake > 2·s_real) or (J̄_fake ≥ 0.5 and J̄_fake ≥ 2·J̄_real)
/// ```
/// with `s` the share of near-duplicate pairs and `J̄` the mean pairwise similarity among the
/// fake, respectively the real, profiles: at least one pair in twenty is a near-copy, or the average
/// pair shares two thirds of its items — in either case at least twice as much as real users do.
///
/// ``ProfileGANTrainer`` compares the top-`k` items of each raw generated vector, `k` the median
/// real profile length, so the check sees the generator's diversity rather than the length
/// sampling of post-processing (two identical outputs cut to different lengths would otherwise
/// look different).
///
/// Encodes with snake_case keys.
///
/// References:
/// - Salimans et al., "Improved techniques for training GANs", NeurIPS 2016 (mode collapse and
///   sample similarity as its symptom).
public struct GANModeCollapseReport: Sendable, Equatable, Codable {
    /// The similarity above which a pair counts as a near-duplicate.
    public static let nearDuplicateSimilarity = 0.9
    /// The share of near-duplicate pairs that flags collapse (with the factor 2 over real pairs).
    public static let nearDuplicateShareLimit = 0.05
    /// The mean similarity that flags collapse (with the factor 2 over real pairs).
    public static let meanSimilarityLimit = 0.5

    /// Mean pairwise Jaccard similarity among the generated profiles.
    public var meanSimilarityFake: Double
    /// Mean pairwise Jaccard similarity among the real profiles.
    public var meanSimilarityReal: Double
    /// Generated pairs with similarity above 0.9.
    public var nearDuplicatePairsFake: Int
    /// Real pairs with similarity above 0.9.
    public var nearDuplicatePairsReal: Int
    /// The number of generated pairs compared.
    public var pairsFake: Int
    /// The number of real pairs compared.
    public var pairsReal: Int
    /// The verdict of the rule above.
    public var modeCollapse: Bool

    /// Compares all pairs within each set of profiles.
    /// - Parameters:
    ///   - fake: item sets of generated profiles, each ascending without repeats.
    ///   - real: item sets of real profiles, each ascending without repeats.
    /// - Complexity: O(n² · profile length) for n profiles.
    public init(fake: [[Int32]], real: [[Int32]]) {
        let fakeSummary = Self.pairwise(fake)
        let realSummary = Self.pairwise(real)
        meanSimilarityFake = fakeSummary.mean
        meanSimilarityReal = realSummary.mean
        nearDuplicatePairsFake = fakeSummary.nearDuplicates
        nearDuplicatePairsReal = realSummary.nearDuplicates
        pairsFake = fakeSummary.pairs
        pairsReal = realSummary.pairs
        let fakeShare = fakeSummary.pairs == 0 ? 0 : Double(fakeSummary.nearDuplicates) / Double(fakeSummary.pairs)
        let realShare = realSummary.pairs == 0 ? 0 : Double(realSummary.nearDuplicates) / Double(realSummary.pairs)
        modeCollapse = (fakeShare >= Self.nearDuplicateShareLimit && fakeShare > 2 * realShare)
            || (fakeSummary.mean >= Self.meanSimilarityLimit && fakeSummary.mean >= 2 * realSummary.mean)
    }

    /// The Jaccard index of two ascending item lists (1 when both are empty).
    public static func jaccard(_ a: [Int32], _ b: [Int32]) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 1 }
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }

    private static func pairwise(_ sets: [[Int32]]) -> (mean: Double, nearDuplicates: Int, pairs: Int) {
        var total = 0.0
        var nearDuplicates = 0
        var pairs = 0
        for first in sets.indices {
            for second in sets.indices where second > first {
                let similarity = jaccard(sets[first], sets[second])
                total += similarity
                if similarity > nearDuplicateSimilarity { nearDuplicates += 1 }
                pairs += 1
            }
        }
        return (pairs == 0 ? 0 : total / Double(pairs), nearDuplicates, pairs)
    }

    enum CodingKeys: String, CodingKey {
        case meanSimilarityFake = "mean_similarity_fake"
        case meanSimilarityReal = "mean_similarity_real"
        case nearDuplicatePairsFake = "near_duplicate_pairs_fake"
        case nearDuplicatePairsReal = "near_duplicate_pairs_real"
        case pairsFake = "pairs_fake"
        case pairsReal = "pairs_real"
        case modeCollapse = "mode_collapse"
    }
}
