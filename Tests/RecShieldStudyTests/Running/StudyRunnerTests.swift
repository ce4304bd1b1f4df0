import Foundation
import RecShieldTestSupport
import Testing
@testable import RecShieldStudy

@Suite struct StudyRunnerTests {
    /// Runs the fixture study into a fresh directory and returns its snapshot.
    func uninterruptedRun(in folder: TemporaryDirectory) throws -> StoredRun {
        let directory = URL(fileURLWithPath: folder.file("whole"))
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let configuration = try StudyFixtures.configuration()
        let store = try ResultStore(directory: directory)
        let summary = try StudyRunner(grid: try StudyGrid(configuration)).run(
            executor: DeterministicExecutor(), store: store, context: StudyFixtures.context(configuration, run: directory))
        #expect(summary == StudyRunSummary(total: 24, resumed: 0, ran: 24, failed: 0, stopped: false))
        return try store.snapshot()
    }

    @Test func resumeAfterAStopEqualsAnUninterruptedRun() throws {
        let folder = TemporaryDirectory()
        let expected = try uninterruptedRun(in: folder)
        let directory = URL(fileURLWithPath: folder.path)
        let configuration = try StudyFixtures.configuration()
        let runner = StudyRunner(grid: try StudyGrid(configuration))
        let context = StudyFixtures.context(configuration, run: directory)
        var reports: [StudyProgress] = []
        let first = try runner.run(executor: DeterministicExecutor(), store: try ResultStore(directory: directory), context: context) {
            reports.append($0)
            return $0.done < 7
        }
        #expect(first.stopped && first.ran == 7 && first.remaining == 17)
        #expect(reports.map(\.done) == Array(1...7))
        #expect(reports.last?.total == 24)
        let second = try runner.run(executor: DeterministicExecutor(), store: try ResultStore(directory: directory), context: context)
        #expect(second == StudyRunSummary(total: 24, resumed: 7, ran: 17, failed: 0, stopped: false))
        #expect(try ResultStore(directory: directory).snapshot().fingerprints() == expected.fingerprints())
    }

    @Test func killedCellIsNotStoredAndResumeFinishesIt() throws {
        let folder = TemporaryDirectory()
        let expected = try uninterruptedRun(in: folder)
        let directory = URL(fileURLWithPath: folder.path)
        let configuration = try StudyFixtures.configuration()
        let grid = try StudyGrid(configuration)
        let runner = StudyRunner(grid: grid)
        let context = StudyFixtures.context(configuration, run: directory)
        let killed = grid.cells[10].key
        #expect(throws: CancellationError.self) {
            try runner.run(executor: DeterministicExecutor(cancelAt: killed), store: try ResultStore(directory: directory), context: context)
        }
        let partial = try ResultStore(directory: directory).snapshot()
        #expect(partial.cells.count == 10)
        #expect(!partial.cells.contains { $0.key == killed })
        _ = try runner.run(executor: DeterministicExecutor(), store: try ResultStore(directory: directory), context: context)
        #expect(try ResultStore(directory: directory).snapshot().fingerprints() == expected.fingerprints())
    }

    @Test func failedCellsAreStoredAndRetried() throws {
        let folder = TemporaryDirectory()
        let directory = URL(fileURLWithPath: folder.path)
        let configuration = try StudyFixtures.configuration()
        let grid = try StudyGrid(configuration)
        let runner = StudyRunner(grid: grid)
        let context = StudyFixtures.context(configuration, run: directory)
        let broken = grid.cells[3].key
        let first = try runner.run(executor: DeterministicExecutor(failing: [broken]), store: try ResultStore(directory: directory), context: context)
        #expect(first.failed == 1 && first.remaining == 1)
        let stored = try ResultStore(directory: directory).snapshot().cells.first { $0.key == broken }
        #expect(stored?.status == .failed && stored?.message == "simulated failure")
        let second = try runner.run(executor: DeterministicExecutor(), store: try ResultStore(directory: directory), context: context)
        #expect(second.ran == 1 && second.failed == 0 && second.remaining == 0)
        #expect(try ResultStore(directory: directory).snapshot().doneCells.count == 24)
    }

    @Test func resumeRefusesAnotherConfiguration() throws {
        let folder = TemporaryDirectory()
        let directory = URL(fileURLWithPath: folder.path)
        let configuration = try StudyFixtures.configuration()
        let context = StudyFixtures.context(configuration, run: directory)
        _ = try StudyRunner(grid: try StudyGrid(configuration)).run(
            executor: DeterministicExecutor(), store: try ResultStore(directory: directory), context: context) { _ in false }
        var changed = configuration
        changed.experiment.seeds = [1, 2, 3]
        #expect(throws: StudyError.configurationChanged(path: directory.path)) {
            try StudyRunner(grid: try StudyGrid(changed)).run(
                executor: DeterministicExecutor(), store: try ResultStore(directory: directory), context: context)
        }
    }
}
