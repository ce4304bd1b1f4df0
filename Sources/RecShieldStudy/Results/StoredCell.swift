import RecShieldCore
import Foundation

/// A cell as the result store holds it: its identity, labels, status and results.
///
/// JSON keys: `key`, `position`, `model`, `model_kind`, `defense`, `defense_kind`, `attack`,
/// `attack_kind`, `seed`, `sweep`, `row_label`, `attack_label`, `status`, `seconds`, `message`,
/// `result`.
public struct StoredCell: Sendable, Equatable, Codable {
    /// Whether the cell finished.
    public enum Status: String, Sendable, Codable {
        /// Finished; its results are stored.
        case done
        /// The executor threw; `message` says why. `--resume` retries it.
        case failed
    }

    /// The cell's key (``StudyCell/key``).
    public var key: String
    /// The cell's grid position.
    public var position: Int
    /// The model entry's name.
    public var model: String
    /// The model's kind (``ModelKind`` raw value).
    public var modelKind: String
    /// The defense entry's name.
    public var defense: String
    /// The defense's kind (``DefenseKind`` raw value).
    public var defenseKind: String
    /// The attack entry's name, or ``StudyCell/noAttack``.
    public var attack: String
    /// The attack's kind (``AttackKind`` raw value), or empty without an attack.
    public var attackKind: String
    /// The experiment seed.
    public var seed: UInt64
    /// The sweep point's label (empty without a sweep).
    public var sweep: String
    /// The report row (``StudyCell/rowLabel``).
    public var rowLabel: String
    /// The report column group (``StudyCell/attackLabel``).
    public var attackLabel: String
    /// Done or failed.
    public var status: Status
    /// Wall-clock seconds the cell took.
    public var seconds: Double
    /// The failure message, for failed cells.
    public var message: String?
    /// The results (empty for failed cells).
    public var result: CellResult

    /// Describes `cell` with its outcome.
    public init(_ cell: StudyCell, status: Status, seconds: Double, message: String? = nil, result: CellResult = CellResult()) {
        key = cell.key
        position = cell.index
        model = cell.model.name
        modelKind = cell.model.kind.rawValue
        defense = cell.defense.name
        defenseKind = cell.defense.kind.rawValue
        attack = cell.attack?.name ?? StudyCell.noAttack
        attackKind = cell.attack?.kind.rawValue ?? ""
        seed = cell.seed
        sweep = cell.sweep.label
        rowLabel = cell.rowLabel
        attackLabel = cell.attackLabel
        self.status = status
        self.seconds = seconds
        self.message = message
        self.result = result
    }

    /// Everything but the timing, as canonical JSON: two runs of a deterministic executor give
    /// the same fingerprint (NaN included), which merge compares to find conflicts.
    public func fingerprint() throws -> String {
        var copy = self
        copy.seconds = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try encoder.encode(copy), as: UTF8.self)
    }

    enum CodingKeys: String, CodingKey {
        case key, position, model
        case modelKind = "model_kind"
        case defense
        case defenseKind = "defense_kind"
        case attack
        case attackKind = "attack_kind"
        case seed, sweep
        case rowLabel = "row_label"
        case attackLabel = "attack_label"
        case status, seconds, message, result
    }
}

/// Everything a result store holds.
public struct StoredRun: Sendable, Equatable {
    /// Where the results come from, or `nil` for an empty store.
    public var metadata: RunMetadata?
    /// The cells, by grid position.
    public var cells: [StoredCell]

    /// Creates a snapshot.
    public init(metadata: RunMetadata?, cells: [StoredCell]) {
        self.metadata = metadata
        self.cells = cells
    }

    /// The finished cells.
    public var doneCells: [StoredCell] { cells.filter { $0.status == .done } }
}
