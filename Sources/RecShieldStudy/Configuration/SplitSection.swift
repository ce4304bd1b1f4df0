import RecShieldCore

/// The `split` section: how the cleaned data is divided into training, (validation) and test.
///
/// Keys (each strategy takes only its own; another strategy's key is an error):
/// - `strategy` (`random`, `leave-one-out`, `temporal`, `kfold`; default `leave-one-out`).
/// - `test_ratio` (number in (0, 1), default 0.2) — random: share of each user's interactions
///   held out for test.
/// - `validation_ratio` (number in [0, 1), default 0) — random: share held out for validation.
/// - `validation` (true/false, default false) — leave-one-out: also hold out each user's
///   second-latest interaction for validation.
/// - `test_fraction` (number in (0, 1), default 0.2) — temporal: share of all interactions at or
///   after the test cut.
/// - `validation_fraction` (number in [0, 1), default 0) — temporal: share in the validation
///   window before the test cut.
/// - `folds` (integer ≥ 2, default 5) and `fold` (integer in 0…folds−1, default 0) — kfold: the
///   number of folds and the one used for test.
///
/// Randomised strategies draw from the cell's seed, so each experiment seed gets its own split.
public struct SplitSection: Codable, Sendable, Equatable {
    /// How the data is divided.
    public var strategy: SplitStrategyKind
    /// Random holdout: test share per user.
    public var testRatio: Double
    /// Random holdout: validation share per user.
    public var validationRatio: Double
    /// Leave-one-out: whether to hold out a validation interaction per user.
    public var holdsOutValidation: Bool
    /// Temporal: share of interactions after the test cut.
    public var testFraction: Double
    /// Temporal: share of interactions in the validation window.
    public var validationFraction: Double
    /// K-fold: the number of folds.
    public var folds: Int
    /// K-fold: the test fold.
    public var fold: Int

    /// Creates the section; every argument has the documented default.
    public init(
        strategy: SplitStrategyKind = .leaveOneOut, testRatio: Double = 0.2, validationRatio: Double = 0,
        holdsOutValidation: Bool = false, testFraction: Double = 0.2, validationFraction: Double = 0,
        folds: Int = 5, fold: Int = 0
    ) {
        self.strategy = strategy
        self.testRatio = testRatio
        self.validationRatio = validationRatio
        self.holdsOutValidation = holdsOutValidation
        self.testFraction = testFraction
        self.validationFraction = validationFraction
        self.folds = folds
        self.fold = fold
    }

    /// Each key and the strategy it belongs to.
    static let strategyKeys: [(key: String, strategy: SplitStrategyKind)] = [
        ("test_ratio", .random), ("validation_ratio", .random), ("validation", .leaveOneOut),
        ("test_fraction", .temporal), ("validation_fraction", .temporal), ("folds", .kFold), ("fold", .kFold),
    ]

    static let keys = ["strategy"] + strategyKeys.map(\.key)

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        let defaults = SplitSection()
        strategy = try reader.choice("strategy", default: defaults.strategy)
        for (key, owner) in Self.strategyKeys {
            try reader.reject(key, unless: owner == strategy, "applies to the \(owner.rawValue) strategy only, not \(strategy.rawValue)")
        }
        let openUnit = "a number in (0, 1)"
        let halfOpenUnit = "a number in [0, 1)"
        testRatio = try reader.value("test_ratio", default: defaults.testRatio, expected: openUnit) { $0 > 0 && $0 < 1 }
        validationRatio = try reader.value("validation_ratio", default: defaults.validationRatio, expected: halfOpenUnit) {
            $0 >= 0 && $0 < 1
        }
        if testRatio + validationRatio >= 1 {
            throw reader.conflict(at: "validation_ratio", "test_ratio + validation_ratio must stay below 1")
        }
        holdsOutValidation = try reader.value("validation", default: defaults.holdsOutValidation)
        testFraction = try reader.value("test_fraction", default: defaults.testFraction, expected: openUnit) { $0 > 0 && $0 < 1 }
        validationFraction = try reader.value("validation_fraction", default: defaults.validationFraction, expected: halfOpenUnit) {
            $0 >= 0 && $0 < 1
        }
        if testFraction + validationFraction >= 1 {
            throw reader.conflict(at: "validation_fraction", "test_fraction + validation_fraction must stay below 1")
        }
        folds = try reader.value("folds", default: defaults.folds, expected: "an integer ≥ 2") { $0 >= 2 }
        let folds = folds
        fold = try reader.value("fold", default: defaults.fold, expected: "an integer in 0…\(folds - 1)") { $0 >= 0 && $0 < folds }
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("strategy", choice: strategy)
        switch strategy {
        case .random:
            try writer.write("test_ratio", testRatio)
            try writer.write("validation_ratio", validationRatio)
        case .leaveOneOut:
            try writer.write("validation", holdsOutValidation)
        case .temporal:
            try writer.write("test_fraction", testFraction)
            try writer.write("validation_fraction", validationFraction)
        case .kFold:
            try writer.write("folds", folds)
            try writer.write("fold", fold)
        }
    }
}
