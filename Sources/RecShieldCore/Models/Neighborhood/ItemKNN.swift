/// Item-based k-nearest-neighbour collaborative filtering: an item is recommended to a user
/// when it is similar to the items the user already has — the classic victim of shilling
/// attacks.
///
/// Every item `i` keeps its `k` most similar items `N_k(i)` (see ``SimilarityGraph`` and
/// ``NeighborhoodConfiguration/Similarity``). With `I_u` the training items of user `u` and
/// `s_ij` the kept similarities (all positive):
/// ```
/// explicit:  r̂_ui = r̄_i + Σ_{j ∈ N_k(i) ∩ I_u} s_ij · (r_uj − r̄_j) / Σ_{j ∈ N_k(i) ∩ I_u} |s_ij|
///            r̂_ui = r̄_i   when no neighbour of i is in I_u
/// implicit:  score(u, i) = Σ_{j ∈ N_k(i) ∩ I_u} s_ij
/// ```
/// where `r̄_i` is the item's mean training rating (the global mean for an item without
/// ratings). The explicit formula is the item-mean-centred weighted average; the implicit one
/// sums the similarities of `i` to the user's items among `i`'s own top-k.
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
    /// The transpose of ``neighbors``: row `j` holds the items `i` with `j ∈ N_k(i)`.
    let reverseNeighbors: SparseMatrix

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
        reverseNeighbors = neighbors.transposed()
    }

    /// - Complexity: O(items + Σ_{j ∈ I_u} |{i : j ∈ N_k(i)}|).
    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == itemCount, "scores buffer must have itemCount elements")
        precondition(user >= 0 && user < userCount, "user index out of range")
        scores.update(repeating: 0)
        let weights = UnsafeMutableBufferPointer<Float>.allocate(capacity: means == nil ? 0 : itemCount)
        weights.initialize(repeating: 0)
        defer { weights.deallocate() }
        interactions.columns.withUnsafeBufferPointer { userItems in
            interactions.values.withUnsafeBufferPointer { ratings in
                reverseNeighbors.columns.withUnsafeBufferPointer { reverseItems in
                    reverseNeighbors.values.withUnsafeBufferPointer { similarities in
                        for entry in interactions.entryRange(ofRow: user) {
                            let item = Int(userItems[entry])
                            let range = reverseNeighbors.entryRange(ofRow: item)
                            if let means {
                                let deviation = ratings[entry] - means.items[item]
                                for other in range {
                                    let target = Int(reverseItems[other])
                                    scores[target] += similarities[other] * deviation
                                    weights[target] += abs(similarities[other])
                                }
                            } else {
                                for other in range { scores[Int(reverseItems[other])] += similarities[other] }
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

    /// - Complexity: O(k + |I_u|).
    public func score(user: Int, item: Int) -> Float {
        precondition(user >= 0 && user < userCount && item >= 0 && item < itemCount, "index out of range")
        var sum: Float = 0
        var weight: Float = 0
        var neighbor = neighbors.rowOffsets[item]
        let neighborEnd = neighbors.rowOffsets[item + 1]
        var rated = interactions.rowOffsets[user]
        let ratedEnd = interactions.rowOffsets[user + 1]
        while neighbor < neighborEnd && rated < ratedEnd {
            let candidate = neighbors.columns[neighbor]
            let ratedItem = interactions.columns[rated]
            if candidate < ratedItem {
                neighbor += 1
            } else if candidate > ratedItem {
                rated += 1
            } else {
                let similarity = neighbors.values[neighbor]
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
