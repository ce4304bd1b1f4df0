import Foundation
import RecShieldCore

/// Runs a study's cells through a ``CellExecutor`` into a ``ResultStore``, one cell at a time.
///
/// Cells already finished in the store are skipped (resume); each cell that ends is stored in
/// one transaction with its results (or its failure), so killing the process loses at most the
/// cell in flight, and a later run with the same configuration finishes the rest. Because every
/// cell depends only on itself, the final store equals that of one uninterrupted run.
public struct StudyRunner {
    /// The expanded study.
    public let grid: StudyGrid
    /// The cells this runner owns (the shard's slice, or all).
    public let cells: [StudyCell]
    /// The shard, or `nil` for the whole grid.
    public let shard: Shard?

    /// Creates a runner for the whole grid or one shard of it.
    public init(grid: StudyGrid, shard: Shard? = nil) {
        self.grid = grid
        self.shard = shard
        cells = shard.map { $0.select(grid.cells) } ?? grid.cells
    }

    /// The run's metadata for `store`.
    public func metadata(createdAt: Date = Date()) throws -> RunMetadata {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return RunMetadata(
            studyName: grid.configuration.experiment.name, configurationYAML: try grid.configuration.resolvedYAML(),
            recshieldVersion: RecShieldVersion.current, createdAt: formatter.string(from: createdAt),
            totalCells: grid.cells.count, shard: shard?.description)
    }

    /// Runs every cell not yet finished in `store`.
    /// - Parameters:
    ///   - executor: does the work of a cell.
    ///   - store: where results go; its metadata is written (or checked, on resume) first.
    ///   - context: the run directory, inputs and threads.
    ///   - progress: called after every cell; return `false` to stop after it.
    /// - Returns: what was run.
    /// - Throws: ``StudyError`` for a store of another configuration or a store failure, the
    ///   executor's ``CellExecutor/check(_:context:)`` error, and `CancellationError` from the
    ///   executor.
    public func run(
        executor: some CellExecutor, store: ResultStore, context: StudyContext,
        progress: (StudyProgress) -> Bool = { _ in true }
    ) throws -> StudyRunSummary {
        try executor.check(grid, context: context)
        try store.begin(try metadata())
        let finished = try store.completedKeys()
        let pending = cells.filter { !finished.contains($0.key) }
        var summary = StudyRunSummary(total: cells.count, resumed: cells.count - pending.count, ran: 0, failed: 0, stopped: false)
        let clock = ContinuousClock()
        var elapsed = 0.0
        for (position, cell) in pending.enumerated() {
            let start = clock.now
            let stored: StoredCell
            do {
                let result = try executor.run(cell: cell, context: context)
                stored = StoredCell(cell, status: .done, seconds: Self.seconds(since: start, clock), result: result)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                stored = StoredCell(cell, status: .failed, seconds: Self.seconds(since: start, clock), message: String(describing: error))
            }
            try store.record(stored)
            summary.ran += 1
            if stored.status == .failed { summary.failed += 1 }
            elapsed += stored.seconds
            let left = pending.count - position - 1
            let report = StudyProgress(
                done: summary.resumed + summary.ran - summary.failed, failed: summary.failed, total: cells.count,
                resumed: summary.resumed, cellKey: cell.key, cellFailed: stored.status == .failed, cellSeconds: stored.seconds,
                estimatedSecondsLeft: elapsed / Double(position + 1) * Double(left))
            if !progress(report) && left > 0 {
                summary.stopped = true
                break
            }
        }
        return summary
    }

    private static func seconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> Double {
        let duration = clock.now - start
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
