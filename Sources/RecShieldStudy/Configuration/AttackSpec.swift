import RecShieldAdversarial

/// One entry of the `attacks` list.
///
/// Keys (a key that does not apply to the entry's kind is an error):
/// - `name` (text, default the kind): the entry's name in cell keys, sweeps and reports; unique.
/// - `kind` (see ``AttackKind``; required).
/// - `fake_user_fraction` (number in (0, 1], default 0.03) **or** `fake_user_count` (integer ≥ 1)
///   — profile attacks: fake profiles as a share of the real users, or a number.
/// - `filler_fraction` (number in (0, 1]) **or** `filler_count` (integer ≥ 1) — profile attacks:
///   filler items per profile as a share of the catalogue, or a number. Default 0.02, except for
///   gan, whose profile lengths follow the real users' unless one of these keys fixes them.
/// - `selected_count` (integer ≥ 1, default 10) — bandwagon, segment, reverse-bandwagon.
/// - `targets` (mapping `{pool, count}`, default `{pool: unpopular, count: 5}`) **or**
///   `target_ids` (list of raw item IDs) — profile attacks: the items to push or nuke; pools are
///   `unpopular`, `popular` and `random` (see ``TargetSelection``).
/// - `goal` (`push` or `nuke`, default `push`) — profile attacks.
/// - `epochs` (integer ≥ 1, default the generator's own) — gan, gradient.
/// - `epsilons` (list of numbers ≥ 0, default `evaluation.perturbation_epsilons`) — fgsm, pgd,
///   noise: the perturbation sizes measured, one point of the robustness curve each.
/// - `perturb` (`embeddings` or `features`, default `embeddings`) — fgsm, pgd, noise.
/// - `steps` (integer ≥ 1, default 10) — pgd: projected steps of size 2.5·ε/steps.
public struct AttackSpec: Codable, Sendable, Equatable {
    /// The entry's name.
    public var name: String
    /// The attack.
    public var kind: AttackKind
    /// How many fake profiles (profile attacks).
    public var fakeUsers: FakeUserAmount
    /// Filler items per profile (profile attacks); `nil` only for a gan entry without filler keys,
    /// whose profile lengths then follow the real users'.
    public var filler: FillerAmount?
    /// Selected items shared by profiles (attacks with selected items).
    public var selectedCount: Int
    /// The target items (profile attacks).
    public var targets: TargetSelection
    /// Push or nuke (profile attacks).
    public var goal: AttackGoal
    /// Generator epochs (gan, gradient), or `nil` for the generator's default.
    public var epochs: Int?
    /// Perturbation sizes (perturbation attacks), or `nil` for `evaluation.perturbation_epsilons`.
    public var epsilons: [Double]?
    /// What a perturbation attack perturbs.
    public var perturb: PerturbationSurface
    /// PGD steps.
    public var steps: Int

    /// Filler items per profile when an entry gives none (gan entries aside).
    public static let defaultFiller = FillerAmount.fraction(0.02)

    /// Creates an entry named after its kind with the documented defaults.
    public init(name: String? = nil, kind: AttackKind) {
        self.name = name ?? kind.rawValue
        self.kind = kind
        fakeUsers = .fraction(0.03)
        filler = kind == .gan ? nil : Self.defaultFiller
        selectedCount = 10
        targets = .chosen(.unpopular, count: 5)
        goal = .push
        perturb = .embeddings
        steps = 10
    }

    /// Each key and whether it applies to a kind.
    static let kindKeys: [(key: String, applies: @Sendable (AttackKind) -> Bool, kinds: String)] = [
        ("fake_user_fraction", { $0.injectsProfiles }, "profile attacks"),
        ("fake_user_count", { $0.injectsProfiles }, "profile attacks"),
        ("filler_fraction", { $0.injectsProfiles }, "profile attacks"),
        ("filler_count", { $0.injectsProfiles }, "profile attacks"),
        ("selected_count", { $0.usesSelectedItems }, "bandwagon, segment, reverse-bandwagon"),
        ("targets", { $0.injectsProfiles }, "profile attacks"),
        ("target_ids", { $0.injectsProfiles }, "profile attacks"),
        ("goal", { $0.injectsProfiles }, "profile attacks"),
        ("epochs", { $0 == .gan || $0 == .gradient }, "gan, gradient"),
        ("epsilons", { $0.perturbsModel }, "fgsm, pgd, noise"),
        ("perturb", { $0.perturbsModel }, "fgsm, pgd, noise"),
        ("steps", { $0 == .pgd }, "pgd"),
    ]

    static let keys = ["name", "kind"] + kindKeys.map(\.key)

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        guard let kind = try reader.optionalChoice("kind", as: AttackKind.self) else {
            throw reader.conflict("missing 'kind'; accepted: " + AttackKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self.init(kind: kind)
        for (key, applies, kinds) in Self.kindKeys {
            try reader.reject(key, unless: applies(kind), "applies to \(kinds) only, not \(kind.rawValue)")
        }
        name = try EntryName.read(from: reader, default: kind.rawValue)
        try reader.rejectBoth("fake_user_fraction", "fake_user_count")
        try reader.rejectBoth("filler_fraction", "filler_count")
        try reader.rejectBoth("targets", "target_ids")
        let unit = "a number in (0, 1]"
        if let fraction = try reader.optional("fake_user_fraction", expected: unit, where: { (value: Double) in value > 0 && value <= 1 }) {
            fakeUsers = .fraction(fraction)
        } else if let count = try reader.optional("fake_user_count", expected: "an integer ≥ 1", where: { (value: Int) in value >= 1 }) {
            fakeUsers = .count(count)
        }
        if let fraction = try reader.optional("filler_fraction", expected: unit, where: { (value: Double) in value > 0 && value <= 1 }) {
            filler = .fraction(fraction)
        } else if let count = try reader.optional("filler_count", expected: "an integer ≥ 1", where: { (value: Int) in value >= 1 }) {
            filler = .count(count)
        }
        selectedCount = try reader.value("selected_count", default: selectedCount, expected: "an integer ≥ 1") { $0 >= 1 }
        if let ids = try reader.optional("target_ids", expected: "a non-empty list of distinct item IDs", where: { (ids: [String]) in
            !ids.isEmpty && Set(ids).count == ids.count
        }) {
            targets = .ids(ids)
        } else if let pool = try reader.optionalSection("targets", as: TargetPoolSection.self) {
            targets = .chosen(pool.pool, count: pool.count)
        }
        goal = try reader.choice("goal", default: goal)
        epochs = try reader.optional("epochs", expected: "an integer ≥ 1") { (value: Int) in value >= 1 }
        epsilons = try reader.optional("epsilons", expected: "a non-empty list of numbers ≥ 0") { (values: [Double]) in
            !values.isEmpty && values.allSatisfy { $0 >= 0 && $0.isFinite }
        }
        perturb = try reader.choice("perturb", default: perturb)
        steps = try reader.value("steps", default: steps, expected: "an integer ≥ 1") { $0 >= 1 }
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("name", name)
        try writer.write("kind", choice: kind)
        if kind.injectsProfiles {
            switch fakeUsers {
            case let .fraction(value): try writer.write("fake_user_fraction", value)
            case let .count(value): try writer.write("fake_user_count", value)
            }
            switch filler {
            case let .fraction(value): try writer.write("filler_fraction", value)
            case let .count(value): try writer.write("filler_count", value)
            case nil: break
            }
            switch targets {
            case let .ids(ids): try writer.write("target_ids", ids)
            case let .chosen(pool, count): try writer.write("targets", TargetPoolSection(pool: pool, count: count))
            }
            try writer.write("goal", choice: goal)
        }
        if kind.usesSelectedItems { try writer.write("selected_count", selectedCount) }
        if kind == .gan || kind == .gradient { try writer.write("epochs", epochs) }
        if kind.perturbsModel {
            try writer.write("epsilons", epsilons)
            try writer.write("perturb", choice: perturb)
        }
        if kind == .pgd { try writer.write("steps", steps) }
    }
}
