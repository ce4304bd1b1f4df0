/// A data set divided into a training part, a test part and an optional validation part.
///
/// All parts share the same ID maps, so a user or item has the same dense index in each and a
/// model trained on ``train`` scores ``test`` directly. Each part keeps the input order of its
/// interactions. The split remembers how it was made (``strategy``, ``seed``, ``parameters``) so
/// ``write(to:)`` can record it in `split.json`.
///
/// Splits come from a ``DataSplitter`` (``RandomHoldoutSplit``, ``LeaveOneOutSplit``,
/// ``TemporalSplit``) or from ``KFoldSplit``, or are read back with ``read(from:)``.
public struct DataSplit: Sendable, Equatable {
    /// The interactions to train on.
    public let train: InteractionDataset
    /// The held-out interactions to evaluate on.
    public let test: InteractionDataset
    /// Held-out interactions for tuning, when the strategy made them.
    public let validation: InteractionDataset?
    /// The strategy that made the split.
    public let strategy: SplitStrategyKind
    /// The seed of a randomised strategy, `nil` for deterministic ones.
    public let seed: UInt64?
    /// The strategy's parameters as recorded in `split.json`.
    public let parameters: SplitParameters

    /// Creates a split from its parts.
    /// - Precondition: all parts have identical ID maps.
    public init(
        train: InteractionDataset, test: InteractionDataset, validation: InteractionDataset? = nil,
        strategy: SplitStrategyKind, seed: UInt64? = nil, parameters: SplitParameters = SplitParameters()
    ) {
        precondition(
            train.userIDs == test.userIDs && train.itemIDs == test.itemIDs,
            "train and test must share ID maps")
        precondition(
            validation.map { $0.userIDs == train.userIDs && $0.itemIDs == train.itemIDs } ?? true,
            "validation must share the ID maps of train")
        self.train = train
        self.test = test
        self.validation = validation
        self.strategy = strategy
        self.seed = seed
        self.parameters = parameters
    }

    /// Builds the parts from a part label per interaction of `dataset`, keeping input order.
    /// - Parameter hasValidation: whether to make a (possibly empty) validation part.
    init(
        dataset: InteractionDataset, parts: [SplitPart], hasValidation: Bool,
        strategy: SplitStrategyKind, seed: UInt64?, parameters: SplitParameters
    ) {
        func part(_ wanted: SplitPart) -> InteractionDataset {
            dataset.subset(parts.indices.lazy.filter { parts[$0] == wanted })
        }
        self.init(
            train: part(.train), test: part(.test), validation: hasValidation ? part(.validation) : nil,
            strategy: strategy, seed: seed, parameters: parameters)
    }

    /// Raw user IDs ↔ dense user indices, shared by every part.
    public var userIDs: IDMap { train.userIDs }
    /// Raw item IDs ↔ dense item indices, shared by every part.
    public var itemIDs: IDMap { train.itemIDs }

    /// The parts present, in the order train, validation, test.
    public var parts: [(part: SplitPart, data: InteractionDataset)] {
        [(.train, train)] + (validation.map { [(.validation, $0)] } ?? []) + [(.test, test)]
    }

    /// The manifest written as `split.json`: strategy, seed, parameters and counts.
    public var manifest: SplitManifest {
        var users = Set<Int32>()
        var items = Set<Int32>()
        for (_, data) in parts {
            users.formUnion(data.users)
            items.formUnion(data.items)
        }
        return SplitManifest(
            strategy: strategy, seed: seed, parameters: parameters,
            counts: SplitCounts(
                users: users.count, items: items.count,
                train: train.count, validation: validation?.count, test: test.count))
    }
}

/// One part of a ``DataSplit``.
public enum SplitPart: String, Sendable, CaseIterable {
    /// The training part (`train.csv`).
    case train
    /// The validation part (`validation.csv`).
    case validation
    /// The test part (`test.csv`).
    case test

    /// The part's file name inside a split directory.
    public var fileName: String { rawValue + ".csv" }
}
