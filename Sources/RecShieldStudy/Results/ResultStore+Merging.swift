import Foundation
import GRDB

extension ResultStore {
    /// Merges the stores of `shardDirectories` into the store in `directory` (created when
    /// absent) in one transaction.
    ///
    /// Idempotent: a cell already present with the same results is left alone, so merging a
    /// shard twice, or merging into an earlier merge, changes nothing. A finished cell replaces a
    /// failed one. Stores of different configurations are refused.
    /// - Throws: ``StudyError/noResults(path:)`` for a directory without a store,
    ///   ``StudyError/mergeMismatch(first:second:)`` for different configurations, and
    ///   ``StudyError/conflictingCell(key:first:second:)`` naming the first cell whose results
    ///   differ between two stores (nothing is written then).
    public static func merge(shardDirectories: [URL], into directory: URL) throws -> MergeSummary {
        var runs: [(source: String, run: StoredRun, metadata: RunMetadata)] = []
        for shardDirectory in shardDirectories {
            guard exists(in: shardDirectory) else { throw StudyError.noResults(path: shardDirectory.path) }
            let run = try ResultStore(directory: shardDirectory).snapshot()
            guard let metadata = run.metadata else { throw StudyError.noResults(path: shardDirectory.path) }
            if let first = runs.first, first.metadata.configurationYAML != metadata.configurationYAML {
                throw StudyError.mergeMismatch(first: first.source, second: shardDirectory.path)
            }
            runs.append((shardDirectory.path, run, metadata))
        }
        guard let first = runs.first else {
            throw StudyError.unsupported("nothing to merge: give at least one run directory")
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let target = try ResultStore(directory: directory)
        let existing = try target.snapshot()
        if let metadata = existing.metadata, metadata.configurationYAML != first.metadata.configurationYAML {
            throw StudyError.mergeMismatch(first: directory.path, second: first.source)
        }
        var present: [String: (cell: StoredCell, fingerprint: String, source: String)] = [:]
        for cell in existing.cells {
            present[cell.key] = (cell, try cell.fingerprint(), directory.path)
        }
        var summary = MergeSummary(added: 0, unchanged: 0, failed: 0, doneCells: 0, totalCells: first.metadata.totalCells)
        var writes: [StoredCell] = []
        for (source, run, _) in runs {
            for cell in run.cells {
                let fingerprint = try cell.fingerprint()
                if let held = present[cell.key] {
                    if held.fingerprint == fingerprint {
                        summary.unchanged += 1
                        continue
                    }
                    switch (held.cell.status, cell.status) {
                    case (.done, .done):
                        throw StudyError.conflictingCell(key: cell.key, first: held.source, second: source)
                    case (.done, .failed), (.failed, .failed):
                        continue
                    case (.failed, .done):
                        break
                    }
                }
                present[cell.key] = (cell, fingerprint, source)
                writes.append(cell)
            }
        }
        try target.guarded {
            try target.queue.write { db in
                if existing.metadata == nil {
                    var metadata = first.metadata
                    metadata.shard = nil
                    metadata.createdAt = runs.map(\.metadata.createdAt).min() ?? metadata.createdAt
                    try insert(metadata, into: db)
                }
                for cell in writes {
                    try db.execute(sql: "DELETE FROM cells WHERE key = ?", arguments: [cell.key])
                    try insert(cell, into: db)
                }
            }
        }
        summary.added = writes.count { $0.status == .done }
        summary.failed = present.values.count { $0.cell.status == .failed }
        summary.doneCells = present.values.count { $0.cell.status == .done }
        return summary
    }
}
