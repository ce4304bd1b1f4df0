/// Holds out a random share of each user's interactions for test (and optionally validation).
///
/// Each user's interactions are shuffled with the user's own stream
/// `Xoshiro256StarStar(seed: seed, stream: userIndex)` (Fisher–Yates), so one user's split does
/// not depend on any other user's. With `n` interactions a user gets
///
/// ```
/// nTest       = min(n − 1, round(n · testRatio))
/// nValidation = min(n − 1 − nTest, round(n · validationRatio))
/// ```
///
/// where `round` goes to the nearest integer with halves away from zero (n = 5, ratio 0.3 → 2).
/// The first `nTest` shuffled interactions go to test, the next `nValidation` to validation and
/// the rest to train, so every user keeps at least one training interaction; a user with a
/// single interaction keeps it in train, and a user with few interactions can have none held out
/// (n = 2, ratio 0.2 → 0). Streams are keyed by the dense user index, so the same seed on a file
/// with users in another order gives a different split.
public struct RandomHoldoutSplit: DataSplitter, Equatable {
    /// Share of each user's interactions held out for test, in (0, 1).
    public let testRatio: Double
    /// Share of each user's interactions held out for validation, in [0, 1); 0 means no
    /// validation part.
    public let validationRatio: Double
    /// The seed of the per-user shuffles.
    public let seed: UInt64

    /// Creates the strategy.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when `testRatio ∉ (0, 1)`,
    ///   `validationRatio ∉ [0, 1)` or their sum is not below 1.
    public init(testRatio: Double, validationRatio: Double = 0, seed: UInt64) throws {
        guard testRatio > 0 && testRatio < 1 else {
            throw DataError.invalidParameter(
                name: "test ratio", value: "\(testRatio)", expected: "a number strictly between 0 and 1")
        }
        guard validationRatio >= 0 && validationRatio < 1 else {
            throw DataError.invalidParameter(
                name: "validation ratio", value: "\(validationRatio)", expected: "a number in [0, 1)")
        }
        guard testRatio + validationRatio < 1 else {
            throw DataError.invalidParameter(
                name: "validation ratio", value: "\(validationRatio)",
                expected: "a ratio whose sum with the test ratio \(testRatio) is below 1")
        }
        self.testRatio = testRatio
        self.validationRatio = validationRatio
        self.seed = seed
    }

    /// The per-user random holdout of `dataset`.
    /// - Complexity: O(count + userCount).
    public func split(_ dataset: InteractionDataset) -> DataSplit {
        let index = UserPositionIndex(dataset)
        var parts = [SplitPart](repeating: .train, count: dataset.count)
        for user in 0..<index.userCount {
            var positions = Array(index.positions(ofUser: user))
            let n = positions.count
            guard n > 1 else { continue }
            var generator = Xoshiro256StarStar(seed: seed, stream: UInt64(user))
            positions.fisherYatesShuffle(using: &generator)
            let testCount = min(n - 1, Int((Double(n) * testRatio).rounded()))
            let validationCount = min(n - 1 - testCount, Int((Double(n) * validationRatio).rounded()))
            for position in positions[..<testCount] { parts[position] = .test }
            for position in positions[testCount..<(testCount + validationCount)] {
                parts[position] = .validation
            }
        }
        return DataSplit(
            dataset: dataset, parts: parts, hasValidation: validationRatio > 0,
            strategy: .random, seed: seed,
            parameters: SplitParameters(
                testRatio: testRatio, validationRatio: validationRatio > 0 ? validationRatio : nil))
    }
}
