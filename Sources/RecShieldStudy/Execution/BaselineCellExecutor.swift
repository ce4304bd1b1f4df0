import Foundation
import RecShieldAdversarial
import RecShieldCore

/// The executor this build ships: the parts of the pipeline that exist in the library today —
/// data loading or generation, cleaning, splitting, NeuMF training, heuristic shilling attacks
/// and the target-side robustness measures.
///
/// For each cell: the split is drawn with the cell's `split` seed; NeuMF is trained on the
/// clean training data with the `model` seed (epoch losses logged as `clean`); a profile attack
/// injects fake users with the `attack` seed and NeuMF is trained again on the poisoned data
/// (logged as `poisoned`); ``TargetImpact`` then gives `target_hr@K` (phase clean for the clean
/// model, attacked for the poisoned one), `prediction_shift` and `mean_target_rank`. Data-set
/// statistics and the attack's cost are recorded with the cell.
///
/// ``check(_:context:)`` refuses what this build cannot run yet — other model kinds, defenses,
/// detectors, perturbation and learned attacks, early stopping — naming each entry, so a study
/// never silently skips part of its grid. Clean-utility metrics (`hr`, `ndcg`, …) need a
/// ranking evaluator and are not recorded by this executor.
public struct BaselineCellExecutor: CellExecutor {
    private let data = PreparedData()

    /// Creates the executor.
    public init() {}

    public func check(_ grid: StudyGrid, context: StudyContext) throws {
        let configuration = grid.configuration
        var problems: [String] = []
        for (index, model) in configuration.models.enumerated() {
            if model.kind != .neumf { problems.append("models[\(index)] kind \(model.kind.rawValue)") }
            if model.patience > 0 { problems.append("models[\(index)] patience (early stopping)") }
        }
        for (index, defense) in configuration.defenses.enumerated() where defense.kind != .none {
            problems.append("defenses[\(index)] kind \(defense.kind.rawValue)")
        }
        for (index, attack) in configuration.attacks.enumerated() where attack.kind.shillingKind == nil {
            problems.append("attacks[\(index)] kind \(attack.kind.rawValue)")
        }
        for (index, detector) in configuration.detectors.enumerated() {
            problems.append("detectors[\(index)] kind \(detector.kind.rawValue)")
        }
        guard problems.isEmpty else {
            throw StudyError.unsupported(
                "this build runs neumf models, no defense, no detector and the heuristic shilling attacks "
                    + "(random, average, bandwagon, segment, reverse-bandwagon, love-hate); not available: "
                    + problems.joined(separator: ", "))
        }
    }

    public func run(cell: StudyCell, context: StudyContext) throws -> CellResult {
        let dataset = try data.dataset(for: context)
        let split = try PreparedData.split(dataset, context.configuration.split, seed: cell.seed(for: "split"))
        let training = split.train.byUser()
        var result = CellResult()
        result.statistics = Self.statistics(of: split.train)
        let clean = try Self.train(cell.model, on: training, seed: cell.seed(for: "model"), log: "clean", into: &result)
        guard let attack = cell.attack, let kind = attack.kind.shillingKind else { return result }
        let configuration = AttackConfiguration(
            kind: kind, fakeUsers: attack.fakeUsers, filler: attack.filler,
            selectedCount: attack.kind.usesSelectedItems ? attack.selectedCount : nil, targets: attack.targets,
            goal: attack.goal, seed: cell.seed(for: "attack"))
        let injection = try ProfileInjector.inject(configuration, into: split.train)
        let cost = AttackCost(poisoned: injection.poisoned, isFake: injection.isFake)
        result.statistics += [
            DatasetStatistic(name: "fake_users", value: Double(cost.fakeProfiles)),
            DatasetStatistic(name: "injected_interactions", value: Double(cost.injectedInteractions)),
        ]
        let poisoned = try Self.train(
            cell.model, on: injection.poisoned.byUser(), seed: cell.seed(for: "model"), log: "poisoned", into: &result)
        let impact = try TargetImpact.measure(
            before: clean, after: poisoned, training: training, targets: injection.targets,
            cutoffs: context.configuration.evaluation.targetCutoffs, threads: context.threads)
        for ratio in impact.hitRatios {
            result.metrics.append(MetricValue(phase: .clean, name: StudyMetric.targetHitRatio(ratio.k), value: ratio.before))
            result.metrics.append(MetricValue(
                phase: .attacked, attack: attack.name, name: StudyMetric.targetHitRatio(ratio.k), value: ratio.after))
        }
        result.metrics.append(MetricValue(phase: .clean, name: StudyMetric.meanTargetRank, value: impact.meanRankBefore))
        result.metrics.append(MetricValue(phase: .attacked, attack: attack.name, name: StudyMetric.meanTargetRank, value: impact.meanRankAfter))
        result.metrics.append(MetricValue(phase: .attacked, attack: attack.name, name: StudyMetric.predictionShift, value: impact.predictionShift))
        return result
    }

    /// Trains NeuMF with `spec`'s settings, logging each epoch's loss as `log`.
    private static func train(
        _ spec: ModelSpec, on interactions: SparseMatrix, seed: UInt64, log: String, into result: inout CellResult
    ) throws -> NeuMF {
        var configuration = NeuMF.Configuration()
        if let factors = spec.factors { configuration.gmfDimension = factors }
        if let epochs = spec.epochs { configuration.epochs = epochs }
        if let rate = spec.learningRate { configuration.learningRate = Float(rate) }
        if let batch = spec.batchSize { configuration.batchSize = batch }
        if let negatives = spec.negatives { configuration.negativesPerPositive = negatives }
        if let layers = spec.hiddenLayers { configuration.hiddenLayers = layers }
        configuration.seed = seed
        var trainer: NeuMFTrainer
        do {
            trainer = try NeuMFTrainer(interactions: interactions, configuration: configuration)
        } catch let error as NeuMF.ConfigurationError {
            throw StudyError.unsupported("model '\(spec.name)': \(error.description)")
        }
        var losses: [EpochLog] = []
        try trainer.train { report in
            losses.append(EpochLog(model: log, epoch: report.epoch, loss: report.loss, validation: report.validation))
            return .continue
        }
        result.epochs += losses
        return trainer.model
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
