import GRDB

extension ResultStore {
    /// The run's metadata, or `nil` for a new store.
    public func metadata() throws -> RunMetadata? {
        try guarded {
            try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = 1").map { row in
                    RunMetadata(
                        studyName: row["study_name"], configurationYAML: row["configuration_yaml"],
                        recshieldVersion: row["recshield_version"], createdAt: row["created_at"],
                        totalCells: row["total_cells"], shard: row["shard"])
                }
            }
        }
    }

    /// Records `metadata` in a new store, or checks that an existing store comes from the same
    /// configuration (for resume).
    /// - Throws: ``StudyError/configurationChanged(path:)`` when the stored configuration differs.
    public func begin(_ metadata: RunMetadata) throws {
        if let existing = try self.metadata() {
            guard existing.configurationYAML == metadata.configurationYAML, existing.shard == metadata.shard else {
                throw StudyError.configurationChanged(path: directory.path)
            }
            return
        }
        try guarded {
            try queue.write { db in try Self.insert(metadata, into: db) }
        }
    }

    /// The keys of finished cells.
    public func completedKeys() throws -> Set<String> {
        try guarded {
            try queue.read { db in
                Set(try String.fetchAll(db, sql: "SELECT key FROM cells WHERE status = 'done'"))
            }
        }
    }

    /// Stores a finished or failed cell with all its rows in one transaction, replacing an
    /// earlier failure of the same cell.
    public func record(_ cell: StoredCell) throws {
        try guarded {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM cells WHERE key = ?", arguments: [cell.key])
                try Self.insert(cell, into: db)
            }
        }
    }

    static func insert(_ metadata: RunMetadata, into db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO run (id, study_name, configuration_yaml, recshield_version, created_at, total_cells, shard)
                VALUES (1, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                metadata.studyName, metadata.configurationYAML, metadata.recshieldVersion, metadata.createdAt,
                metadata.totalCells, metadata.shard,
            ])
    }

    static func insert(_ cell: StoredCell, into db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO cells (key, position, model, model_kind, defense, defense_kind, attack, attack_kind, seed, sweep,
                                   row_label, attack_label, status, seconds, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                cell.key, cell.position, cell.model, cell.modelKind, cell.defense, cell.defenseKind, cell.attack,
                cell.attackKind, Int64(bitPattern: cell.seed), cell.sweep, cell.rowLabel, cell.attackLabel,
                cell.status.rawValue, cell.seconds, cell.message,
            ])
        let result = cell.result
        for (ordinal, metric) in result.metrics.enumerated() {
            try db.execute(
                sql: "INSERT INTO metrics (cell_key, ordinal, phase, attack, epsilon, name, value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [cell.key, ordinal, metric.phase.rawValue, metric.attack, metric.epsilon, metric.name, metric.value])
        }
        for (ordinal, log) in result.epochs.enumerated() {
            try db.execute(
                sql: "INSERT INTO epochs (cell_key, ordinal, model, epoch, loss, validation) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [cell.key, ordinal, log.model, log.epoch, log.loss, log.validation])
        }
        for (ordinal, detection) in result.detections.enumerated() {
            try db.execute(
                sql: "INSERT INTO detections (cell_key, ordinal, detector, precision, recall, f1, auc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [cell.key, ordinal, detection.detector, detection.precision, detection.recall, detection.f1, detection.auc])
        }
        for (ordinal, artefact) in result.artefacts.enumerated() {
            try db.execute(
                sql: "INSERT INTO artefacts (cell_key, ordinal, name, path) VALUES (?, ?, ?, ?)",
                arguments: [cell.key, ordinal, artefact.name, artefact.path])
        }
        for (ordinal, statistic) in result.statistics.enumerated() {
            try db.execute(
                sql: "INSERT INTO statistics (cell_key, ordinal, name, value) VALUES (?, ?, ?, ?)",
                arguments: [cell.key, ordinal, statistic.name, statistic.value])
        }
    }
}
