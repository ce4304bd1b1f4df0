import RecShieldCore

/// Everything that defines a shilling attack run; each key has one meaning, and the same
/// configuration on the same data always injects the same profiles.
///
/// Keys (JSON in provenance records; CLI flags in brackets):
/// - `kind` (default `random`) [`--kind`]: random, average, bandwagon, segment, reverse-bandwagon
///   or love-hate (see ``ShillingAttackKind``).
/// - `fake_users` (default `{"fraction": 0.03}`) [`--fake-user-fraction` | `--fake-user-count`]:
///   how many fake profiles (see ``FakeUserAmount``).
/// - `filler` (default `{"fraction": 0.02}`) [`--filler-fraction` | `--filler-count`]: filler
///   items per profile (see ``FillerAmount``).
/// - `selected_count` (int ≥ 1, optional) [`--selected-count`]: selected items of bandwagon,
///   segment and reverse bandwagon; absent means ``defaultSelectedCount``. An error for the
///   other kinds, which have no selected items.
/// - `targets` (default `{"pool": "unpopular", "count": 5}`) [`--targets` | `--target-ids`]:
///   the target items (see ``TargetSelection``).
/// - `goal` (default `push`) [`--goal`]: push or nuke; nuke needs rated data.
/// - `seed` (int, default 42) [`--seed`]: every random choice derives from it.
///
/// Unknown keys are rejected when decoding.
public struct AttackConfiguration: Sendable, Equatable {
    /// The selected-item count of attacks that have selected items, when none is given.
    public static let defaultSelectedCount = 10

    /// The attack.
    public var kind: ShillingAttackKind
    /// How many fake profiles to inject.
    public var fakeUsers: FakeUserAmount
    /// How many filler items each profile rates.
    public var filler: FillerAmount
    /// How many selected items profiles share, or `nil` for the default.
    public var selectedCount: Int?
    /// The target items.
    public var targets: TargetSelection
    /// Push or nuke.
    public var goal: AttackGoal
    /// The seed of every random choice.
    public var seed: UInt64

    /// Creates a configuration; every argument has the documented default.
    public init(
        kind: ShillingAttackKind = .random, fakeUsers: FakeUserAmount = .fraction(0.03),
        filler: FillerAmount = .fraction(0.02), selectedCount: Int? = nil,
        targets: TargetSelection = .chosen(.unpopular, count: 5), goal: AttackGoal = .push, seed: UInt64 = 42
    ) {
        self.kind = kind
        self.fakeUsers = fakeUsers
        self.filler = filler
        self.selectedCount = selectedCount
        self.targets = targets
        self.goal = goal
        self.seed = seed
    }

    /// The number of selected items: 0 for attacks without them, else ``selectedCount`` or
    /// ``defaultSelectedCount``.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for a count below 1, or a
    ///   count given to an attack without selected items.
    public func resolvedSelectedCount() throws -> Int {
        guard kind.attack.usesSelectedItems else {
            if let selectedCount {
                throw DataError.invalidParameter(
                    name: "selected count", value: "\(selectedCount)",
                    expected: "no selected count: the \(kind.rawValue) attack has no selected items "
                        + "(only bandwagon, segment and reverse-bandwagon do)")
            }
            return 0
        }
        let count = selectedCount ?? Self.defaultSelectedCount
        guard count >= 1 else {
            throw DataError.invalidParameter(name: "selected count", value: "\(count)", expected: "an integer ≥ 1")
        }
        return count
    }
}

extension AttackConfiguration: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind
        case fakeUsers = "fake_users"
        case filler
        case selectedCount = "selected_count"
        case targets, goal, seed
    }

    public init(from decoder: Decoder) throws {
        try UnknownKeys.reject(in: decoder, allowed: CodingKeys.allCases.map(\.stringValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = AttackConfiguration()
        kind = try container.decodeIfPresent(ShillingAttackKind.self, forKey: .kind) ?? defaults.kind
        fakeUsers = try container.decodeIfPresent(FakeUserAmount.self, forKey: .fakeUsers) ?? defaults.fakeUsers
        filler = try container.decodeIfPresent(FillerAmount.self, forKey: .filler) ?? defaults.filler
        selectedCount = try container.decodeIfPresent(Int.self, forKey: .selectedCount)
        targets = try container.decodeIfPresent(TargetSelection.self, forKey: .targets) ?? defaults.targets
        goal = try container.decodeIfPresent(AttackGoal.self, forKey: .goal) ?? defaults.goal
        seed = try container.decodeIfPresent(UInt64.self, forKey: .seed) ?? defaults.seed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(fakeUsers, forKey: .fakeUsers)
        try container.encode(filler, forKey: .filler)
        try container.encodeIfPresent(selectedCount, forKey: .selectedCount)
        try container.encode(targets, forKey: .targets)
        try container.encode(goal, forKey: .goal)
        try container.encode(seed, forKey: .seed)
    }
}
