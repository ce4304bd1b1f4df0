import RecShieldCore

/// Everything that defines a GAN profile attack run as an attack artefact
/// (``AttackRecipe/gan(_:)``): the same recipe on the same data always injects the same profiles.
///
/// Keys (JSON in provenance records, flat and snake_case; CLI flags in brackets):
/// - `kind` (always `gan`) [`--kind gan`].
/// - `fake_users` (default `{"fraction": 0.03}`) [`--fake-user-fraction` | `--fake-user-count`]:
///   how many fake profiles (``FakeUserAmount``).
/// - `filler` (``FillerAmount`` or null, default null) [`--filler-fraction` | `--filler-count`]:
///   filler items per profile besides the targets; null draws each profile's length from the real
///   users' lengths (AUSH-style, the stealthy choice).
/// - `targets` (default `{"pool": "unpopular", "count": 5}`) [`--targets` | `--target-ids`].
/// - `goal` (`push` | `nuke`, default `push`) [`--goal`]; nuke needs rated data.
/// - `seed` (int, default 42) [`--seed`]: resolves the targets (generator `(seed, stream 0)`, as
///   the heuristic attacks do, so equal seeds pick equal targets) and seeds the GAN.
/// - `filler_selection` (`top_scores` | `proportional`, default `top_scores`)
///   [`--gan-filler-selection`], `rating_mapping` (`nearest` | `quantile`, default `nearest`)
///   [`--gan-rating-mapping`]: see ``GANFillerSelection`` and ``GANRatingMapping``.
/// - the keys of ``GANConfiguration`` except its `seed` (which is the key above): `epochs`
///   [`--gan-epochs`], `loss` [`--gan-loss`, `--gan-lambda`], `noise_dimension`
///   [`--gan-noise-dimension`], `generator_hidden_layers` [`--gan-generator-layers`],
///   `discriminator_hidden_layers` [`--gan-discriminator-layers`], `batch_size`
///   [`--gan-batch-size`], `generator_learning_rate` and `discriminator_learning_rate`
///   [`--gan-learning-rate`], `discriminator_steps` [`--gan-critic-steps`], `generator_slope`,
///   `discriminator_slope`, `beta1`, `beta2`, `diagnostic_sample_size`. Absent keys take
///   ``GANConfiguration``'s defaults for the decoded loss (the standard loss when `loss` is absent).
///
/// Fake users are named `fake-<c>` as in ``ProfileInjector``, skipping IDs real users have.
/// Unknown keys are rejected when decoding.
public struct GANAttackRecipe: Sendable, Equatable {
    /// The value of the `kind` key.
    public static let kind = "gan"

    /// How many fake profiles to inject.
    public var fakeUsers: FakeUserAmount
    /// Filler items per profile, or `nil` to follow the real profile lengths.
    public var filler: FillerAmount?
    /// The target items.
    public var targets: TargetSelection
    /// Push or nuke.
    public var goal: AttackGoal
    /// How the GAN is trained; its ``GANConfiguration/seed`` is the recipe's ``seed``.
    public var gan: GANConfiguration
    /// How filler items are chosen from a generated vector.
    public var fillerSelection: GANFillerSelection
    /// How filler values become ratings.
    public var ratingMapping: GANRatingMapping

    /// Creates a recipe; every argument has the documented default.
    /// - Parameter gan: the GAN's settings; its seed is replaced by `seed`.
    public init(
        fakeUsers: FakeUserAmount = .fraction(0.03), filler: FillerAmount? = nil,
        targets: TargetSelection = .chosen(.unpopular, count: 5), goal: AttackGoal = .push, seed: UInt64 = 42,
        gan: GANConfiguration = GANConfiguration(), fillerSelection: GANFillerSelection = .topScores,
        ratingMapping: GANRatingMapping = .nearest
    ) {
        self.fakeUsers = fakeUsers
        self.filler = filler
        self.targets = targets
        self.goal = goal
        self.gan = gan
        self.fillerSelection = fillerSelection
        self.ratingMapping = ratingMapping
        self.gan.seed = seed
    }

    /// The seed of every random choice (stored as the GAN's seed).
    public var seed: UInt64 {
        get { gan.seed }
        set { gan.seed = newValue }
    }

    /// The GAN's target goal for ``goal``.
    public var targetGoal: GANTargetGoal {
        switch goal {
        case .push: return .push
        case .nuke: return .nuke
        }
    }

    /// Checks the settings that do not depend on the data (amounts and targets are checked
    /// against the data when the attack runs).
    /// - Throws: ``GANError/invalidSetting(name:value:requirement:)`` naming the first bad GAN key.
    public func validate() throws {
        try gan.validate()
    }
}

extension GANAttackRecipe: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind
        case fakeUsers = "fake_users"
        case filler, targets, goal, seed
        case fillerSelection = "filler_selection"
        case ratingMapping = "rating_mapping"
    }

    /// Every key a recipe object may hold: its own and the GAN's.
    static let allowedKeys = Set(CodingKeys.allCases.map(\.stringValue) + GANConfiguration.CodingKeys.allCases.map(\.stringValue))
        .sorted()

    /// Decodes the flat object described above; unknown keys are an error.
    public init(from decoder: any Decoder) throws {
        try UnknownKeys.reject(in: decoder, allowed: Self.allowedKeys)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        guard kind == Self.kind else {
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "expected kind '\(Self.kind)', found '\(kind)'")
        }
        let defaults = GANAttackRecipe()
        func value<Value: Decodable>(_ key: CodingKeys, _ fallback: Value) throws -> Value {
            try container.decodeIfPresent(Value.self, forKey: key) ?? fallback
        }
        self.init(
            fakeUsers: try value(.fakeUsers, defaults.fakeUsers),
            filler: try container.decodeIfPresent(FillerAmount.self, forKey: .filler),
            targets: try value(.targets, defaults.targets), goal: try value(.goal, defaults.goal),
            seed: try value(.seed, defaults.seed), gan: try GANConfiguration(from: decoder),
            fillerSelection: try value(.fillerSelection, defaults.fillerSelection),
            ratingMapping: try value(.ratingMapping, defaults.ratingMapping))
    }

    /// Encodes every key, `filler` as null when the lengths follow the real users'.
    public func encode(to encoder: any Encoder) throws {
        // The GAN's keys (its seed is the recipe's) go into the same object as the recipe's own.
        try gan.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.kind, forKey: .kind)
        try container.encode(fakeUsers, forKey: .fakeUsers)
        try container.encode(filler, forKey: .filler)
        try container.encode(targets, forKey: .targets)
        try container.encode(goal, forKey: .goal)
        try container.encode(fillerSelection, forKey: .fillerSelection)
        try container.encode(ratingMapping, forKey: .ratingMapping)
    }
}
