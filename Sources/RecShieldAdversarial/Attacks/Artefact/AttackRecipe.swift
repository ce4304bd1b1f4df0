import RecShieldCore

/// The configuration of whichever attack made an artefact — what a provenance record stores
/// under `attack`, and what ``AttackArtefact/replay(provenance:data:)`` runs again.
///
/// JSON: the attack's own configuration object, told apart by its `kind`: `gradient` decodes as
/// ``GradientPoisoningConfiguration``, any other kind (or none) as ``AttackConfiguration``.
public enum AttackRecipe: Sendable, Equatable {
    /// A heuristic shilling attack (``ProfileInjector``).
    case shilling(AttackConfiguration)
    /// Gradient poisoning (``GradientPoisoning``).
    case gradient(GradientPoisoningConfiguration)

    /// The heuristic attack's configuration, or `nil` for gradient poisoning.
    public var shillingConfiguration: AttackConfiguration? {
        if case let .shilling(configuration) = self { return configuration }
        return nil
    }

    /// The attack's kind as written in `kind`, e.g. `"bandwagon"` or `"gradient"`.
    public var kindName: String {
        switch self {
        case let .shilling(configuration): return configuration.kind.rawValue
        case .gradient: return GradientPoisoningConfiguration.kind
        }
    }

    /// How many fake profiles were asked for.
    public var fakeUsers: FakeUserAmount {
        switch self {
        case let .shilling(configuration): return configuration.fakeUsers
        case let .gradient(configuration): return configuration.fakeUsers
        }
    }

    /// How many filler items per profile were asked for.
    public var filler: FillerAmount {
        switch self {
        case let .shilling(configuration): return configuration.filler
        case let .gradient(configuration): return configuration.filler
        }
    }

    /// The target items as asked for.
    public var targets: TargetSelection {
        switch self {
        case let .shilling(configuration): return configuration.targets
        case let .gradient(configuration): return configuration.targets
        }
    }

    /// Push or nuke (gradient poisoning always pushes).
    public var goal: AttackGoal {
        switch self {
        case let .shilling(configuration): return configuration.goal
        case .gradient: return .push
        }
    }

    /// The seed of every random choice.
    public var seed: UInt64 {
        switch self {
        case let .shilling(configuration): return configuration.seed
        case let .gradient(configuration): return configuration.seed
        }
    }
}

extension AttackRecipe: Codable {
    private enum KindKey: String, CodingKey {
        case kind
    }

    public init(from decoder: Decoder) throws {
        let kind = try decoder.container(keyedBy: KindKey.self).decodeIfPresent(String.self, forKey: .kind)
        if kind == GradientPoisoningConfiguration.kind {
            self = .gradient(try GradientPoisoningConfiguration(from: decoder))
        } else {
            self = .shilling(try AttackConfiguration(from: decoder))
        }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case let .shilling(configuration): try configuration.encode(to: encoder)
        case let .gradient(configuration): try configuration.encode(to: encoder)
        }
    }
}
