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
/// - `threads` (int, default: all cores): threads used to build the similarity lists. The
///   lists, and so every score, are identical for every thread count.
///
/// References:
/// - Bell & Koren, "Scalable collaborative filtering with jointly derived neighborhood
///   interpolation weights", ICDM 2007 (shrinkage by co-support).
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

    /// Neighbours kept per item or user.
    public var neighbors: Int = 50
    /// How rating vectors are compared.
    public var similarity: Similarity = .cosine
    /// Co-support shrinkage `λ`; 0 turns it off.
    public var shrinkage: Float = 0
    /// Whether the model predicts ratings or implicit preference scores.
    public var feedback: Feedback = .implicit
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
