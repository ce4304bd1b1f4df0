import Foundation
import RecShieldAdversarial
import RecShieldCore

/// The executor of `recshield study run` and `recshield demo`: the whole loop of one cell.
///
/// 1. The data is loaded (or generated), cleaned and split with the cell's `split` seed.
/// 2. The model is trained on the clean training data with the `model` seed through
///    ``ModelTrainer`` — or, under a training-time defense (`apr`, `amr`, `gan-augment`, `tce`,
///    `rce`), through ``DefendedTraining`` with the same settings — (epochs logged as `clean`;
///    VBPR gets the dataset's item features), and
///    the evaluation section's metrics are recorded as `clean`: ranking metrics over a full
///    ranking without training items, RMSE/MAE for models that predict ratings.
/// 3. A profile attack (heuristic shilling kinds, `gan`, `gradient`) injects fake users with the `attack`
///    seed; the model is retrained on the poisoned data with the same model seed (`poisoned`),
///    and the metrics plus ``StudyMetric`` target measures are recorded as `attacked`. A
///    perturbation attack (`fgsm`, `pgd`, or `noise`: random noise of FGSM's norms) instead perturbs the clean model's embeddings (or VBPR's
///    features) for each ε and records the metrics as `perturbed` with their ε.
/// 4. Every detector of the cell scores the poisoned users (``DetectionRecord``: precision,
///    recall, F1 and ROC-AUC against the injected users).
/// 5. A `sanitize` defense removes its detector's flagged users and retrains (`defended`).
///
/// Every random choice comes from the cell's derived seeds, matrix factorisation trains on one
/// thread, and everything else gives the same result for any thread count, so a cell's result
/// depends on the cell alone — resume and shard merging give the results of one run. Work the
/// cells of one seed share (the data, clean models, fake profiles, trained detectors) is cached
/// inside the executor, so use one executor per study.
///
/// ``check(_:context:)`` refuses, naming each entry, `patience` on NeuMF entries that set
/// `batch_size`, `negatives` or `hidden_layers`.
public struct StudyCellExecutor: CellExecutor {
    private let data = PreparedData()
    /// Clean models by seed and model entry, fake profiles by seed and attack entry, trained
    /// detectors by seed, detector and attack entry: the cells of one seed share them.
    private let models = CellCache(capacity: 32)
    private let attacks = CellCache(capacity: 32)
    private let detectors = CellCache(capacity: 32)

    /// Creates the executor.
    public init() {}

    public func check(_ grid: StudyGrid, context: StudyContext) throws {
        let configuration = grid.configuration
        var problems: [String] = []
        for (index, model) in configuration.models.enumerated() {
            if model.kind == .neumf && model.patience > 0
                && (model.batchSize != nil || model.negatives != nil || model.hiddenLayers != nil) {
                problems.append("models[\(index)] patience with batch_size/negatives/hidden_layers")
            }
        }
        guard problems.isEmpty else {
            throw StudyError.unsupported(
                "this study cannot run: " + problems.joined(separator: ", "))
        }
    }

    public func run(cell: StudyCell, context: StudyContext) throws -> CellResult {
        let configuration = context.configuration
        let dataset = try data.dataset(for: context)
        let split = try PreparedData.split(dataset, configuration.split, seed: cell.seed(for: "split"))
        let features = cell.model.kind.needsFeatures ? try data.features(for: context, itemIDs: split.train.itemIDs) : nil
        var result = CellResult()
        result.statistics = Self.statistics(of: split.train)
        let evaluation = Evaluation(
            test: split.test.byUser(), training: split.train.byUser(), isRated: split.test.isRated,
            section: configuration.evaluation, seed: cell.seed(for: "evaluation"), threads: context.threads)
        let modelSeed = cell.seed(for: "model")
        let trainingDefense = Self.trainingDefense(cell.defense.kind)
        func train(_ data: InteractionDataset, _ log: String, _ result: inout CellResult) throws -> any ArchivableModel {
            if let trainingDefense {
                return try Self.trainDefended(
                    cell.model, defense: cell.defense, kind: trainingDefense, on: data, features: features,
                    seed: modelSeed, threads: context.threads, log: log, into: &result)
            }
            let validation = try split.validation.map { try ProfileSanitizer.reindexed($0, onto: data) }
            return try Self.train(
                cell.model, on: data, validation: validation, features: features, seed: modelSeed,
                threads: context.threads, log: log, into: &result)
        }
        let predictsRatings = ModelTrainer.predictsRatings(
            kind: cell.model.kind, settings: Self.settings(cell.model, seed: modelSeed, threads: context.threads))
        let (clean, cleanLog) = try models.value(for: "model/\(cell.seed)/\(cell.model)/\(trainingDefense == nil ? "plain" : "\(cell.defense)")") {
            var log = CellResult()
            let model = try train(split.train, "clean", &log)
            return (model, log.epochs)
        }
        result.epochs += cleanLog
        result.metrics += try Self.utility(of: clean, predictsRatings: predictsRatings, on: evaluation, phase: .clean, attack: "")
        guard let attack = cell.attack else { return result }
        if Self.isPerturbation(attack.kind) {
            result.metrics += try Self.perturbed(
                clean, attack: attack, modelName: cell.model.name, on: evaluation, predictsRatings: predictsRatings,
                seed: cell.seed(for: "attack"))
            return result
        }

        let injected = try attacks.value(for: "attack/\(cell.seed)/\(attack)") {
            try Self.inject(attack, into: split.train, seed: cell.seed(for: "attack"))
        }
        result.epochs += injected.epochs
        result.statistics += [
            DatasetStatistic(name: "fake_users", value: Double(injected.fakeUserCount)),
            DatasetStatistic(name: "injected_interactions", value: Double(injected.poisoned.count - split.train.count)),
        ]
        let poisoned = try train(injected.poisoned, "poisoned", &result)
        result.metrics += try Self.utility(
            of: poisoned, predictsRatings: predictsRatings, on: evaluation, phase: .attacked, attack: attack.name)
        result.metrics += try Self.targetMeasures(
            before: clean, after: poisoned, targets: injected.targets, on: evaluation, phase: .attacked,
            attack: attack.name, recordsClean: true)

        var detections: [String: DetectionResult] = [:]
        let format = try data.format(for: context)
        for detector in cell.detectors {
            let made = try detectors.value(for: "detector/\(cell.seed)/\(detector)/\(attack)") {
                try Self.makeDetector(
                    detector, injected: injected, clean: split.train, format: format, seed: cell.seed(for: "detector"),
                    threads: context.threads)
            }
            let detection = try Self.detect(made, spec: detector, injected: injected, threads: context.threads)
            detections[detector.name] = detection.result
            result.detections.append(detection.record)
        }
        try Self.defend(
            cell.defense, attack: attack, injected: injected, detections: detections, clean: clean,
            predictsRatings: predictsRatings, evaluation: evaluation, train: train, into: &result)
        return result
    }

    private static func statistics(of data: InteractionDataset) -> [DatasetStatistic] {
        let statistics = DatasetStatistics(data)
        return [
            DatasetStatistic(name: "users", value: Double(statistics.users)),
            DatasetStatistic(name: "items", value: Double(statistics.items)),
            DatasetStatistic(name: "training_interactions", value: Double(statistics.interactions)),
            DatasetStatistic(name: "density", value: statistics.density),
        ]
    }
}
