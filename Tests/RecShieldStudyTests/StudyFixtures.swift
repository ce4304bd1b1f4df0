import Foundation
import RecShieldCore
import RecShieldTestSupport
@testable import RecShieldStudy

/// A small study: two models (one swept), two defenses, a profile attack with a detector and a
/// perturbation attack, two seeds.
enum StudyFixtures {
    static let yaml = """
        experiment: {name: fixture, seeds: [1, 2]}
        models:
          - {kind: bpr, factors: 8}
          - {kind: mf}
        attacks:
          - {kind: bandwagon, fake_user_count: 3}
          - {kind: fgsm, epsilons: [0.5, 1.0]}
        defenses:
          - {kind: none}
          - {kind: apr}
        detectors:
          - {kind: pca}
        sweep:
          models.bpr.factors: [4, 8]
        """

    static func configuration() throws -> StudyConfiguration {
        try StudyConfiguration(yaml: yaml, file: "fixture.yaml")
    }

    static func context(_ configuration: StudyConfiguration, run directory: URL) -> StudyContext {
        StudyContext(
            configuration: configuration, inputDirectory: directory, runDirectory: directory, threads: 1)
    }
}

/// A test-only executor whose numbers are a pure function of the cell (its key and seeds), so
/// two runs in any order, split or resumed, give identical results. It stands in for the real
/// pipeline in tests of the study machinery.
struct DeterministicExecutor: CellExecutor {
    /// Cell keys that throw an ordinary error (stored as failed).
    var failing: Set<String> = []
    /// Throw `CancellationError` when asked for this cell (a simulated kill).
    var cancelAt: String?

    struct Failure: Error, CustomStringConvertible {
        var description: String { "simulated failure" }
    }

    func run(cell: StudyCell, context: StudyContext) throws -> CellResult {
        if cell.key == cancelAt { throw CancellationError() }
        if failing.contains(cell.key) { throw Failure() }
        var rng = Xoshiro256StarStar(seed: cell.seed(for: "model") ^ StableHash.fnv1a64(cell.model.name))
        let factors = Double(cell.model.factors ?? 16)
        let defended = cell.defense.kind == .none ? 0.0 : 0.02
        let clean = 0.2 + factors / 400 + 0.01 * rng.nextUnitDouble() - defended
        var result = CellResult()
        result.metrics.append(MetricValue(phase: .clean, name: "hr@10", value: clean))
        result.metrics.append(MetricValue(phase: .clean, name: "ndcg@10", value: clean / 2))
        for epoch in 1...3 {
            result.epochs.append(EpochLog(model: "clean", epoch: epoch, loss: 1 / Double(epoch) + 0.01 * rng.nextUnitDouble()))
        }
        result.statistics = [DatasetStatistic(name: "users", value: 100), DatasetStatistic(name: "items", value: 50)]
        guard let attack = cell.attack else { return result }
        var attackRNG = Xoshiro256StarStar(seed: cell.seed(for: "attack") ^ StableHash.fnv1a64(attack.name))
        if attack.kind.perturbsModel {
            for epsilon in context.configuration.epsilons(of: attack) {
                let drop = (0.1 - defended) * epsilon + 0.005 * attackRNG.nextUnitDouble()
                result.metrics.append(MetricValue(phase: .perturbed, attack: attack.name, epsilon: epsilon, name: "hr@10", value: clean - drop))
                result.metrics.append(MetricValue(phase: .perturbed, attack: attack.name, epsilon: epsilon, name: "ndcg@10", value: (clean - drop) / 2))
            }
        } else {
            let after = clean - 0.03 + defended + 0.005 * attackRNG.nextUnitDouble()
            result.metrics.append(MetricValue(phase: .attacked, attack: attack.name, name: "hr@10", value: after))
            result.metrics.append(MetricValue(phase: .attacked, attack: attack.name, name: "ndcg@10", value: after / 2))
            result.metrics.append(MetricValue(phase: .clean, name: StudyMetric.targetHitRatio(10), value: 0.01))
            result.metrics.append(MetricValue(
                phase: .attacked, attack: attack.name, name: StudyMetric.targetHitRatio(10), value: 0.3 - 2 * defended + 0.05 * attackRNG.nextUnitDouble()))
            result.metrics.append(MetricValue(
                phase: .attacked, attack: attack.name, name: StudyMetric.predictionShift, value: 0.5 + 0.1 * attackRNG.nextUnitDouble()))
            for detector in cell.detectors {
                let precision = 0.6 + 0.2 * attackRNG.nextUnitDouble()
                let recall = 0.5 + 0.2 * attackRNG.nextUnitDouble()
                result.detections.append(DetectionRecord(
                    detector: detector.name, precision: precision, recall: recall,
                    f1: 2 * precision * recall / (precision + recall), auc: 0.9))
            }
            result.artefacts.append(ArtefactRecord(name: "labels", path: "artefacts/\(cell.directoryName)/labels.txt"))
        }
        return result
    }
}

extension StoredRun {
    /// The fingerprints of every cell (results without timings), for comparing runs.
    func fingerprints() throws -> [String] {
        try cells.map { try $0.fingerprint() }
    }
}
