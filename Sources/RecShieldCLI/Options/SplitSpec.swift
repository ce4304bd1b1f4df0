import RecShield

/// The `--split` value of `train` and `evaluate`: how the data is divided into the part a model
/// trains on and the part it is tested on.
///
/// - `leave-one-out`: each user's latest interaction is the test part (``LeaveOneOutSplit``;
///   needs timestamps).
/// - `random:R`: a share `R` in (0, 1) of each user's interactions, drawn with `--split-seed`
///   (``RandomHoldoutSplit``).
/// - `temporal:F`: the latest share `F` in (0, 1) of all interactions (``TemporalSplit``).
///
/// A validation part for early stopping is made by applying the same rule again to the training
/// part (the second-latest interaction per user for leave-one-out).
///
/// Options parse it with `@Option(transform: SplitSpec.init(parsing:))` rather than through
/// `ExpressibleByArgument`, whose failable initialiser cannot say *why* a value is wrong; the
/// thrown ``SplitSpecError`` becomes the usage error's message.
enum SplitSpec: Equatable, CustomStringConvertible {
    /// The latest interaction per user.
    case leaveOneOut
    /// A random share of each user's interactions.
    case random(testRatio: Double)
    /// The latest share of all interactions.
    case temporal(testFraction: Double)

    /// The accepted forms, for help texts.
    static let forms = "leave-one-out, random:RATIO or temporal:FRACTION (RATIO and FRACTION in (0, 1))"

    /// Parses `leave-one-out`, `random:0.2` or `temporal:0.2`.
    /// - Throws: ``SplitSpecError`` saying what is wrong with the text.
    init(parsing text: String) throws {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let name = parts[0].lowercased()
        let parameter = parts.count > 1 ? parts[1] : nil
        switch name {
        case "leave-one-out", "loo":
            guard parameter == nil else { throw SplitSpecError("leave-one-out takes no parameter") }
            self = .leaveOneOut
        case "random", "temporal":
            guard let parameter else {
                throw SplitSpecError("\(name) needs a share, e.g. \(name):0.2")
            }
            guard let share = Double(parameter), share > 0, share < 1 else {
                throw SplitSpecError("'\(parameter)' is not a share strictly between 0 and 1")
            }
            self = name == "random" ? .random(testRatio: share) : .temporal(testFraction: share)
        default:
            throw SplitSpecError("unknown split '\(parts[0])'; use \(Self.forms)")
        }
    }

    var description: String {
        switch self {
        case .leaveOneOut: return "leave-one-out"
        case let .random(ratio): return "random:\(ratio)"
        case let .temporal(fraction): return "temporal:\(fraction)"
        }
    }

    /// The library strategy for this spec.
    func splitter(seed: UInt64) throws -> any DataSplitter {
        switch self {
        case .leaveOneOut: return LeaveOneOutSplit()
        case let .random(ratio): return try RandomHoldoutSplit(testRatio: ratio, seed: seed)
        case let .temporal(fraction): return try TemporalSplit(testCut: .fraction(fraction))
        }
    }

    /// Splits `dataset` into train and test, and with `validation` the training part once more
    /// into train and validation.
    /// - Throws: ``DataError`` when the data does not suit the strategy (no timestamps).
    func split(_ dataset: InteractionDataset, seed: UInt64, validation: Bool) throws -> DataSplit {
        let splitter = try splitter(seed: seed)
        let outer = try splitter.split(dataset)
        guard validation else { return outer }
        let inner = try splitter.split(outer.train)
        return DataSplit(
            train: inner.train, test: outer.test, validation: inner.test,
            strategy: outer.strategy, seed: outer.seed, parameters: outer.parameters)
    }
}

/// A `--split` value that cannot be parsed; the message says why.
struct SplitSpecError: Error, CustomStringConvertible {
    /// What is wrong.
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
