/// Item-based k-nearest-neighbour collaborative filtering: an item is recommended to a user
/// when it is similar to the items the user already has — the classic victim of shilling
/// attacks.
///
/// Every item `i` keeps its `k` most similar items `N_k(i)` (see ``SimilarityGraph`` and
/// ``NeighborhoodConfiguration/Similarity``). The user's items that vote for `i` are
/// `V_u(i) = { j ∈ I_u : j ∈ N_k(i) }` (``NeighborhoodConfiguration/NeighborLists/scoredItem``,
/// `i`'s own list) or `{ j ∈ I_u : i ∈ N_k(j) }` (``NeighborhoodConfiguration/NeighborLists/ratedItems``,
/// each rated item's list), with `I_u` the training items of user `u` and `s_ij` the kept
/// similarities (all positive, `s_ij = s_ji`):
/// ```
/// explicit:  r̂_ui = r̄_i + Σ_{j ∈ V_u(i)} s_ij · (r_uj − r̄_j) / Σ_{j ∈ V_u(i)} |s_ij|
///            r̂_ui = r̄_i   when V_u(i) is empty
/// implicit:  score(u, i) = Σ_{j ∈ V_u(i)} s_ij
/// ```
/// where `r̄_i` is the item's mean training rating (the global mean for an item without
/// ratings). The explicit formula is the item-mean-centred weighted average (Sarwar et al.);
/// the implicit one with `rated_items` lists is Deshpande & Karypis's top-N model `M·u`.
/// ``score(user:item:)`` and ``scores(for:into:)`` add the same terms in the same order, so
/// they agree bit for bit.
///
/// The model keeps its training matrix (``interactions``) and the neighbour lists
/// (``neighbors``), both flat CSR arrays, and the raw-ID maps of its users and items
/// (positional, `"0"`, `"1"`, …, when built from a bare matrix).
///
/// References:
/// - Sarwar, Karypis, Konstan & Riedl, "Item-based collaborative filtering recommendation
///   algorithms", WWW 2001.
/// - Deshpande & Karypis, "Item-based top-N recommendation algorithms", ACM TOIS 2004.
public struct ItemKNN: ArchivableModel, Sendable, Equatable {
    /// The kind written into model files.
    public static let archiveKind = "item-knn"

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
    /// Item × item: row `i` holds `N_k(i)` (ascending) and the similarities `s_ij`.
    public let neighbors: SparseMatrix
    /// The rating means (explicit feedback), `nil` for implicit feedback.
    public let means: RatingMeans?
    /// Whether scores are predicted ratings: true for explicit feedback.
    public var predictsRatings: Bool { configuration.feedback == .explicit }
    /// Row `i` holds `V(i)`, the items that vote for `i` (columns ascending) and their
    /// similarities: ``neighbors`` for `scored_item` lists, its transpose for `rated_items`.
    let voters: SparseMatrix
    /// The transpose of ``voters``: row `j` holds the items `j` votes for.
    let votes: SparseMatrix

    /// Builds the model from a user × item matrix.
    /// - Parameters:
    ///   - interactions: rows = users, columns = items; values are ratings for explicit feedback
    ///     and are ignored for implicit feedback.
    ///   - configuration: the settings.
    /// - Throws: ``NeighborhoodConfiguration/ConfigurationError`` for a setting out of range.
    /// - Complexity: O(Σ_u |I_u|² + items · log k) to build the similarities.
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
        let training = NeighborhoodTraining(interactions, configuration: configuration)
        let neighbors = SimilarityGraph.topK(
            of: training.vectors.transposed(), transpose: training.vectors, neighbors: configuration.neighbors,
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
            neighbors.rowCount == interactions.columnCount && neighbors.columnCount == interactions.columnCount,
            "neighbour lists must be item × item")
        userCount = interactions.rowCount
        itemCount = interactions.columnCount
        self.userIDs = userIDs
        self.itemIDs = itemIDs
        self.configuration = configuration
        self.interactions = interactions
        self.neighbors = neighbors
        self.means = means
        switch configuration.neighborLists {
        case .scoredItem:
            voters = neighbors
            votes = neighbors.transposed()
        case .ratedItems:
            voters = neighbors.transposed()
            votes = neighbors
        }
    }

    /// - Complexity: O(items + Σ_{j ∈ I_u} |{i : j votes for i}|).
    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == itemCount, "scores buffer must have itemCount elements")
        precondition(user >= 0 && user < userCount, "user index out of range")
        scores.update(repeating: 0)
        let weights = UnsafeMutableBufferPointer<Float>.allocate(capacity: means == nil ? 0 : itemCount)
        weights.initialize(repeating: 0)
        defer { weights.deallocate() }
        interactions.columns.withUnsafeBufferPointer { userItems in
            interactions.values.withUnsafeBufferPointer { ratings in
                votes.columns.withUnsafeBufferPointer { votedItems in
                    votes.values.withUnsafeBufferPointer { similarities in
                        for entry in interactions.entryRange(ofRow: user) {
                            let item = Int(userItems[entry])
                            let range = votes.entryRange(ofRow: item)
                            if let means {
                                let deviation = ratings[entry] - means.items[item]
                                for other in range {
                                    let target = Int(votedItems[other])
                                    scores[target] += similarities[other] * deviation
                                    weights[target] += abs(similarities[other])
                                }
                            } else {
                                for other in range { scores[Int(votedItems[other])] += similarities[other] }
                            }
                        }
                    }
                }
            }
        }
        if let means {
            for item in 0..<itemCount {
                scores[item] = Self.centredPrediction(
                    mean: means.items[item], weightedSum: scores[item], weight: weights[item])
            }
        }
    }

    /// - Complexity: O(|V(i)| + |I_u|), where `V(i)` is every item that can vote for `i`.
    public func score(user: Int, item: Int) -> Float {
        precondition(user >= 0 && user < userCount && item >= 0 && item < itemCount, "index out of range")
        var sum: Float = 0
        var weight: Float = 0
        var neighbor = voters.rowOffsets[item]
        let neighborEnd = voters.rowOffsets[item + 1]
        var rated = interactions.rowOffsets[user]
        let ratedEnd = interactions.rowOffsets[user + 1]
        while neighbor < neighborEnd && rated < ratedEnd {
            let candidate = voters.columns[neighbor]
            let ratedItem = interactions.columns[rated]
            if candidate < ratedItem {
                neighbor += 1
            } else if candidate > ratedItem {
                rated += 1
            } else {
                let similarity = voters.values[neighbor]
                if let means {
                    sum += similarity * (interactions.values[rated] - means.items[Int(ratedItem)])
                    weight += abs(similarity)
                } else {
                    sum += similarity
                }
                neighbor += 1
                rated += 1
            }
        }
        guard let means else { return sum }
        return Self.centredPrediction(mean: means.items[item], weightedSum: sum, weight: weight)
    }

    /// `mean + weightedSum / weight`, or `mean` when no neighbour contributed.
    @inline(__always)
    static func centredPrediction(mean: Float, weightedSum: Float, weight: Float) -> Float {
        weight > 0 ? mean + weightedSum / weight : mean
    }
}
