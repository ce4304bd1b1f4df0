import RecShieldCore

/// One unit of work of a study: a model, a defense, an attack (or none), a sweep point and a
/// seed, with every entry's sweep values already applied.
///
/// Cells are independent: a cell's results depend on its own settings and seed only, so cells
/// can run in any order, on any machine, and be resumed or merged by their ``key``.
public struct StudyCell: Sendable, Equatable {
    /// The position of the cell in the full grid's stable order (0-based).
    public let index: Int
    /// The model, with its sweep values.
    public let model: ModelSpec
    /// The defense, with its sweep values.
    public let defense: DefenseSpec
    /// The attack, with its sweep values, or `nil` in a study without attacks.
    public let attack: AttackSpec?
    /// The detectors evaluated in this cell (all of them when the attack injects profiles,
    /// none otherwise), with their sweep values.
    public let detectors: [DetectorSpec]
    /// The experiment seed.
    public let seed: UInt64
    /// The sweep values that apply to this cell.
    public let sweep: SweepPoint

    /// Creates a cell; ``StudyGrid`` makes them from a configuration.
    public init(
        index: Int, model: ModelSpec, defense: DefenseSpec, attack: AttackSpec?, detectors: [DetectorSpec],
        seed: UInt64, sweep: SweepPoint
    ) {
        self.index = index
        self.model = model
        self.defense = defense
        self.attack = attack
        self.detectors = detectors
        self.seed = seed
        self.sweep = sweep
    }

    /// The text an absent attack has in keys and labels; entry names cannot contain brackets.
    public static let noAttack = "(none)"

    /// The cell's identity, stable across runs and machines as long as the configuration's
    /// entry names, sweep and seeds are unchanged:
    /// `model=bpr;defense=none;attack=bandwagon;seed=1[;sweep=models.bpr.factors=32,…]`.
    public var key: String {
        var key = "model=\(model.name);defense=\(defense.name);attack=\(attack?.name ?? Self.noAttack);seed=\(seed)"
        if !sweep.assignments.isEmpty { key += ";sweep=" + sweep.label }
        return key
    }

    /// The report row: the model and defense with their sweep values, e.g. `bpr[factors=32] / apr`.
    public var rowLabel: String {
        Self.label(model.name, sweep.label(for: .models)) + " / " + Self.label(defense.name, sweep.label(for: .defenses))
    }

    /// The report column group: the attack with its and the detectors' sweep values.
    public var attackLabel: String {
        let values = [sweep.label(for: .attacks), sweep.label(for: .detectors)].filter { !$0.isEmpty }.joined(separator: ",")
        return Self.label(attack?.name ?? Self.noAttack, values)
    }

    /// A folder name for the cell's artefacts: readable parts and a hash of the key, so it is
    /// unique and safe on every file system.
    public var directoryName: String {
        let hash = String(StableHash.fnv1a64(key), radix: 16)
        return "\(model.name)-\(defense.name)-\(attack?.name ?? "clean")-seed\(seed)-\(hash)"
    }

    /// A seed for one purpose inside the cell (`"split"`, `"model"`, `"attack"`), derived from the
    /// experiment seed and the purpose only:
    /// ```
    /// seed(purpose) = SplitMix64(FNV-1a-64("<seed>/<purpose>")).next()
    /// ```
    /// Cells that share the experiment seed share the derived seeds, so the undefended and the
    /// defended model of one seed start from the same split and initialisation — the pairing
    /// the paired tests over seeds rely on.
    public func seed(for purpose: String) -> UInt64 {
        var mixer = SplitMix64(seed: StableHash.fnv1a64("\(seed)/\(purpose)"))
        return mixer.next()
    }

    private static func label(_ name: String, _ values: String) -> String {
        values.isEmpty ? name : "\(name)[\(values)]"
    }
}
