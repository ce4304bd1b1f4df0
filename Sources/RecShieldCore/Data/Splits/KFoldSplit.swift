/// Divides the interactions into `k` folds, stratified by user; split `i` tests on fold `i` and
/// trains on the other `k − 1`.
///
/// Users are visited in index order. Each user's interactions are shuffled with the user's own
/// stream `Xoshiro256StarStar(seed: seed, stream: userIndex)` and dealt round-robin, continuing
/// the rotation where the previous user stopped:
///
/// ```
/// fold(j-th shuffled interaction of user u) = (o_u + j) mod k,   o_u = Σ_{v<u} n_v mod k
/// ```
///
/// Every user's interactions are therefore spread over the folds as evenly as possible (fold sizes
/// per user differ by at most one), and the global fold sizes differ by at most one. The folds
/// partition the data: every interaction is in exactly one test part. A user with fewer than `k`
/// interactions is absent from some folds' tests, and a user with a single interaction has no
/// training interaction in the split that tests it.
public struct KFoldSplit: Sendable, Equatable {
    /// The number of folds `k ≥ 2`.
    public let folds: Int
    /// The seed of the per-user shuffles.
    public let seed: UInt64

    /// Creates the strategy.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when `folds < 2`.
    public init(folds: Int, seed: UInt64) throws {
        guard folds >= 2 else {
            throw DataError.invalidParameter(name: "fold count", value: "\(folds)", expected: "an integer ≥ 2")
        }
        self.folds = folds
        self.seed = seed
    }

    /// The 0-based fold of each interaction of `dataset`.
    /// - Complexity: O(count + userCount).
    public func foldAssignments(_ dataset: InteractionDataset) -> [Int] {
        let index = UserPositionIndex(dataset)
        var assignments = [Int](repeating: 0, count: dataset.count)
        var offset = 0
        for user in 0..<index.userCount {
            var positions = Array(index.positions(ofUser: user))
            var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(user))
            positions.fisherYatesShuffle(using: &generator)
            for (j, position) in positions.enumerated() { assignments[position] = (offset + j) % folds }
            offset = (offset + positions.count) % folds
        }
        return assignments
    }

    /// The split whose test part is fold `fold`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when `fold ∉ 0..<folds` or the
    ///   data has fewer interactions than folds.
    public func split(_ dataset: InteractionDataset, fold: Int) throws -> DataSplit {
        guard (0..<folds).contains(fold) else {
            throw DataError.invalidParameter(name: "fold", value: "\(fold)", expected: "an integer in 0..<\(folds)")
        }
        try checkSize(of: dataset)
        return split(dataset, fold: fold, assignments: foldAssignments(dataset))
    }

    /// All `k` splits, split `i` testing on fold `i`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when the data has fewer
    ///   interactions than folds.
    public func splits(_ dataset: InteractionDataset) throws -> [DataSplit] {
        try checkSize(of: dataset)
        let assignments = foldAssignments(dataset)
        return (0..<folds).map { split(dataset, fold: $0, assignments: assignments) }
    }

    private func split(_ dataset: InteractionDataset, fold: Int, assignments: [Int]) -> DataSplit {
        DataSplit(
            dataset: dataset, parts: assignments.map { $0 == fold ? .test : .train }, hasValidation: false,
            strategy: .kFold, seed: seed, parameters: SplitParameters(folds: folds, fold: fold))
    }

    private func checkSize(of dataset: InteractionDataset) throws {
        guard dataset.count >= folds else {
            throw DataError.invalidParameter(
                name: "fold count", value: "\(folds)",
                expected: "at most the number of interactions (\(dataset.count))")
        }
    }
}
