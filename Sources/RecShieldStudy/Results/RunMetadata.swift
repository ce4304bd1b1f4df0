/// What a run directory's results come from.
///
/// JSON keys: `study_name`, `configuration_yaml`, `recshield_version`, `created_at`,
/// `total_cells`, `shard`.
public struct RunMetadata: Sendable, Equatable, Codable {
    /// The experiment's name.
    public var studyName: String
    /// The resolved configuration (``StudyConfiguration/resolvedYAML()``).
    public var configurationYAML: String
    /// The library version that made the results.
    public var recshieldVersion: String
    /// When the run started, ISO 8601 in UTC.
    public var createdAt: String
    /// The number of cells of the whole grid (all shards).
    public var totalCells: Int
    /// `I/N` for a shard's store, `nil` for a whole or merged run.
    public var shard: String?

    /// Creates metadata.
    public init(
        studyName: String, configurationYAML: String, recshieldVersion: String, createdAt: String, totalCells: Int,
        shard: String? = nil
    ) {
        self.studyName = studyName
        self.configurationYAML = configurationYAML
        self.recshieldVersion = recshieldVersion
        self.createdAt = createdAt
        self.totalCells = totalCells
        self.shard = shard
    }

    enum CodingKeys: String, CodingKey {
        case studyName = "study_name"
        case configurationYAML = "configuration_yaml"
        case recshieldVersion = "recshield_version"
        case createdAt = "created_at"
        case totalCells = "total_cells"
        case shard
    }
}
