import Foundation
import RecShieldCore

/// The cleaned data of a study, loaded once and shared by every cell of a run: the dataset
/// section does not depend on the seed (a synthetic data set has its own seed).
final class PreparedData: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: InteractionDataset?
    private var cachedFeatures: ItemFeatureMatrix?
    private var cachedFormat = DataFormat.movielensCSV

    /// The data `context`'s configuration describes: loaded or generated, turned implicit when
    /// asked, then filtered (minimum interactions, then k-core).
    /// - Throws: ``DataError`` from loading or filtering.
    func dataset(for context: StudyContext) throws -> InteractionDataset {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let section = context.configuration.dataset
        var data: InteractionDataset
        switch section.source {
        case let .file(path, format):
            let loaded = try DatasetLoader.load(context.inputPath(path), format: format)
            data = loaded.dataset
            cachedFormat = loaded.report.format
        case let .synthetic(synthetic):
            data = try SyntheticDataGenerator(configuration: synthetic.configuration).generate(threads: context.threads).interactions
        }
        var filters: [any DatasetFilter] = []
        if let threshold = section.implicitThreshold { filters.append(try RatingThresholdFilter(threshold: Float(threshold))) }
        let limits = section.filters
        if limits.minimumUserInteractions > 0 || limits.minimumItemInteractions > 0 {
            filters.append(try MinimumInteractionFilter(
                minimumPerUser: max(limits.minimumUserInteractions, 1), minimumPerItem: max(limits.minimumItemInteractions, 1)))
        }
        if limits.kCore > 0 { filters.append(try KCoreFilter(k: limits.kCore)) }
        if !filters.isEmpty { data = try data.filtered(by: filters).dataset }
        cached = data
        return data
    }

    /// The format the data was read in (MovieLens CSV for synthetic data, which is written that
    /// way), for the provenance of generated attack artefacts.
    /// - Throws: as ``dataset(for:)`` does.
    func format(for context: StudyContext) throws -> DataFormat {
        _ = try dataset(for: context)
        lock.lock()
        defer { lock.unlock() }
        return cachedFormat
    }

    /// The item features of `dataset.features`, aligned with `itemIDs` (the cleaned data's items).
    /// - Throws: ``StudyError/unsupported(_:)`` when the section names no feature file;
    ///   ``DataError`` from loading it.
    func features(for context: StudyContext, itemIDs: IDMap) throws -> ItemFeatureMatrix {
        lock.lock()
        defer { lock.unlock() }
        if let cachedFeatures { return cachedFeatures }
        guard let path = context.configuration.dataset.featuresPath else {
            throw StudyError.unsupported("vbpr needs item features: set dataset.features to a feature file")
        }
        let features = try ItemFeatureLoader.load(context.inputPath(path), itemIDs: itemIDs)
        cachedFeatures = features
        return features
    }

    /// The split of `data` for `cell`, drawn with the cell's `split` seed.
    /// - Throws: ``DataError`` when the data does not suit the strategy.
    static func split(_ data: InteractionDataset, _ section: SplitSection, seed: UInt64) throws -> DataSplit {
        switch section.strategy {
        case .random:
            return try RandomHoldoutSplit(testRatio: section.testRatio, validationRatio: section.validationRatio, seed: seed).split(data)
        case .leaveOneOut:
            return try LeaveOneOutSplit(holdsOutValidation: section.holdsOutValidation).split(data)
        case .temporal:
            let validation = section.validationFraction > 0 ? TemporalSplit.Cut.fraction(section.validationFraction) : nil
            return try TemporalSplit(testCut: .fraction(section.testFraction), validationCut: validation).split(data)
        case .kFold:
            return try KFoldSplit(folds: section.folds, seed: seed).split(data, fold: section.fold)
        }
    }
}
