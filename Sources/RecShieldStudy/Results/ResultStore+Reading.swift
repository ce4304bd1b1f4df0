import GRDB

extension ResultStore {
    /// Everything the store holds, cells by grid position.
    public func snapshot() throws -> StoredRun {
        let metadata = try self.metadata()
        return try guarded {
            try queue.read { db in
                var results: [String: CellResult] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT * FROM metrics ORDER BY cell_key, ordinal") {
                    guard let phase = MetricPhase(rawValue: row["phase"]) else {
                        throw StudyError.store(path: path, reason: "unknown metric phase '\(row["phase"] as String)'")
                    }
                    results[row["cell_key"], default: CellResult()].metrics.append(MetricValue(
                        phase: phase, attack: row["attack"], epsilon: row["epsilon"], name: row["name"],
                        value: Self.real(row["value"])))
                }
                for row in try Row.fetchAll(db, sql: "SELECT * FROM epochs ORDER BY cell_key, ordinal") {
                    results[row["cell_key"], default: CellResult()].epochs.append(EpochLog(
                        model: row["model"], epoch: row["epoch"], loss: Self.real(row["loss"]), validation: row["validation"]))
                }
                for row in try Row.fetchAll(db, sql: "SELECT * FROM detections ORDER BY cell_key, ordinal") {
                    results[row["cell_key"], default: CellResult()].detections.append(DetectionRecord(
                        detector: row["detector"], precision: Self.real(row["precision"]), recall: Self.real(row["recall"]),
                        f1: Self.real(row["f1"]), auc: row["auc"]))
                }
                for row in try Row.fetchAll(db, sql: "SELECT * FROM artefacts ORDER BY cell_key, ordinal") {
                    results[row["cell_key"], default: CellResult()].artefacts.append(ArtefactRecord(name: row["name"], path: row["path"]))
                }
                for row in try Row.fetchAll(db, sql: "SELECT * FROM statistics ORDER BY cell_key, ordinal") {
                    results[row["cell_key"], default: CellResult()].statistics.append(DatasetStatistic(
                        name: row["name"], value: Self.real(row["value"])))
                }
                let cells = try Row.fetchAll(db, sql: "SELECT * FROM cells ORDER BY position, key").map { row in
                    guard let status = StoredCell.Status(rawValue: row["status"]) else {
                        throw StudyError.store(path: path, reason: "unknown cell status '\(row["status"] as String)'")
                    }
                    let seed: Int64 = row["seed"]
                    return StoredCell(
                        key: row["key"], position: row["position"], model: row["model"], modelKind: row["model_kind"],
                        defense: row["defense"], defenseKind: row["defense_kind"], attack: row["attack"],
                        attackKind: row["attack_kind"], seed: UInt64(bitPattern: seed), sweep: row["sweep"],
                        rowLabel: row["row_label"], attackLabel: row["attack_label"], status: status,
                        seconds: row["seconds"], message: row["message"], result: results[row["key"]] ?? CellResult())
                }
                return StoredRun(metadata: metadata, cells: cells)
            }
        }
    }

    /// SQLite stores NaN as NULL; read it back as NaN.
    private static func real(_ value: Double?) -> Double { value ?? .nan }
}

extension StoredCell {
    /// Recreates a stored cell from its columns.
    init(
        key: String, position: Int, model: String, modelKind: String, defense: String, defenseKind: String,
        attack: String, attackKind: String, seed: UInt64, sweep: String, rowLabel: String, attackLabel: String,
        status: Status, seconds: Double, message: String?, result: CellResult
    ) {
        self.key = key
        self.position = position
        self.model = model
        self.modelKind = modelKind
        self.defense = defense
        self.defenseKind = defenseKind
        self.attack = attack
        self.attackKind = attackKind
        self.seed = seed
        self.sweep = sweep
        self.rowLabel = rowLabel
        self.attackLabel = attackLabel
        self.status = status
        self.seconds = seconds
        self.message = message
        self.result = result
    }
}
