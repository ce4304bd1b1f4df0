import RecShieldCore

/// The `dataset` section: where the interactions come from and how they are cleaned.
///
/// Keys:
/// - `path` (text, no default): an interaction file or a folder holding one, relative to the
///   configuration file's folder. Give either `path` or `synthetic`; with neither, the study
///   uses a synthetic data set with default parameters.
/// - `synthetic` (mapping, see ``SyntheticDatasetSection``): generate the data instead.
/// - `format` (`auto`, `movielens-100k`, `movielens-1m`, `movielens-csv`, `recbole`, `delimited`;
///   default `auto`): the file format of `path` (see ``DataFormat``); only with `path`.
/// - `implicit_threshold` (number, default none): when set, keep only interactions rated at
///   least this much and drop the ratings (implicit feedback); needs rated data.
/// - `filters` (mapping, see ``DatasetFiltersSection``): cleaning filters.
/// - `features` (text, default none): an item feature file for content-aware models (VBPR) and
///   feature attacks, relative to the configuration file's folder.
public struct DatasetSection: Codable, Sendable, Equatable {
    /// Where the interactions come from.
    public enum Source: Sendable, Equatable {
        /// A file or folder, in a format.
        case file(path: String, format: DataFormat)
        /// A generated data set.
        case synthetic(SyntheticDatasetSection)
    }

    /// Where the interactions come from.
    public var source: Source
    /// The rating at or above which an interaction is kept as implicit feedback, or `nil`.
    public var implicitThreshold: Double?
    /// Cleaning filters.
    public var filters: DatasetFiltersSection
    /// An item feature file, or `nil`.
    public var featuresPath: String?

    /// Creates the section; every argument has the documented default.
    public init(
        source: Source = .synthetic(SyntheticDatasetSection()), implicitThreshold: Double? = nil,
        filters: DatasetFiltersSection = DatasetFiltersSection(), featuresPath: String? = nil
    ) {
        self.source = source
        self.implicitThreshold = implicitThreshold
        self.filters = filters
        self.featuresPath = featuresPath
    }

    static let keys = ["path", "synthetic", "format", "implicit_threshold", "filters", "features"]

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        try reader.rejectBoth("path", "synthetic")
        if let path = try reader.optional("path", expected: "a non-empty path", where: { (path: String) in !path.isEmpty }) {
            source = .file(path: path, format: try reader.choice("format", default: DataFormat.auto))
        } else {
            try reader.reject("format", unless: false, "applies to 'path' only (a synthetic data set has no file format)")
            source = .synthetic(try reader.optionalSection("synthetic") ?? SyntheticDatasetSection())
        }
        implicitThreshold = try reader.optional("implicit_threshold", expected: "a finite number") { (value: Double) in
            value.isFinite
        }
        filters = try reader.optionalSection("filters") ?? DatasetFiltersSection()
        featuresPath = try reader.optional("features", expected: "a non-empty path") { (path: String) in !path.isEmpty }
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        switch source {
        case let .file(path, format):
            try writer.write("path", path)
            try writer.write("format", choice: format)
        case let .synthetic(section):
            try writer.write("synthetic", section)
        }
        try writer.write("implicit_threshold", implicitThreshold)
        try writer.write("filters", filters)
        try writer.write("features", featuresPath)
    }
}
