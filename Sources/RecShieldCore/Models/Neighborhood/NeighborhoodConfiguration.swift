/// The settings of the neighbourhood models ``ItemKNN`` and ``UserKNN``.
///
/// - `neighbors` (int, default 50): `k`, the number of most similar items (``ItemKNN``) or users
///   (``UserKNN``) kept per item or user. Only positive similarities are kept, so a list may be
///   shorter.
/// - `similarity` (`cosine` | `adjusted_cosine`, default `cosine`): how two rating vectors are
///   compared; see ``Similarity``. Implicit feedback needs `cosine`.
/// - `shrinkage` (float, default 0): `λ` in `s′ = s · n / (n + λ)`, where `n` is the number of
///   users (``ItemKNN``) or items (``UserKNN``) the two vectors share; it damps similarities
///   supported by few co-ratings. 0 turns it off.
/// - `feedback` (`implicit` | `explicit`, default `implicit`): whether the model predicts ratings
///   (mean-centred weighted average) or sums similarities over the user's interactions; see
///   ``Feedback``.
/// - `neighbor_lists` (`scored_item` | `rated_items`, default `scored_item`; ``ItemKNN`` only):
///   whose top-k lists decide which of a user's items count towards an item's score; see
///   ``NeighborLists``. Model files written before the setting existed load as `scored_item`.
/// - `threads` (int, default: all cores): threads used to build the similarity lists. The
///   lists, and so every score, are identical for every thread count.
///
/// References:
/// - Bell & Koren, "Scalable collaborative filtering with jointly derived neighborhood
///   interpolation weights", ICDM 2007 (shrinkage by co-support).
/// - Deshpande & Karypis, "Item-based top-N recommendation algorithms", ACM TOIS 2004
///   (``NeighborLists/ratedItems``).
public struct NeighborhoodConfiguration: Sendable, Equatable, Hashable, Codable {
    /// How two rating vectors are compared.
    ///
    /// Both are cosines of sparse vectors whose missing entries count as 0, normalised by the
    /// norms of the **whole** vectors:
    /// ```
    /// s(a, b) = Σ_f x_af · x_bf / (‖x_a‖ · ‖x_b‖)
    /// ```
    /// (for ``ItemKNN`` `a, b` are items and `f` runs over users; for ``UserKNN`` the reverse).
    /// They differ in the values `x`:
    /// - ``cosine``: the raw ratings (1 for implicit feedback) — Sarwar et al.'s cosine.
    /// - ``adjustedCosine``: ratings minus the mean rating of the **user** who gave them,
    ///   `x_ui = r_ui − r̄_u`. For ``ItemKNN`` this is Sarwar et al.'s adjusted cosine; for
    ///   ``UserKNN`` it is Pearson-style centring of each user's vector by that user's own mean.
    ///
    /// Caveat: Sarwar et al. sum the adjusted-cosine norms over co-rating users only; the
    /// whole-vector norms used here (as LensKit does) are cheaper and give pairs with few
    /// co-ratings smaller similarities instead of spurious values near ±1. Mean-centring binary
    /// data leaves only zeros, so implicit feedback requires ``cosine``.
    ///
    /// References:
    /// - Sarwar, Karypis, Konstan & Riedl, "Item-based collaborative filtering recommendation
    ///   algorithms", WWW 2001, §3.1.
    public enum Similarity: String, Sendable, CaseIterable, Hashable, Codable {
        /// The cosine of the raw rating vectors.
        case cosine
        /// The cosine of the rating vectors centred by each user's mean rating.
        case adjustedCosine = "adjusted_cosine"
    }

    /// What the model predicts.
    public enum Feedback: String, Sendable, CaseIterable, Hashable, Codable {
        /// Binary interactions; scores are sums of similarities (ratings are ignored).
        case implicit
        /// Ratings; scores are predicted ratings (mean-centred weighted averages).
        case explicit
    }

    /// Whose top-k list links a user's item `j` to a scored item `i` in ``ItemKNN``.
    ///
    /// With `I_u` the user's items and `N_k(x)` the `k` items most similar to `x`, the items
    /// that vote for `i` are
    /// ```
    /// scoredItem:  V_u(i) = { j ∈ I_u : j ∈ N_k(i) }   (i's own list — Sarwar et al.)
    /// ratedItems:  V_u(i) = { j ∈ I_u : i ∈ N_k(j) }   (each rated item's list — Deshpande & Karypis)
    /// ```
    /// ``scoredItem`` is the classic rating-prediction neighbourhood. ``ratedItems`` is the
    /// standard item-based top-N model: every item the user has proposes its `k` nearest items
    /// and a candidate's score sums the similarities of the items that proposed it (`x = M·u`
    /// with `M` the item × item matrix of kept similarities). The two differ for items whose
    /// own list holds only rare items: an item co-rated mostly with obscure items gets no votes
    /// under ``scoredItem`` from users who never rated those, but still collects votes under
    /// ``ratedItems`` from popular items that have it among their nearest.
    ///
    /// References:
    /// - Sarwar, Karypis, Konstan & Riedl, "Item-based collaborative filtering recommendation
    ///   algorithms", WWW 2001, §3.2–3.3 (model size).
    /// - Deshpande & Karypis, "Item-based top-N recommendation algorithms", ACM TOIS 22(1),
    ///   2004, §4.
    public enum NeighborLists: String, Sendable, CaseIterable, Hashable, Codable {
        /// `j` votes for `i` when `j` is among `i`'s `k` nearest items.
        case scoredItem = "scored_item"
        /// `j` votes for `i` when `i` is among `j`'s `k` nearest items.
        case ratedItems = "rated_items"
    }

    /// Neighbours kept per item or user.
    public var neighbors: Int = 50
    /// How rating vectors are compared.
    public var similarity: Similarity = .cosine
    /// Co-support shrinkage `λ`; 0 turns it off.
    public var shrinkage: Float = 0
    /// Whether the model predicts ratings or implicit preference scores.
    public var feedback: Feedback = .implicit
    /// Whose top-k lists link a user's items to a scored item (``ItemKNN`` only).
    public var neighborLists: NeighborLists = .scoredItem
    /// Threads used to build the similarity lists.
    public var threads: Int = ParallelLoop.availableThreads

    /// The defaults listed above.
    public init() {}

    /// Checks every setting.
    /// - Throws: ``ConfigurationError/invalidSetting(name:value:requirement:)`` naming the first
    ///   setting out of range, or the adjusted cosine with implicit feedback.
    public func validate() throws {
        func require(_ condition: Bool, _ name: String, _ value: String, _ requirement: String) throws {
            if !condition {
                throw ConfigurationError.invalidSetting(name: name, value: value, requirement: requirement)
            }
        }
        try require(neighbors > 0, "neighbors", "\(neighbors)", "a positive integer")
        try require(shrinkage >= 0 && shrinkage.isFinite, "shrinkage", "\(shrinkage)", "0 or a positive number")
        try require(threads > 0, "threads", "\(threads)", "a positive integer")
        try require(
            feedback == .explicit || similarity == .cosine, "similarity", similarity.rawValue,
            "cosine for implicit feedback (mean-centring binary data leaves only zeros)")
    }

    enum CodingKeys: String, CodingKey {
        case neighbors, similarity, shrinkage, feedback, threads
        case neighborLists = "neighbor_lists"
    }

    /// Decodes a configuration; a missing `neighbor_lists` (files written before it existed)
    /// means ``NeighborLists/scoredItem``, the behaviour those files were trained with.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        neighbors = try container.decode(Int.self, forKey: .neighbors)
        similarity = try container.decode(Similarity.self, forKey: .similarity)
        shrinkage = try container.decode(Float.self, forKey: .shrinkage)
        feedback = try container.decode(Feedback.self, forKey: .feedback)
        threads = try container.decode(Int.self, forKey: .threads)
        neighborLists = try container.decodeIfPresent(NeighborLists.self, forKey: .neighborLists) ?? .scoredItem
    }

    /// A ``NeighborhoodConfiguration`` setting out of range.
    public enum ConfigurationError: Error, CustomStringConvertible, Equatable {
        /// The setting `name` has `value`, which is not `requirement`.
        case invalidSetting(name: String, value: String, requirement: String)

        public var description: String {
            switch self {
            case .invalidSetting(let name, let value, let requirement):
                return "neighbourhood model setting '\(name)' is \(value); it must be \(requirement)."
            }
        }
    }
}
