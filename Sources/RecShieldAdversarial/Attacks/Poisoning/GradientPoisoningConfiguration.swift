import RecShieldCore

/// Everything that defines a gradient-poisoning run (``GradientPoisoning``); the same
/// configuration on the same data always injects the same profiles.
///
/// Keys (JSON in provenance records, snake_case; CLI flags in brackets):
/// - `kind` (always `gradient`) [`--kind gradient`].
/// - `fake_users` (default `{"fraction": 0.03}`) [`--fake-user-fraction` | `--fake-user-count`]:
///   how many fake profiles (``FakeUserAmount``).
/// - `filler` (default `{"fraction": 0.02}`) [`--filler-fraction` | `--filler-count`]: items per
///   profile besides the targets (``FillerAmount``) — the same budget as the heuristic attacks.
/// - `targets` (default `{"pool": "unpopular", "count": 5}`) [`--targets` | `--target-ids`].
/// - `seed` (int, default 42) [`--seed`].
/// - `rounds` (int ≥ 1, default 3) [`--rounds`]: surrogate retrainings, each followed by a
///   gradient search over relaxed profiles and a projection back to discrete ones.
/// - `inner_steps` (int ≥ 1, default 5): Frank–Wolfe steps on the relaxed profiles per round.
/// - `cutoff` (int ≥ 1, default 10): `K` of the objective (targets should enter the top K).
/// - `surrogate_factors` (int ≥ 1, default 32), `surrogate_regularization` (float > 0, default 5),
///   `surrogate_iterations` (int ≥ 1, default 10): the ALS surrogate.
///
/// The attack always pushes. Unknown keys are rejected when decoding.
public struct GradientPoisoningConfiguration: Sendable, Equatable {
    /// The value of the `kind` key.
    public static let kind = "gradient"

    /// How many fake profiles to inject.
    public var fakeUsers: FakeUserAmount
    /// How many non-target items each profile holds.
    public var filler: FillerAmount
    /// The target items.
    public var targets: TargetSelection
    /// The seed of every random choice.
    public var seed: UInt64
    /// Surrogate retrainings.
    public var rounds: Int
    /// Frank–Wolfe steps per round.
    public var innerSteps: Int
    /// `K` of the objective.
    public var cutoff: Int
    /// The surrogate's latent dimension.
    public var surrogateFactors: Int
    /// The surrogate's `λ`.
    public var surrogateRegularization: Double
    /// The surrogate's ALS iterations per training.
    public var surrogateIterations: Int

    /// Creates a configuration; every argument has the documented default.
    public init(
        fakeUsers: FakeUserAmount = .fraction(0.03), filler: FillerAmount = .fraction(0.02),
        targets: TargetSelection = .chosen(.unpopular, count: 5), seed: UInt64 = 42, rounds: Int = 3,
        innerSteps: Int = 5, cutoff: Int = 10, surrogateFactors: Int = 32,
        surrogateRegularization: Double = 5, surrogateIterations: Int = 10
    ) {
        self.fakeUsers = fakeUsers
        self.filler = filler
        self.targets = targets
        self.seed = seed
        self.rounds = rounds
        self.innerSteps = innerSteps
        self.cutoff = cutoff
        self.surrogateFactors = surrogateFactors
        self.surrogateRegularization = surrogateRegularization
        self.surrogateIterations = surrogateIterations
    }

    /// Checks the gradient-specific settings (amounts and targets are checked against the data).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` naming the first bad key.
    public func validate() throws {
        func check(_ ok: Bool, _ name: String, _ value: String, _ expected: String) throws {
            if !ok { throw DataError.invalidParameter(name: name, value: value, expected: expected) }
        }
        try check(rounds >= 1, "rounds", "\(rounds)", "an integer ≥ 1")
        try check(innerSteps >= 1, "inner steps", "\(innerSteps)", "an integer ≥ 1")
        try check(cutoff >= 1, "cut-off", "\(cutoff)", "an integer ≥ 1")
        try check(surrogateFactors >= 1, "surrogate factors", "\(surrogateFactors)", "an integer ≥ 1")
        try check(
            surrogateRegularization.isFinite && surrogateRegularization > 0, "surrogate regularization",
            "\(surrogateRegularization)", "a finite number > 0")
        try check(surrogateIterations >= 1, "surrogate iterations", "\(surrogateIterations)", "an integer ≥ 1")
    }
}

extension GradientPoisoningConfiguration: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind
        case fakeUsers = "fake_users"
        case filler, targets, seed, rounds
        case innerSteps = "inner_steps"
        case cutoff
        case surrogateFactors = "surrogate_factors"
        case surrogateRegularization = "surrogate_regularization"
        case surrogateIterations = "surrogate_iterations"
    }

    public init(from decoder: Decoder) throws {
        try UnknownKeys.reject(in: decoder, allowed: CodingKeys.allCases.map(\.stringValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        guard kind == Self.kind else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "expected kind '\(Self.kind)', found '\(kind)'")
        }
        let defaults = GradientPoisoningConfiguration()
        func value<Value: Decodable>(_ key: CodingKeys, _ fallback: Value) throws -> Value {
            try container.decodeIfPresent(Value.self, forKey: key) ?? fallback
        }
        self.init(
            fakeUsers: try value(.fakeUsers, defaults.fakeUsers), filler: try value(.filler, defaults.filler),
            targets: try value(.targets, defaults.targets), seed: try value(.seed, defaults.seed),
            rounds: try value(.rounds, defaults.rounds), innerSteps: try value(.innerSteps, defaults.innerSteps),
            cutoff: try value(.cutoff, defaults.cutoff),
            surrogateFactors: try value(.surrogateFactors, defaults.surrogateFactors),
            surrogateRegularization: try value(.surrogateRegularization, defaults.surrogateRegularization),
            surrogateIterations: try value(.surrogateIterations, defaults.surrogateIterations))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.kind, forKey: .kind)
        try container.encode(fakeUsers, forKey: .fakeUsers)
        try container.encode(filler, forKey: .filler)
        try container.encode(targets, forKey: .targets)
        try container.encode(seed, forKey: .seed)
        try container.encode(rounds, forKey: .rounds)
        try container.encode(innerSteps, forKey: .innerSteps)
        try container.encode(cutoff, forKey: .cutoff)
        try container.encode(surrogateFactors, forKey: .surrogateFactors)
        try container.encode(surrogateRegularization, forKey: .surrogateRegularization)
        try container.encode(surrogateIterations, forKey: .surrogateIterations)
    }
}
