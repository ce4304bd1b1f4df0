import Foundation
import RecShieldTestSupport
import Testing
@testable import RecShieldStudy

@Suite struct ResultStoreTests {
    /// Runs shard `shard` (or the whole grid) of the fixture study into `directory`.
    func run(_ shard: Shard?, into directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let configuration = try StudyFixtures.configuration()
        _ = try StudyRunner(grid: try StudyGrid(configuration), shard: shard).run(
            executor: DeterministicExecutor(), store: try ResultStore(directory: directory),
            context: StudyFixtures.context(configuration, run: directory))
    }

    @Test func roundTripKeepsEveryRowAndNaN() throws {
        let folder = TemporaryDirectory()
        let directory = URL(fileURLWithPath: folder.path)
        let store = try ResultStore(directory: directory)
        let cell = try StudyGrid(try StudyFixtures.configuration()).cells[0]
        let result = CellResult(
            metrics: [MetricValue(phase: .perturbed, attack: "fgsm", epsilon: 0.5, name: "hr@10", value: .nan)],
            epochs: [EpochLog(model: "clean", epoch: 1, loss: 0.7, validation: 0.1)],
            detections: [DetectionRecord(detector: "pca", precision: 0.5, recall: 0.25, f1: 1.0 / 3, auc: nil)],
            artefacts: [ArtefactRecord(name: "labels", path: "artefacts/x/labels.txt")],
            statistics: [DatasetStatistic(name: "users", value: 10)])
        try store.record(StoredCell(cell, status: .done, seconds: 1.5, result: result))
        let back = try #require(try store.snapshot().cells.first)
        #expect(back.key == cell.key && back.seconds == 1.5 && back.seed == 1)
        #expect(back.result.metrics.first?.value.isNaN == true)
        #expect(back.result.epochs == result.epochs && back.result.detections == result.detections)
        #expect(back.result.artefacts == result.artefacts && back.result.statistics == result.statistics)
        #expect(try back.fingerprint() == StoredCell(cell, status: .done, seconds: 9, result: result).fingerprint())
    }

    @Test func threeShardsMergedEqualOneRun() throws {
        let folder = TemporaryDirectory()
        let whole = URL(fileURLWithPath: folder.file("whole"))
        try run(nil, into: whole)
        let shards = try (0..<3).map { index -> URL in
            let directory = URL(fileURLWithPath: folder.file("shard-\(index)"))
            try run(try Shard(index: index, count: 3), into: directory)
            return directory
        }
        let merged = URL(fileURLWithPath: folder.file("merged"))
        let summary = try ResultStore.merge(shardDirectories: shards, into: merged)
        #expect(summary == MergeSummary(added: 24, unchanged: 0, failed: 0, doneCells: 24, totalCells: 24))
        let mergedRun = try ResultStore(directory: merged).snapshot()
        let wholeRun = try ResultStore(directory: whole).snapshot()
        #expect(try mergedRun.fingerprints() == wholeRun.fingerprints())
        #expect(mergedRun.metadata?.configurationYAML == wholeRun.metadata?.configurationYAML)
        #expect(mergedRun.metadata?.shard == nil)
    }

    @Test func mergeIsIdempotent() throws {
        let folder = TemporaryDirectory()
        let shard = URL(fileURLWithPath: folder.file("shard"))
        try run(try Shard(index: 0, count: 2), into: shard)
        let merged = URL(fileURLWithPath: folder.file("merged"))
        let first = try ResultStore.merge(shardDirectories: [shard], into: merged)
        let before = try ResultStore(directory: merged).snapshot()
        let again = try ResultStore.merge(shardDirectories: [shard, shard], into: merged)
        #expect(first.added == 12)
        #expect(again.added == 0 && again.unchanged == 24 && again.doneCells == 12)
        #expect(try ResultStore(directory: merged).snapshot() == before)
    }

    @Test func conflictingDuplicateNamesTheCell() throws {
        let folder = TemporaryDirectory()
        let first = URL(fileURLWithPath: folder.file("a"))
        let second = URL(fileURLWithPath: folder.file("b"))
        try run(nil, into: first)
        try run(nil, into: second)
        let store = try ResultStore(directory: second)
        var cell = try #require(try store.snapshot().cells.first)
        cell.result.metrics[0].value += 0.001
        try store.record(cell)
        let merged = URL(fileURLWithPath: folder.file("merged"))
        #expect(throws: StudyError.conflictingCell(key: cell.key, first: first.path, second: second.path)) {
            try ResultStore.merge(shardDirectories: [first, second], into: merged)
        }
        #expect(try ResultStore(directory: merged).snapshot().cells.isEmpty)
    }

    @Test func mergeRefusesOtherStudiesAndMissingStores() throws {
        let folder = TemporaryDirectory()
        let first = URL(fileURLWithPath: folder.file("a"))
        try run(nil, into: first)
        let other = URL(fileURLWithPath: folder.file("b"))
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let configuration = try StudyConfiguration(yaml: "experiment: {seeds: [9]}", file: "other.yaml")
        _ = try StudyRunner(grid: try StudyGrid(configuration)).run(
            executor: DeterministicExecutor(), store: try ResultStore(directory: other),
            context: StudyFixtures.context(configuration, run: other))
        #expect(throws: StudyError.mergeMismatch(first: first.path, second: other.path)) {
            try ResultStore.merge(shardDirectories: [first, other], into: URL(fileURLWithPath: folder.file("m")))
        }
        let empty = URL(fileURLWithPath: folder.file("empty"))
        #expect(throws: StudyError.noResults(path: empty.path)) {
            try ResultStore.merge(shardDirectories: [empty], into: URL(fileURLWithPath: folder.file("m2")))
        }
    }
}
