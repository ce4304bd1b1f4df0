import Foundation
import GRDB

/// The durable results of a run: one SQLite file, `results.sqlite`, in the run directory.
///
/// Tables:
/// - `run`: one row of ``RunMetadata`` (resolved configuration YAML, RecShield version, creation
///   time, grid size, shard).
/// - `cells`: key, grid position, entry names and kinds, seed, sweep, labels, status, seconds,
///   failure message.
/// - `metrics`: cell key, ordinal, phase (clean, attacked, defended, perturbed), attack name, ε,
///   metric name, value.
/// - `epochs`: cell key, ordinal, model, epoch, loss, optional validation metric.
/// - `detections`: cell key, ordinal, detector, precision, recall, F1, optional AUC.
/// - `artefacts`: cell key, ordinal, name, path relative to the run directory.
/// - `statistics`: cell key, ordinal, data-set statistic name, value.
///
/// A cell and all its rows are written in one transaction, so a process killed at any moment
/// leaves every cell either complete or absent. The file uses SQLite's rollback journal (no WAL),
/// which also works on network file systems where shards write their own stores.
public final class ResultStore: Sendable {
    /// The store's file name inside a run directory.
    public static let fileName = "results.sqlite"

    /// The run directory holding the store.
    public let directory: URL
    /// The SQLite file.
    public let path: String
    let queue: DatabaseQueue

    /// Opens the store in `directory`, creating the file and its tables when absent.
    /// - Throws: ``StudyError/store(path:reason:)`` when the file cannot be opened or is not a
    ///   RecShield store.
    public init(directory: URL) throws {
        self.directory = directory
        path = directory.appendingPathComponent(Self.fileName).path
        do {
            queue = try DatabaseQueue(path: path)
            try Self.migrator.migrate(queue)
        } catch {
            throw StudyError.store(path: path, reason: "cannot open the result store: \(error)")
        }
    }

    /// Whether `directory` holds a result store.
    public static func exists(in directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(fileName).path)
    }

    /// Runs `body` and turns database errors into ``StudyError/store(path:reason:)``.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StudyError {
            throw error
        } catch {
            throw StudyError.store(path: path, reason: "\(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    study_name TEXT NOT NULL, configuration_yaml TEXT NOT NULL, recshield_version TEXT NOT NULL,
                    created_at TEXT NOT NULL, total_cells INTEGER NOT NULL, shard TEXT);
                CREATE TABLE cells (
                    key TEXT PRIMARY KEY, position INTEGER NOT NULL,
                    model TEXT NOT NULL, model_kind TEXT NOT NULL, defense TEXT NOT NULL, defense_kind TEXT NOT NULL,
                    attack TEXT NOT NULL, attack_kind TEXT NOT NULL, seed INTEGER NOT NULL, sweep TEXT NOT NULL,
                    row_label TEXT NOT NULL, attack_label TEXT NOT NULL,
                    status TEXT NOT NULL, seconds REAL NOT NULL, message TEXT);
                CREATE TABLE metrics (
                    cell_key TEXT NOT NULL REFERENCES cells(key) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                    phase TEXT NOT NULL, attack TEXT NOT NULL, epsilon REAL, name TEXT NOT NULL, value REAL,
                    PRIMARY KEY (cell_key, ordinal));
                CREATE TABLE epochs (
                    cell_key TEXT NOT NULL REFERENCES cells(key) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                    model TEXT NOT NULL, epoch INTEGER NOT NULL, loss REAL, validation REAL,
                    PRIMARY KEY (cell_key, ordinal));
                CREATE TABLE detections (
                    cell_key TEXT NOT NULL REFERENCES cells(key) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                    detector TEXT NOT NULL, precision REAL, recall REAL, f1 REAL, auc REAL,
                    PRIMARY KEY (cell_key, ordinal));
                CREATE TABLE artefacts (
                    cell_key TEXT NOT NULL REFERENCES cells(key) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                    name TEXT NOT NULL, path TEXT NOT NULL,
                    PRIMARY KEY (cell_key, ordinal));
                CREATE TABLE statistics (
                    cell_key TEXT NOT NULL REFERENCES cells(key) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
                    name TEXT NOT NULL, value REAL,
                    PRIMARY KEY (cell_key, ordinal));
                CREATE INDEX metrics_by_name ON metrics(name, phase);
                """)
        }
        return migrator
    }
}
