/// A per-user attribute of a rating profile that separates fake (shilling) profiles from real ones,
/// from the detection literature. ``ProfileFeatureExtractor`` computes them.
///
/// Notation, over the data being inspected (the possibly poisoned data; the detector cannot tell
/// fake ratings from real ones, so fakes count in every statistic):
/// ```
/// I_u     the items user u rated,  n_u = |I_u|,  r_ui its rating of item i
/// r̄_i     the mean rating of item i,  NR_i the number of ratings of item i
/// r̄_u     the mean of u's ratings
/// n̄       the mean profile length over users with at least one interaction
/// v_max, v_min   the highest and lowest rating value in the data
/// ```
/// The target-model features (``meanVariance``, ``fillerMeanTargetDifference``,
/// ``fillerMeanDeviation``) split each profile into a target part `P_T` and a
/// filler part `P_F = I_u \ P_T`, following the attack model that all targets get the extreme
/// rating. Two partitions are tried — push (`P_T = {i : r_ui = v_max}`) and nuke
/// (`P_T = {i : r_ui = v_min}`) — and the *best-fitting* one is kept: the one with the smaller
/// ``meanVariance`` (ties: push). When neither has a target item, `P_T = ∅` and `P_F = I_u`.
/// Burke et al. search the single best-fitting target item among the extreme-rated ones; the
/// partition by extreme value used here also fits attacks with several targets and with
/// bandwagon items rated at the extreme.
///
/// On implicit (unrated) data only ``lengthVariance`` and ``degreeOfSimilarity`` are defined (the
/// others need ratings); see ``requiresRatings``.
///
/// References:
/// - Chirita, Nejdl & Zamfir, "Preventing shilling attacks in online recommender systems",
///   WIDM 2005 (RDMA, DegSim).
/// - Burke, Mobasher, Williams & Bhaumik, "Classification features for attack detection in
///   collaborative recommender systems", KDD 2006 (WDMA, WDA, LengthVar, MeanVar, FMTD, TMF).
/// - Williams, Mobasher & Burke, "Defending recommender systems: detection of profile injection
///   attacks", Service Oriented Computing and Applications 1(3), 2007 (FMD, the
///   model-specific partition, TMF).
public enum ProfileFeature: String, Codable, Sendable, CaseIterable {
    /// Rating Deviation from Mean Agreement (Chirita et al. 2005): the average deviation from the
    /// item means, each weighted by the inverse number of ratings of the item.
    /// ```
    /// RDMA_u = (1/n_u) · Σ_{i ∈ I_u} |r_ui − r̄_i| / NR_i
    /// ```
    case rdma
    /// Weighted Deviation from Mean Agreement (Burke et al. 2006): like RDMA with the squared
    /// number of ratings, so deviations on rarely rated items (typical targets) weigh more.
    /// ```
    /// WDMA_u = (1/n_u) · Σ_{i ∈ I_u} |r_ui − r̄_i| / NR_i²
    /// ```
    case wdma
    /// Weighted Degree of Agreement (Burke et al. 2006): the numerator of RDMA, not divided by the
    /// profile length.
    /// ```
    /// WDA_u = Σ_{i ∈ I_u} |r_ui − r̄_i| / NR_i
    /// ```
    case wda
    /// Length Variance (Burke et al. 2006): how far the profile length is from the mean, relative
    /// to the spread of all lengths; 0 when every profile has the same length.
    /// ```
    /// LengthVar_u = |n_u − n̄| / Σ_v (n_v − n̄)²       (v over users with an interaction)
    /// ```
    case lengthVariance = "length_variance"
    /// Degree of Similarity with the top neighbours (Chirita et al. 2005): the mean similarity of
    /// the user to its `k` most similar users. Fake profiles of one attack resemble each other.
    /// ```
    /// DegSim_u = (1/|N_k(u)|) · Σ_{v ∈ N_k(u)} w_uv          (0 when N_k(u) = ∅)
    /// w_uv     = Σ_{i ∈ C} (r_ui − r̄_u)(r_vi − r̄_v) / √(Σ_{i ∈ C} (r_ui − r̄_u)² · Σ_{i ∈ C} (r_vi − r̄_v)²)
    ///            · min(|C|, γ) / γ                               C = I_u ∩ I_v
    /// ```
    /// Pearson correlation over the co-rated items `C` with each user's mean over its whole
    /// profile, optionally shrunk by the co-rating significance weight `min(|C|, γ)/γ` (Herlocker
    /// et al. 1999; `γ = 1` leaves Chirita's plain Pearson). Only users with
    /// `|C| ≥` ``ProfileFeatureExtractor/minimumCoRatedItems`` and a defined correlation are
    /// neighbours; `N_k(u)` are the `k` with the largest `w_uv` (ties: lower user index). On
    /// implicit data `w_uv = |C| / √(n_u · n_v)`, the cosine of the binary profiles.
    case degreeOfSimilarity = "deg_sim"
    /// Filler Mean Variance (Burke et al. 2006): the variance of the filler ratings around the
    /// item means, for the best-fitting target partition. Average-attack fillers sit close to the
    /// item means.
    /// ```
    /// MeanVar_u = Σ_{j ∈ P_F} (r_uj − r̄_j)² / n_u
    /// ```
    case meanVariance = "mean_var"
    /// Filler Mean Target Difference (Burke et al. 2006): the gap between the mean target rating
    /// and the mean filler rating, for the best-fitting partition; 0 when either part is empty.
    /// ```
    /// FMTD_u = | (1/|P_T|) Σ_{i ∈ P_T} r_ui − (1/|P_F|) Σ_{j ∈ P_F} r_uj |
    /// ```
    case fillerMeanTargetDifference = "fmtd"
    /// Filler Mean Difference (Williams et al. 2007): the mean absolute deviation of the filler
    /// ratings from the item means, for the best-fitting partition; 0 when `P_F` is empty.
    /// ```
    /// FMD_u = (1/|P_F|) · Σ_{j ∈ P_F} |r_uj − r̄_j|
    /// ```
    case fillerMeanDeviation = "filler_mean_deviation"
    /// The Shannon entropy (bits) of the distribution of the user's rating values: low for
    /// profiles that use few values (an attacker rating everything at the extremes), high for
    /// profiles that use the whole scale.
    /// ```
    /// H_u = −Σ_{v ∈ V} p_uv · log₂ p_uv,    p_uv = |{i ∈ I_u : r_ui = v}| / n_u
    /// ```
    /// References: Shannon, "A mathematical theory of communication", Bell System Technical
    /// Journal 27, 1948.
    case ratingEntropy = "entropy"
    /// Target Model Focus (after Burke et al. 2006 and Williams et al. 2007): how strongly the
    /// items the user rated at an extreme are items that many profiles rate at that extreme,
    /// relative to how often they are rated at all. An attack's profiles all give the same
    /// targets the same extreme rating, so each target's share of extreme ratings is high.
    /// ```
    /// E_i^max = |{v : r_vi = v_max}|,   E_i^min = |{v : r_vi = v_min}|
    /// F_i^e   = E_i^e / (NR_i + β)                  β = ProfileFeatureExtractor.targetFocusPrior
    /// TMF_u   = max over i ∈ I_u with r_ui = e ∈ {v_max, v_min} of F_i^e      (0 when none)
    /// ```
    /// Burke et al. count, per item, the profiles whose best-fitting target part holds it, and
    /// normalise by the total over all items. Both choices miss attacks here: the total ranks
    /// well-loved popular items (many real maximum ratings) above an attack's targets, and the
    /// best-fitting partition of a love/hate profile is its fillers (all at `v_min`), not its
    /// target. Counting every extreme rating and dividing by the item's own number of ratings
    /// measures the share of its raters that rate it at that extreme; the prior `β` keeps an item
    /// with one or two ratings (all at the extreme) from reaching the focus of an attacked item.
    case targetModelFocus = "tmf"

    /// Whether the feature needs ratings; those are omitted on implicit data.
    public var requiresRatings: Bool {
        switch self {
        case .lengthVariance, .degreeOfSimilarity: return false
        default: return true
        }
    }

    /// The direction in which the feature marks a fake profile, as the literature expects it
    /// for the heuristic attacks. Used by score-based detectors to sign robust z-scores.
    public var suspiciousDirection: SuspiciousDirection {
        switch self {
        case .rdma, .wdma, .wda, .lengthVariance, .degreeOfSimilarity, .fillerMeanTargetDifference, .targetModelFocus:
            return .high
        case .meanVariance, .fillerMeanDeviation:
            return .low
        case .ratingEntropy:
            return .either
        }
    }

    /// The features defined for rated (`true`) or implicit (`false`) data, in declaration order.
    public static func available(rated: Bool) -> [ProfileFeature] {
        allCases.filter { rated || !$0.requiresRatings }
    }

    /// Which values of a feature point at a fake profile.
    public enum SuspiciousDirection: String, Codable, Sendable {
        /// Large values are suspicious.
        case high
        /// Small values are suspicious.
        case low
        /// Values far from typical in either direction are suspicious.
        case either
    }
}
