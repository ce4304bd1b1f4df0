import Foundation
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldStudy

extension StudyCellExecutorTests {
    static let adversarialYAML = """
        experiment: {seeds: [5]}
        dataset:
          synthetic: {users: 40, items: 60, interactions: 600, min_user_interactions: 5}
        models:
          - {kind: bpr, factors: 4, epochs: 3}
        attacks:
          - {kind: fgsm, epsilons: [0.5, 2.0]}
          - {kind: noise, epsilons: [0.5]}
          - {kind: gradient, fake_user_count: 4, filler_count: 5, targets: {pool: unpopular, count: 2}}
        defenses:
          - {kind: none}
          - {kind: apr, epsilon: 0.5, adversarial_weight: 1.0}
        evaluation: {metrics: [hr, ndcg], cutoffs: [5]}
        """

    // MARK: - Perturbation attacks and training-time defenses

    @Test func fgsmRecordsPerturbedMetricsForEveryBudgetAndAPRTrainsItsOwnModel() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(yaml: Self.adversarialYAML, file: "adversarial.yaml")
        let grid = try StudyGrid(configuration)
        let executor = StudyCellExecutor()
        let runContext = context(configuration, URL(fileURLWithPath: folder.path))
        try executor.check(grid, context: runContext)
        let plain = try #require(grid.cells.first { $0.defense.kind == .none && $0.attack?.kind == .fgsm })
        let apr = try #require(grid.cells.first { $0.defense.kind == .apr && $0.attack?.kind == .fgsm })
        let plainResult = try executor.run(cell: plain, context: runContext)
        let aprResult = try executor.run(cell: apr, context: runContext)
        for result in [plainResult, aprResult] {
            let perturbed = result.metrics.filter { $0.phase == .perturbed }
            #expect(Set(perturbed.compactMap(\.epsilon)) == [0.5, 2.0])
            #expect(Set(perturbed.map(\.name)) == ["hr@5", "ndcg@5"])
            #expect(perturbed.allSatisfy { (0...1).contains($0.value) })
            #expect(result.metrics.contains { $0.phase == .clean && $0.name == "ndcg@5" })
        }
        // APR fine-tunes after pretraining, so its clean model (and loss log) differs from plain BPR's.
        #expect(aprResult.epochs.count > plainResult.epochs.count)
        #expect(value(aprResult, .clean, "ndcg@5") != nil)
    }

    @Test func randomNoiseAndGradientPoisoningRun() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(yaml: Self.adversarialYAML, file: "adversarial.yaml")
        let grid = try StudyGrid(configuration)
        let runContext = context(configuration, URL(fileURLWithPath: folder.path))
        let noise = try #require(grid.cells.first { $0.defense.kind == .none && $0.attack?.kind == .noise })
        let gradient = try #require(grid.cells.first { $0.defense.kind == .none && $0.attack?.kind == .gradient })
        let executor = StudyCellExecutor()
        let noisy = try executor.run(cell: noise, context: runContext)
        #expect(noisy.metrics.contains { $0.phase == .perturbed && $0.epsilon == 0.5 && $0.name == "ndcg@5" })
        let poisoned = try executor.run(cell: gradient, context: runContext)
        #expect(poisoned.statistics.contains { $0.name == "fake_users" && $0.value == 4 })
        #expect(poisoned.metrics.contains { $0.phase == .attacked && $0.name == StudyMetric.targetHitRatio(10) })
    }

    @Test func fgsmOnAModelWithoutEmbeddingsIsRefusedByName() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(
            yaml: "dataset: {synthetic: {users: 30, items: 40, interactions: 300}}\nmodels: [{name: popular, kind: pop}]\n"
                + "attacks: [{kind: fgsm}]", file: "x.yaml")
        let grid = try StudyGrid(configuration)
        let error = #expect(throws: StudyError.self) {
            _ = try StudyCellExecutor().run(cell: grid.cells[0], context: context(configuration, URL(fileURLWithPath: folder.path)))
        }
        #expect(try #require(error).description.contains("model 'popular' has no embeddings to perturb"))
    }
}
