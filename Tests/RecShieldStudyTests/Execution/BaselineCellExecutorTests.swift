import Foundation
import RecShieldTestSupport
import Testing
@testable import RecShieldStudy

@Suite struct BaselineCellExecutorTests {
    static let yaml = """
        experiment: {seeds: [3]}
        dataset:
          synthetic: {users: 40, items: 60, interactions: 600, min_user_interactions: 5}
        models:
          - {kind: neumf, factors: 4, epochs: 2, batch_size: 64, hidden_layers: [8, 4]}
        attacks:
          - {kind: bandwagon, fake_user_count: 4, filler_count: 5, selected_count: 2, targets: {pool: unpopular, count: 2}}
        evaluation: {target_cutoffs: [5, 10]}
        """

    func context(_ configuration: StudyConfiguration, _ folder: TemporaryDirectory) -> StudyContext {
        StudyContext(
            configuration: configuration, inputDirectory: URL(fileURLWithPath: folder.path),
            runDirectory: URL(fileURLWithPath: folder.path), threads: 1)
    }

    @Test func runsACellOfNeuMFUnderAShillingAttack() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(yaml: Self.yaml, file: "tiny.yaml")
        let grid = try StudyGrid(configuration)
        let executor = BaselineCellExecutor()
        try executor.check(grid, context: context(configuration, folder))
        let result = try executor.run(cell: grid.cells[0], context: context(configuration, folder))
        #expect(result.epochs.map(\.model) == ["clean", "clean", "poisoned", "poisoned"])
        #expect(result.epochs.allSatisfy { $0.loss.isFinite && $0.loss > 0 })
        let names = result.metrics.map { "\($0.phase.rawValue):\($0.name)" }
        #expect(names == [
            "clean:target_hr@5", "attacked:target_hr@5", "clean:target_hr@10", "attacked:target_hr@10",
            "clean:mean_target_rank", "attacked:mean_target_rank", "attacked:prediction_shift",
        ])
        #expect(result.statistics.first { $0.name == "fake_users" }?.value == 4)
        #expect(result.statistics.first { $0.name == "users" }?.value == 40)
        // Deterministic: a fresh executor gives the same numbers.
        #expect(try BaselineCellExecutor().run(cell: grid.cells[0], context: context(configuration, folder)) == result)
    }

    @Test func refusesWhatThisBuildCannotRun() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(
            yaml: "models: [{kind: bpr}]\nattacks: [{kind: fgsm}]\ndetectors: [{kind: pca}]\ndefenses: [{kind: apr}]", file: "x.yaml")
        let error = #expect(throws: StudyError.self) {
            try BaselineCellExecutor().check(try StudyGrid(configuration), context: context(configuration, folder))
        }
        let message = try #require(error).description
        #expect(message.contains("models[0] kind bpr, defenses[0] kind apr, attacks[0] kind fgsm, detectors[0] kind pca"))
    }
}
