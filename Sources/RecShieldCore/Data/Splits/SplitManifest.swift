/// The names of the split strategies, as written in `split.json` and accepted by the CLI.
public enum SplitStrategyKind: String, Codable, Sendable, CaseIterable {
    /// ``RandomHoldoutSplit``.
    case random
    /// ``LeaveOneOutSplit``.
    case leaveOneOut = "leave-one-out"
    /// ``TemporalSplit``.
    case temporal
    /// ``KFoldSplit``.
    case kFold = "kfold"
}

/// The parameters a strategy recorded; each strategy fills only its own keys.
///
/// JSON keys (all optional):
/// - `test_ratio`, `validation_ratio` (float): ``RandomHoldoutSplit`` ratios.
/// - `test_fraction`, `validation_fraction` (float): ``TemporalSplit`` fractions, when cut by fraction.
/// - `cut_timestamp`, `validation_cut_timestamp` (integer): ``TemporalSplit`` cuts as resolved.
/// - `folds`, `fold` (integer): ``KFoldSplit`` fold count and the 0-based fold used as test.
public struct SplitParameters: Codable, Sendable, Equatable {
    /// Share of each user's interactions held out for test (random holdout).
    public var testRatio: Double?
    /// Share of each user's interactions held out for validation (random holdout).
    public var validationRatio: Double?
    /// Target share of all interactions at or after the test cut (temporal).
    public var testFraction: Double?
    /// Target share of all interactions in the validation window (temporal).
    public var validationFraction: Double?
    /// The first test timestamp (temporal): test holds the interactions at or after it.
    public var cutTimestamp: Int64?
    /// The first validation timestamp (temporal).
    public var validationCutTimestamp: Int64?
    /// The number of folds (k-fold).
    public var folds: Int?
    /// The 0-based fold used as the test part (k-fold).
    public var fold: Int?

    /// Creates parameters; unset keys stay `nil` and are left out of the JSON.
    public init(
        testRatio: Double? = nil, validationRatio: Double? = nil,
        testFraction: Double? = nil, validationFraction: Double? = nil,
        cutTimestamp: Int64? = nil, validationCutTimestamp: Int64? = nil,
        folds: Int? = nil, fold: Int? = nil
    ) {
        self.testRatio = testRatio
        self.validationRatio = validationRatio
        self.testFraction = testFraction
        self.validationFraction = validationFraction
        self.cutTimestamp = cutTimestamp
        self.validationCutTimestamp = validationCutTimestamp
        self.folds = folds
        self.fold = fold
    }

    enum CodingKeys: String, CodingKey {
        case testRatio = "test_ratio"
        case validationRatio = "validation_ratio"
        case testFraction = "test_fraction"
        case validationFraction = "validation_fraction"
        case cutTimestamp = "cut_timestamp"
        case validationCutTimestamp = "validation_cut_timestamp"
        case folds, fold
    }
}

/// Interaction counts of a split; `users` and `items` count those with an interaction in any part.
public struct SplitCounts: Codable, Sendable, Equatable {
    /// Distinct users with at least one interaction in some part.
    public var users: Int
    /// Distinct items with at least one interaction in some part.
    public var items: Int
    /// Interactions in the training part.
    public var train: Int
    /// Interactions in the validation part, `nil` when there is none.
    public var validation: Int?
    /// Interactions in the test part.
    public var test: Int

    /// Creates counts.
    public init(users: Int, items: Int, train: Int, validation: Int?, test: Int) {
        self.users = users
        self.items = items
        self.train = train
        self.validation = validation
        self.test = test
    }
}

/// The contents of `split.json`: how a split was made and how big its parts are.
///
/// ```json
/// {"counts": {"items": 1500, "test": 9876, "train": 40124, "users": 1000},
///  "format_version": 1, "parameters": {"test_ratio": 0.2}, "seed": 42, "strategy": "random"}
/// ```
public struct SplitManifest: Codable, Sendable, Equatable {
    /// The manifest layout version this code writes.
    public static let currentFormatVersion = 1

    /// The manifest layout version (currently 1).
    public var formatVersion: Int
    /// The strategy that made the split.
    public var strategy: SplitStrategyKind
    /// The seed of a randomised strategy.
    public var seed: UInt64?
    /// The strategy's parameters.
    public var parameters: SplitParameters
    /// The size of each part.
    public var counts: SplitCounts

    /// Creates a manifest of the current format version.
    public init(strategy: SplitStrategyKind, seed: UInt64?, parameters: SplitParameters, counts: SplitCounts) {
        formatVersion = Self.currentFormatVersion
        self.strategy = strategy
        self.seed = seed
        self.parameters = parameters
        self.counts = counts
    }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case strategy, seed, parameters, counts
    }
}
