import Foundation
import RecShieldTestSupport
import Testing
@testable import RecShieldStudy

@Suite struct StudyCellExecutorTests {
    /// Popularity and a small BPR-MF, undefended and sanitised by the robust detector, under an
    /// obvious bandwagon push (10 fake users on 40 real ones): four cells.
    static let yaml = """
        experiment: {seeds: [3]}
        dataset:
          synthetic: {users: 40, items: 60, interactions: 600, min_user_interactions: 5}
        models:
          - {kind: pop}
          - {kind: bpr, factors: 4, epochs: 3}
        attacks:
          - {kind: bandwagon, fake_user_count: 10, filler_count: 4, selected_count: 2, targets: {pool: unpopular, count: 2}}
        defenses:
          - {kind: none}
          - {kind: sanitize, detector: robust}
        detectors:
          - {kind: robust}
        evaluation: {metrics: [hr, ndcg, auc], cutoffs: [5], target_cutoffs: [10]}
        """

    func context(_ configuration: StudyConfiguration, _ directory: URL) -> StudyContext {
        StudyContext(configuration: configuration, inputDirectory: directory, runDirectory: directory, threads: 1)
    }

    func value(_ result: CellResult, _ phase: MetricPhase, _ name: String) -> Double? {
        result.metrics.first { $0.phase == phase && $0.name == name }?.value
    }

    @Test func runsEveryCellWithCleanAttackedAndDefendedPhases() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(yaml: Self.yaml, file: "tiny.yaml")
        let grid = try StudyGrid(configuration)
        let executor = StudyCellExecutor()
        let context = context(configuration, URL(fileURLWithPath: folder.path))
        try executor.check(grid, context: context)
        #expect(grid.cells.count == 4)
        for cell in grid.cells {
            let result = try executor.run(cell: cell, context: context)
            for name in ["hr@5", "ndcg@5", "auc"] {
                let clean = try #require(value(result, .clean, name))
                let attacked = try #require(value(result, .attacked, name))
                #expect((0...1).contains(clean) && (0...1).contains(attacked))
            }
            let before = try #require(value(result, .clean, "target_hr@10"))
            let after = try #require(value(result, .attacked, "target_hr@10"))
            if cell.model.kind == .pop { #expect(after >= before && after > 0) }
            #expect(value(result, .attacked, "prediction_shift") != nil)
            #expect(result.statistics.first { $0.name == "fake_users" }?.value == 10)
            let detection = try #require(result.detections.first)
            #expect(result.detections.count == 1 && detection.detector == "robust" && detection.recall > 0)
            #expect((0...1).contains(try #require(detection.auc)))
            if cell.defense.kind == .sanitize {
                #expect(value(result, .defended, "hr@5") != nil && value(result, .defended, "target_hr@10") != nil)
                #expect(result.statistics.first { $0.name == "removed_users" }?.value == 10)
            } else {
                #expect(!result.metrics.contains { $0.phase == .defended })
            }
            if cell.model.kind == .bpr {
                let logs = Set(result.epochs.map(\.model))
                #expect(logs == (cell.defense.kind == .sanitize ? ["clean", "poisoned", "sanitized"] : ["clean", "poisoned"]))
                #expect(result.epochs.allSatisfy { $0.loss.isFinite })
            }
        }
    }

    @Test func sameCellTwiceGivesIdenticalResults() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(yaml: Self.yaml, file: "tiny.yaml")
        let grid = try StudyGrid(configuration)
        let context = context(configuration, URL(fileURLWithPath: folder.path))
        let cell = try #require(grid.cells.first { $0.model.kind == .bpr && $0.defense.kind == .sanitize })
        let first = try StudyCellExecutor().run(cell: cell, context: context)
        #expect(try StudyCellExecutor().run(cell: cell, context: context) == first)
    }

    @Test func ganAttackAndEveryDetectorKindRun() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(
            yaml: """
                experiment: {seeds: [5]}
                dataset: {synthetic: {users: 40, items: 60, interactions: 600, min_user_interactions: 5}}
                models: [{kind: pop}]
                attacks: [{kind: gan, fake_user_count: 8, epochs: 2, targets: {pool: unpopular, count: 2}}]
                detectors: [{kind: pca}, {kind: supervised}, {kind: discriminator}, {kind: robust, top_n: 4}]
                evaluation: {metrics: [hr], cutoffs: [10], target_cutoffs: [10]}
                """, file: "gan.yaml")
        let grid = try StudyGrid(configuration)
        let result = try StudyCellExecutor().run(cell: grid.cells[0], context: context(configuration, URL(fileURLWithPath: folder.path)))
        #expect(result.detections.map(\.detector) == ["pca", "supervised", "discriminator", "robust"])
        for detection in result.detections {
            #expect((0...1).contains(detection.precision) && (0...1).contains(detection.recall))
            #expect((0...1).contains(try #require(detection.auc)))
        }
        // top_n 4 of 8 fake users: recall at most one half.
        #expect(try #require(result.detections.last).recall <= 0.5)
        #expect(result.epochs.filter { $0.model == "gan" }.map(\.epoch) == [1, 2])
        #expect(result.statistics.first { $0.name == "fake_users" }?.value == 8)
        #expect(value(result, .attacked, "target_hr@10") != nil)
    }

    @Test func ratingModelRecordsRatingErrors() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(
            yaml: """
                experiment: {seeds: [1]}
                dataset: {synthetic: {users: 40, items: 60, interactions: 600}}
                models: [{kind: mf, factors: 4, epochs: 3}]
                evaluation: {metrics: [rmse, mae, hr], cutoffs: [10]}
                """, file: "mf.yaml")
        let grid = try StudyGrid(configuration)
        let result = try StudyCellExecutor().run(cell: grid.cells[0], context: context(configuration, URL(fileURLWithPath: folder.path)))
        #expect(result.metrics.map(\.name) == ["hr@10", "rmse", "mae"])
        let rmse = try #require(value(result, .clean, "rmse"))
        let mae = try #require(value(result, .clean, "mae"))
        #expect(rmse.isFinite && rmse > 0 && mae > 0 && mae <= rmse)
    }

    @Test func refusesWhatThisBuildCannotRunByName() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(
            yaml: "models: [{kind: bpr}, {kind: neumf, patience: 3, batch_size: 64}]\n"
                + "attacks: [{kind: gradient}, {kind: noise}]\ndefenses: [{kind: none}, {kind: apr}]", file: "x.yaml")
        let error = #expect(throws: StudyError.self) {
            try StudyCellExecutor().check(try StudyGrid(configuration), context: context(configuration, URL(fileURLWithPath: folder.path)))
        }
        #expect(try #require(error).description.contains("models[1] patience with batch_size/negatives/hidden_layers"))
    }

    @Test func killedAndResumedRunEqualsAnUninterruptedOne() throws {
        let folder = TemporaryDirectory()
        let configuration = try StudyConfiguration(yaml: Self.yaml, file: "tiny.yaml")
        let grid = try StudyGrid(configuration)
        let runner = StudyRunner(grid: grid)
        let whole = URL(fileURLWithPath: folder.file("whole"))
        let resumed = URL(fileURLWithPath: folder.file("resumed"))
        for directory in [whole, resumed] { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) }
        _ = try runner.run(executor: StudyCellExecutor(), store: try ResultStore(directory: whole), context: context(configuration, whole))
        let killed = grid.cells[2].key
        #expect(throws: CancellationError.self) {
            try runner.run(
                executor: Killing(key: killed), store: try ResultStore(directory: resumed), context: context(configuration, resumed))
        }
        #expect(try ResultStore(directory: resumed).snapshot().cells.count == 2)
        _ = try runner.run(executor: StudyCellExecutor(), store: try ResultStore(directory: resumed), context: context(configuration, resumed))
        #expect(try ResultStore(directory: resumed).snapshot().fingerprints() == ResultStore(directory: whole).snapshot().fingerprints())
    }

    /// The real executor, killed when it reaches one cell.
    struct Killing: CellExecutor {
        let key: String
        let executor = StudyCellExecutor()

        func run(cell: StudyCell, context: StudyContext) throws -> CellResult {
            if cell.key == key { throw CancellationError() }
            return try executor.run(cell: cell, context: context)
        }
    }
}
