/// User-based k-nearest-neighbour collaborative filtering: a user is recommended what similar
/// users have — the classic victim of shilling attacks, since fake profiles become neighbours.
///
/// Every user `u` keeps its `k` most similar users `N_k(u)` (see ``SimilarityGraph`` and
/// ``NeighborhoodConfiguration/Similarity``; the adjusted cosine centres each user's ratings by
/// that user's mean, Pearson-style). With `U_i` the training users of item `i` and `s_uv` the
/// kept similarities (all positive):
/// ```
/// explicit:  r̂_ui = r̄_u + Σ_{v ∈ N_k(u) ∩ U_i} s_uv · (r_vi − r̄_v) / Σ_{v ∈ N_k(u) ∩ U_i} |s_uv|
///            r̂_ui = r̄_u   when no neighbour of u rated i
/// implicit:  score(u, i) = Σ_{v ∈ N_k(u) ∩ U_i} s_uv
/// ```
/// where `r̄_u` is the user's mean training rating (the global mean for a user without
/// ratings). The neighbourhood is fixed per user (the `k` most similar users overall), not
/// re-chosen among the raters of each item. ``score(user:item:)`` and ``scores(for:into:)`` add
/// the same terms in the same order, so they agree bit for bit.
///
/// The model keeps its training matrix (``interactions``) and the neighbour lists
/// (``neighbors``), both flat CSR arrays, and the raw-ID maps of its users and items
/// (positional, `"0"`, `"1"`, …, when built from a bare matrix).
///
/// References:
/// - Resnick, Iacovou, Suchak, Bergstrom & Riedl, "GroupLens: an open architecture for
///   collaborative filtering of netnews", CSCW 1994.
/// - Herlocker, Konstan, Borchers & Riedl, "An algorithmic framework for performing
///   collaborative filtering", SIGIR 1999.
public struct UserKNN: ArchivableModel, Sendable, Equatable {
    /// The kind written into model files.
    public static let archiveKind = "user-knn"

    public let userCount: Int
    public let itemCount: Int
    /// Raw user IDs ↔ the dense user indices.
    public let userIDs: IDMap
    /// Raw item IDs ↔ the dense item indices.
    public let itemIDs: IDMap
    /// The settings the model was built with.
    public let configuration: NeighborhoodConfiguration
    /// The training matrix, user × item: ratings (explicit) or ones (implicit).
    public let interactions: SparseMatrix
    /// User × user: row `u` holds `N_k(u)` (ascending) and the similarities `s_uv`.
    public let neighbors: SparseMatrix
    /// The rating means (explicit feedback), `nil` for implicit feedback.
    public let means: RatingMeans?
    /// Whether scores are predicted ratings: true for explicit feedback.
    public var predictsRatings: Bool { configuration.feedback == .explicit }

    /// Builds the model from a user × item matrix.
    /// - Parameters:
    ///   - interactions: rows = users, columns = items; values are ratings for explicit feedback
    ///     and are ignored for implicit feedback.
    ///   - configuration: the settings.
    /// - Throws: ``NeighborhoodConfiguration/ConfigurationError`` for a setting out of range.
    /// - Complexity: O(Σ_i |U_i|² + users · log k) to build the similarities.
    public init(interactions: SparseMatrix, configuration: NeighborhoodConfiguration = NeighborhoodConfiguration()) throws {
        try self.init(
            interactions: interactions, configuration: configuration,
            userIDs: .positional(count: interactions.rowCount), itemIDs: .positional(count: interactions.columnCount))
    }

    /// Builds the model from a data set: its ratings for explicit feedback, its pairs for
    /// implicit feedback. The model takes the data set's ID maps.
    /// - Throws: ``NeighborhoodConfiguration/ConfigurationError`` for a setting out of range;
    ///   ``DataError/invalidParameter(name:value:expected:)`` for explicit feedback on data
    ///   without ratings.
    public init(training data: InteractionDataset, configuration: NeighborhoodConfiguration = NeighborhoodConfiguration()) throws {
        try configuration.validate()
        try self.init(
            interactions: NeighborhoodTraining.matrix(of: data, configuration: configuration), configuration: configuration,
            userIDs: data.userIDs, itemIDs: data.itemIDs)
    }

    /// Builds the similarity lists of a user × item matrix and assembles the model.
    private init(
        interactions: SparseMatrix, configuration: NeighborhoodConfiguration, userIDs: IDMap, itemIDs: IDMap
    ) throws {
        try configuration.validate()
        guard configuration.neighborLists == .scoredItem else {
            throw NeighborhoodConfiguration.ConfigurationError.invalidSetting(
                name: "neighbor_lists", value: configuration.neighborLists.rawValue,
                requirement: "scored-item lists for UserKNN (rated-item lists are an ItemKNN setting)")
        }
        let training = NeighborhoodTraining(interactions, configuration: configuration)
        let neighbors = SimilarityGraph.topK(
            of: training.vectors, neighbors: configuration.neighbors,
            shrinkage: configuration.shrinkage, threads: configuration.threads)
        self.init(
            interactions: training.interactions, neighbors: neighbors, means: training.means,
            configuration: configuration, userIDs: userIDs, itemIDs: itemIDs)
    }

    /// Assembles a model from its parts (no similarity computation).
    init(
        interactions: SparseMatrix, neighbors: SparseMatrix, means: RatingMeans?, configuration: NeighborhoodConfiguration,
        userIDs: IDMap, itemIDs: IDMap
    ) {
        precondition(
            userIDs.count == interactions.rowCount && itemIDs.count == interactions.columnCount,
            "ID maps must match the interaction matrix")
        precondition(
            neighbors.rowCount == interactions.rowCount && neighbors.columnCount == interactions.rowCount,
            "neighbour lists must be user × user")
        userCount = interactions.rowCount
        itemCount = interactions.columnCount
        self.userIDs = userIDs
        self.itemIDs = itemIDs
        self.configuration = configuration
        self.interactions = interactions
        self.neighbors = neighbors
        self.means = means
    }

    /// - Complexity: O(items + Σ_{v ∈ N_k(u)} |I_v|).
    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == itemCount, "scores buffer must have itemCount elements")
        precondition(user >= 0 && user < userCount, "user index out of range")
        scores.update(repeating: 0)
        let weights = UnsafeMutableBufferPointer<Float>.allocate(capacity: means == nil ? 0 : itemCount)
        weights.initialize(repeating: 0)
        defer { weights.deallocate() }
        interactions.columns.withUnsafeBufferPointer { items in
            interactions.values.withUnsafeBufferPointer { ratings in
                for link in neighbors.entryRange(ofRow: user) {
                    let neighbor = Int(neighbors.columns[link])
                    let similarity = neighbors.values[link]
                    let range = interactions.entryRange(ofRow: neighbor)
                    if let means {
                        let neighborMean = means.users[neighbor]
                        let weight = abs(similarity)
                        for entry in range {
                            let item = Int(items[entry])
                            scores[item] += similarity * (ratings[entry] - neighborMean)
                            weights[item] += weight
                        }
                    } else {
                        for entry in range { scores[Int(items[entry])] += similarity }
                    }
                }
            }
        }
        if let means {
            let mean = means.users[user]
            for item in 0..<itemCount {
                scores[item] = ItemKNN.centredPrediction(mean: mean, weightedSum: scores[item], weight: weights[item])
            }
        }
    }

    /// - Complexity: O(k · log |I_v|).
    public func score(user: Int, item: Int) -> Float {
        precondition(user >= 0 && user < userCount && item >= 0 && item < itemCount, "index out of range")
        var sum: Float = 0
        var weight: Float = 0
        for link in neighbors.entryRange(ofRow: user) {
            let neighbor = Int(neighbors.columns[link])
            guard let rating = interactions.value(row: neighbor, column: item) else { continue }
            let similarity = neighbors.values[link]
            if let means {
                sum += similarity * (rating - means.users[neighbor])
                weight += abs(similarity)
            } else {
                sum += similarity
            }
        }
        guard let means else { return sum }
        return ItemKNN.centredPrediction(mean: means.users[user], weightedSum: sum, weight: weight)
    }
}
