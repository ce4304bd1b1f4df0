import RecShieldCore

/// How an attack artefact was made — enough to make it again byte for byte
/// (``AttackArtefact/replay(provenance:data:)``) and to check that it was made from the data at hand.
///
/// Written as `provenance.json` with sorted snake_case keys:
/// - `format_version` (int): the layout version of this record (currently 1).
/// - `recshield_version` (string): ``RecShieldVersion/current`` of the code that made it.
/// - `attack` (object): the full configuration as given (``AttackRecipe``): for heuristic
///   attacks the ``AttackConfiguration`` (kind, fake_users, filler, selected_count when given,
///   targets, goal, seed), for `kind: gradient` the ``GradientPoisoningConfiguration``, for
///   `kind: gan` the ``GANAttackRecipe`` (amounts, targets, goal, seed and every GAN setting).
/// - `input_sha256` (string): SHA-256 of the clean data's
///   ``InteractionDataset/canonicalBytes()`` — the data as loaded (ID maps, interaction order,
///   ratings, timestamps), not the input file's bytes, so a data set that came from memory, or
///   the same interactions in another file format, has the same fingerprint.
/// - `input_users`, `input_interactions` (int): size of the clean user map and interactions.
/// - `data_format` (string): the input's format, which is also the format of the data file.
/// - `data_file` (string): the poisoned data's file name inside the artefact directory.
/// - `rated`, `timed` (bool): whether the data has ratings and timestamps.
/// - `target_items`, `selected_items` (raw IDs): the items as resolved.
/// - `fake_users`, `filler_count`, `injected_interactions` (int): counts as resolved (for a GAN
///   attack whose profile lengths follow the real users', `filler_count` is the mean, rounded).
public struct AttackProvenance: Codable, Sendable, Equatable {
    /// The record layout version this code writes.
    public static let currentFormatVersion = 1

    /// The record layout version.
    public var formatVersion: Int
    /// The RecShield version that made the artefact.
    public var recshieldVersion: String
    /// The attack's configuration as given.
    public var attack: AttackRecipe
    /// The SHA-256 (hex) of the clean data's canonical bytes.
    public var inputSHA256: String
    /// The size of the clean data's user map.
    public var inputUsers: Int
    /// The clean data's interaction count.
    public var inputInteractions: Int
    /// The format of the input and of the written data file.
    public var dataFormat: DataFormat
    /// The data file's name inside the artefact directory.
    public var dataFile: String
    /// Whether the data has ratings.
    public var rated: Bool
    /// Whether the data has timestamps.
    public var timed: Bool
    /// The target items' raw IDs.
    public var targetItems: [String]
    /// The selected items' raw IDs.
    public var selectedItems: [String]
    /// The number of fake profiles.
    public var fakeUsers: Int
    /// The number of filler items per profile.
    public var fillerCount: Int
    /// The number of injected interactions.
    public var injectedInteractions: Int

    /// The record of `injection`, made from `clean` with the shilling attack `configuration`,
    /// written in `format`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for ``DataFormat/auto``.
    public init(
        configuration: AttackConfiguration, clean: InteractionDataset, format: DataFormat, injection: ProfileInjection
    ) throws {
        try self.init(recipe: .shilling(configuration), clean: clean, format: format, injection: injection)
    }

    /// The record of `injection`, made from `clean` with `recipe`, written in `format`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for ``DataFormat/auto``.
    public init(recipe: AttackRecipe, clean: InteractionDataset, format: DataFormat, injection: ProfileInjection) throws {
        formatVersion = Self.currentFormatVersion
        recshieldVersion = RecShieldVersion.current
        attack = recipe
        inputSHA256 = clean.canonicalSHA256()
        inputUsers = clean.userCount
        inputInteractions = clean.count
        dataFormat = format
        dataFile = try DatasetWriter.interactionsFileName(for: format)
        rated = clean.isRated
        timed = clean.hasTimestamps
        targetItems = injection.targets.map { clean.itemIDs.rawID(at: $0) }
        selectedItems = injection.selected.map { clean.itemIDs.rawID(at: $0) }
        fakeUsers = injection.fakeUserCount
        fillerCount = injection.fillerCount
        injectedInteractions = injection.poisoned.count - clean.count
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case formatVersion = "format_version"
        case recshieldVersion = "recshield_version"
        case attack
        case inputSHA256 = "input_sha256"
        case inputUsers = "input_users"
        case inputInteractions = "input_interactions"
        case dataFormat = "data_format"
        case dataFile = "data_file"
        case rated, timed
        case targetItems = "target_items"
        case selectedItems = "selected_items"
        case fakeUsers = "fake_users"
        case fillerCount = "filler_count"
        case injectedInteractions = "injected_interactions"
    }
}
