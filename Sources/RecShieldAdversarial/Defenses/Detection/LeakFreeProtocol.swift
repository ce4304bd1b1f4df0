import RecShieldCore

/// RecShield's default protocol for training supervised detectors without leaking the labels of
/// the data they are tested on (after Williams, Mobasher & Burke 2007).
///
/// A supervised detector is judged on one *test* artefact (an attack of kind `K` with seed `s`).
/// It is trained on *training* artefacts generated from the clean data with:
/// - attack kinds other than `K` (every heuristic kind but `K` by default), so the detector has
///   never seen the test attack's profile model;
/// - seeds that are never `s`, derived from ``seed``, so no training profile, target or filler
///   draw coincides with the test artefact's;
/// - every combination of the fake-user and filler sizes listed here.
///
/// The test artefact's labels are used only to score the detector, never to train or calibrate
/// it — unlike evaluations that split one attack file's users into training and test parts
/// (SDLib-style), where training and test fake profiles share targets and generator and the
/// measured quality is optimistic. Real users of the clean data do appear as negatives in both
/// training and test data: the features carry no user identity, and in deployment a platform
/// knows its existing users' histories.
///
/// Keys:
/// - `kinds` (default: every kind): the kinds training artefacts may use.
/// - `excludes_test_kind` (bool, default true): drop the test attack's kind from `kinds`.
/// - `fake_user_fractions` (floats in (0, 1], default [0.03, 0.05, 0.1]).
/// - `filler_fractions` (floats in (0, 1], default [0.01, 0.03]).
/// - `targets` (default `{"pool": "unpopular", "count": 5}`): how training artefacts pick targets.
/// - `goals` (default: the test attack's goal, push when unknown).
/// - `seed` (int, default 1000): the training seeds derive from it.
///
/// References:
/// - Williams, Mobasher & Burke, "Defending recommender systems: detection of profile injection
///   attacks", SOCA 1(3), 2007 (training and test attack profiles generated separately).
/// Unknown keys are rejected when decoding; absent keys take their defaults.
public struct LeakFreeProtocol: Sendable, Equatable {
    /// The kinds training artefacts may use, or `nil` for every kind.
    public var kinds: [ShillingAttackKind]?
    /// Whether the test attack's kind is left out.
    public var excludesTestKind: Bool
    /// Fake-user shares of the training artefacts.
    public var fakeUserFractions: [Double]
    /// Filler shares of the training artefacts.
    public var fillerFractions: [Double]
    /// How training artefacts choose targets.
    public var targets: TargetSelection
    /// The goals of training artefacts, or `nil` for the test attack's goal.
    public var goals: [AttackGoal]?
    /// The base of the training seeds.
    public var seed: UInt64

    /// Creates a protocol; every argument has the documented default.
    public init(
        kinds: [ShillingAttackKind]? = nil, excludesTestKind: Bool = true, fakeUserFractions: [Double] = [0.03, 0.05, 0.1],
        fillerFractions: [Double] = [0.01, 0.03], targets: TargetSelection = .chosen(.unpopular, count: 5),
        goals: [AttackGoal]? = nil, seed: UInt64 = 1_000
    ) {
        self.kinds = kinds
        self.excludesTestKind = excludesTestKind
        self.fakeUserFractions = fakeUserFractions
        self.fillerFractions = fillerFractions
        self.targets = targets
        self.goals = goals
        self.seed = seed
    }

    /// The attacks to generate training artefacts with, for a test attack `test` (`nil` when the
    /// test data's attack is unknown, e.g. real spammer labels): kinds × goals × fake-user sizes
    /// × filler sizes, in that nesting order, each with its own seed.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when no kind is left, or a
    ///   size list is empty.
    public func trainingConfigurations(avoiding test: AttackConfiguration?) throws -> [AttackConfiguration] {
        var chosenKinds = kinds ?? ShillingAttackKind.allCases
        if excludesTestKind, let test { chosenKinds.removeAll { $0 == test.kind } }
        guard !chosenKinds.isEmpty else {
            throw DataError.invalidParameter(
                name: "training kinds", value: (kinds ?? []).map(\.rawValue).joined(separator: ","),
                expected: "at least one attack kind other than the test attack's (\(test?.kind.rawValue ?? "none"))")
        }
        guard !fakeUserFractions.isEmpty, !fillerFractions.isEmpty else {
            throw DataError.invalidParameter(
                name: "training sizes", value: "none", expected: "at least one fake-user and one filler fraction")
        }
        let chosenGoals = goals ?? [test?.goal ?? .push]
        var mixer = SplitMix64(seed: seed)
        var configurations: [AttackConfiguration] = []
        for kind in chosenKinds {
            for goal in chosenGoals {
                for fraction in fakeUserFractions {
                    for filler in fillerFractions {
                        var drawn = mixer.next()
                        while drawn == test?.seed || configurations.contains(where: { $0.seed == drawn }) {
                            drawn = mixer.next()
                        }
                        configurations.append(AttackConfiguration(
                            kind: kind, fakeUsers: .fraction(fraction), filler: .fraction(filler), targets: targets,
                            goal: goal, seed: drawn))
                    }
                }
            }
        }
        return configurations
    }

    /// Generates the training artefacts for `test` from the clean data.
    /// - Parameters:
    ///   - clean: the clean data (never the test artefact).
    ///   - format: the clean data's format, recorded in the artefacts' provenance.
    ///   - test: the test attack, or `nil` when unknown.
    /// - Throws: the errors of ``trainingConfigurations(avoiding:)`` and of the attacks.
    public func trainingArtefacts(
        clean: InteractionDataset, format: DataFormat, avoiding test: AttackConfiguration?
    ) throws -> [AttackArtefact] {
        try trainingConfigurations(avoiding: test).map {
            try AttackArtefact(attacking: clean, format: format, configuration: $0)
        }
    }
}

extension LeakFreeProtocol: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case kinds
        case excludesTestKind = "excludes_test_kind"
        case fakeUserFractions = "fake_user_fractions"
        case fillerFractions = "filler_fractions"
        case targets, goals, seed
    }

    public init(from decoder: Decoder) throws {
        try UnknownKeys.reject(in: decoder, allowed: CodingKeys.allCases.map(\.stringValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = LeakFreeProtocol()
        kinds = try container.decodeIfPresent([ShillingAttackKind].self, forKey: .kinds)
        excludesTestKind = try container.decodeIfPresent(Bool.self, forKey: .excludesTestKind) ?? defaults.excludesTestKind
        fakeUserFractions = try container.decodeIfPresent([Double].self, forKey: .fakeUserFractions) ?? defaults.fakeUserFractions
        fillerFractions = try container.decodeIfPresent([Double].self, forKey: .fillerFractions) ?? defaults.fillerFractions
        targets = try container.decodeIfPresent(TargetSelection.self, forKey: .targets) ?? defaults.targets
        goals = try container.decodeIfPresent([AttackGoal].self, forKey: .goals)
        seed = try container.decodeIfPresent(UInt64.self, forKey: .seed) ?? defaults.seed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(kinds, forKey: .kinds)
        try container.encode(excludesTestKind, forKey: .excludesTestKind)
        try container.encode(fakeUserFractions, forKey: .fakeUserFractions)
        try container.encode(fillerFractions, forKey: .fillerFractions)
        try container.encode(targets, forKey: .targets)
        try container.encodeIfPresent(goals, forKey: .goals)
        try container.encode(seed, forKey: .seed)
    }
}
