/// Recommends the most popular items: every user gets the same scores,
/// ```
/// score(u, i) = |U_i|    (the number of training interactions of item i)
/// ```
/// — the simplest non-personalised baseline, and the one popularity-bias attacks exploit.
/// Recommending with ``Recommender/recommendations(for:count:excluding:)`` and the training
/// matrix removes what each user already has; ties go to the lower item index.
///
/// Scores are exact for counts up to 2²⁴ (the `Float` mantissa).
public struct PopularityBaseline: ArchivableModel, Sendable, Equatable {
    /// The kind written into model files.
    public static let archiveKind = "popularity"

    public let userCount: Int
    public let itemCount: Int
    /// Raw user IDs ↔ the dense user indices (positional when built from a bare matrix).
    public let userIDs: IDMap
    /// Raw item IDs ↔ the dense item indices (positional when built from a bare matrix).
    public let itemIDs: IDMap
    /// `|U_i|`, the training interactions of each item.
    public let interactionCounts: [Int]

    /// Counts the interactions of each item of a user × item matrix (values are ignored).
    /// - Complexity: O(entries + items).
    public init(interactions: SparseMatrix) {
        var counts = [Int](repeating: 0, count: interactions.columnCount)
        for item in interactions.columns { counts[Int(item)] += 1 }
        self.init(
            userIDs: .positional(count: interactions.rowCount), itemIDs: .positional(count: interactions.columnCount),
            interactionCounts: counts)
    }

    /// Counts the interactions of each item of a data set (ratings are ignored); the model takes
    /// the data set's ID maps.
    public init(training data: InteractionDataset) {
        var counts = [Int](repeating: 0, count: data.itemCount)
        for item in data.items { counts[Int(item)] += 1 }
        self.init(userIDs: data.userIDs, itemIDs: data.itemIDs, interactionCounts: counts)
    }

    /// Assembles the baseline from its counts.
    /// - Precondition: one count per item of `itemIDs`.
    init(userIDs: IDMap, itemIDs: IDMap, interactionCounts: [Int]) {
        precondition(interactionCounts.count == itemIDs.count, "one count per item")
        self.userIDs = userIDs
        self.itemIDs = itemIDs
        userCount = userIDs.count
        itemCount = itemIDs.count
        self.interactionCounts = interactionCounts
    }

    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == itemCount, "scores buffer must have itemCount elements")
        precondition(user >= 0 && user < userCount, "user index out of range")
        for item in 0..<itemCount { scores[item] = Float(interactionCounts[item]) }
    }

    public func score(user: Int, item: Int) -> Float {
        precondition(user >= 0 && user < userCount, "user index out of range")
        return Float(interactionCounts[item])
    }
}
