/// Holds out each user's latest interaction for test (and optionally the second-latest for
/// validation) — the usual protocol for next-item evaluation.
///
/// "Latest" means the largest timestamp. Ties are broken by input order: among interactions with
/// the same latest timestamp, the one that appears **last** in the input is held out. The
/// validation interaction is chosen the same way among the user's remaining interactions.
/// A user needs at least two interactions to get a test interaction and at least three to get a
/// validation interaction, so every user keeps at least one interaction in train; users with a
/// single interaction keep it in train.
///
/// References:
/// - He et al., "Neural Collaborative Filtering", WWW 2017 (leave-one-out evaluation).
public struct LeaveOneOutSplit: DataSplitter, Equatable {
    /// Whether to also hold out each user's second-latest interaction as validation.
    public let holdsOutValidation: Bool

    /// Creates the strategy.
    public init(holdsOutValidation: Bool = false) {
        self.holdsOutValidation = holdsOutValidation
    }

    /// The leave-one-out split of `dataset`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when the data has no
    ///   timestamps (leave-one-out needs them; use ``RandomHoldoutSplit`` instead).
    /// - Complexity: O(count + userCount).
    public func split(_ dataset: InteractionDataset) throws -> DataSplit {
        guard let timestamps = dataset.timestamps else {
            throw DataError.invalidParameter(
                name: "split strategy", value: SplitStrategyKind.leaveOneOut.rawValue,
                expected: "a data set with timestamps (this one has none; use the random strategy)")
        }
        let index = UserPositionIndex(dataset)
        var parts = [SplitPart](repeating: .train, count: dataset.count)
        for user in 0..<index.userCount {
            let positions = index.positions(ofUser: user)
            guard positions.count >= 2 else { continue }
            let latest = Self.latest(of: positions, timestamps: timestamps, skipping: nil)
            parts[latest] = .test
            if holdsOutValidation && positions.count >= 3 {
                parts[Self.latest(of: positions, timestamps: timestamps, skipping: latest)] = .validation
            }
        }
        return DataSplit(
            dataset: dataset, parts: parts, hasValidation: holdsOutValidation,
            strategy: .leaveOneOut, seed: nil, parameters: SplitParameters())
    }

    /// The position with the largest timestamp, the last one in input order on ties.
    private static func latest(of positions: ArraySlice<Int>, timestamps: [Int64], skipping: Int?) -> Int {
        var best = -1
        for position in positions where position != skipping {
            if best < 0 || timestamps[position] >= timestamps[best] { best = position }
        }
        return best
    }
}
