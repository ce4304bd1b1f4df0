import RecShieldCore

/// The outcome of an attack: the poisoned data set (clean interactions, then the fake profiles),
/// which users are fake, and the provenance record that can make it again.
///
/// ```swift
/// let loaded = try DatasetLoader.load("ml-latest-small")
/// let artefact = try AttackArtefact(
///     attacking: loaded.dataset, format: loaded.report.format,
///     configuration: AttackConfiguration(kind: .bandwagon, fakeUsers: .fraction(0.03)))
/// try artefact.write(to: "attacked")        // ratings.csv, labels.txt, provenance.json
/// let again = try AttackArtefact.read(from: "attacked")
/// ```
public struct AttackArtefact: Sendable, Equatable {
    /// The poisoned data set.
    public var poisoned: InteractionDataset
    /// Whether each user index of ``poisoned`` is fake.
    public var isFake: [Bool]
    /// How the artefact was made.
    public var provenance: AttackProvenance

    /// Creates an artefact from its parts.
    /// - Precondition: one label per user of `poisoned`.
    public init(poisoned: InteractionDataset, isFake: [Bool], provenance: AttackProvenance) {
        precondition(isFake.count == poisoned.userCount, "one label per user")
        self.poisoned = poisoned
        self.isFake = isFake
        self.provenance = provenance
    }

    /// Runs the shilling attack `configuration` on `clean`.
    /// - Parameters:
    ///   - clean: the data to poison.
    ///   - format: the input's format (``LoadReport/format``); the poisoned data is written in it.
    ///   - configuration: the attack.
    /// - Throws: the errors of ``ProfileInjector/inject(_:into:)``, and
    ///   ``DataError/invalidParameter(name:value:expected:)`` for ``DataFormat/auto``.
    public init(attacking clean: InteractionDataset, format: DataFormat, configuration: AttackConfiguration) throws {
        let injection = try ProfileInjector.inject(configuration, into: clean)
        self.init(
            poisoned: injection.poisoned, isFake: injection.isFake,
            provenance: try AttackProvenance(configuration: configuration, clean: clean, format: format, injection: injection))
    }

    /// Runs the attack `recipe` describes on `clean` (``ProfileInjector`` for heuristic attacks,
    /// ``GradientPoisoning`` for gradient poisoning, ``GANAttackRecipe/inject(into:onEpoch:)`` for
    /// the GAN attack).
    /// - Throws: the attack's errors, and ``DataError/invalidParameter(name:value:expected:)`` for
    ///   ``DataFormat/auto``.
    public init(attacking clean: InteractionDataset, format: DataFormat, recipe: AttackRecipe) throws {
        switch recipe {
        case let .shilling(configuration):
            try self.init(attacking: clean, format: format, configuration: configuration)
        case let .gradient(configuration):
            try self.init(
                injection: try GradientPoisoning.inject(configuration, into: clean).injection, recipe: recipe, clean: clean,
                format: format)
        case let .gan(gan):
            try self.init(injection: try gan.inject(into: clean).injection, recipe: recipe, clean: clean, format: format)
        }
    }

    /// The artefact of `injection`, made from `clean` with `recipe` — for callers that ran the
    /// attack themselves to keep its by-products (e.g. ``GANAttackRecipe/inject(into:onEpoch:)``'s
    /// training record).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for ``DataFormat/auto``.
    public init(injection: ProfileInjection, recipe: AttackRecipe, clean: InteractionDataset, format: DataFormat) throws {
        self.init(
            poisoned: injection.poisoned, isFake: injection.isFake,
            provenance: try AttackProvenance(recipe: recipe, clean: clean, format: format, injection: injection))
    }

    /// Makes the artefact `provenance` describes again from the same clean data; written with
    /// ``write(to:)`` it gives the same files byte for byte (the same RecShield version and
    /// platform assumed: filler ratings use the C library's `log` and `cos`).
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when `data`'s fingerprint
    ///   differs from ``AttackProvenance/inputSHA256`` (it is not the data the attack was run on),
    ///   and the errors of ``init(attacking:format:recipe:)``.
    public static func replay(provenance: AttackProvenance, data: InteractionDataset) throws -> AttackArtefact {
        let fingerprint = data.canonicalSHA256()
        guard fingerprint == provenance.inputSHA256 else {
            throw DataError.invalidParameter(
                name: "data", value: "SHA-256 \(fingerprint.prefix(12))…",
                expected: "the data the attack was run on (SHA-256 \(provenance.inputSHA256.prefix(12))…); "
                    + "load the same file with the same options")
        }
        return try AttackArtefact(attacking: data, format: provenance.dataFormat, recipe: provenance.attack)
    }

    /// The fake user indices, ascending.
    public var fakeUsers: [Int] { isFake.indices.filter { isFake[$0] } }

    /// The target item indices in ``poisoned``, in provenance order.
    /// - Throws: ``DataError/unknownID(kind:id:)`` when a recorded target is not in the data.
    public func targetItems() throws -> [Int] {
        try provenance.targetItems.map { raw in
            guard let item = poisoned.itemIDs.index(of: raw) else { throw DataError.unknownID(kind: "target item", id: raw) }
            return item
        }
    }
}
