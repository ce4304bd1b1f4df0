/// The `dataset.filters` section: cleaning applied after loading, before splitting.
///
/// Keys:
/// - `min_user_interactions` (integer ≥ 0, default 0): drop users with fewer interactions
///   (one pass); 0 keeps all.
/// - `min_item_interactions` (integer ≥ 0, default 0): drop items with fewer interactions
///   (one pass, after the user filter); 0 keeps all.
/// - `k_core` (integer ≥ 0, default 0): repeat dropping users and items with fewer than `k`
///   interactions until none is left; 0 turns it off. Applied after the two one-pass filters.
public struct DatasetFiltersSection: Codable, Sendable, Equatable {
    /// Fewest interactions a kept user has (0 = off).
    public var minimumUserInteractions: Int
    /// Fewest interactions a kept item has (0 = off).
    public var minimumItemInteractions: Int
    /// The k of the k-core (0 = off).
    public var kCore: Int

    /// Creates the section; every argument has the documented default.
    public init(minimumUserInteractions: Int = 0, minimumItemInteractions: Int = 0, kCore: Int = 0) {
        self.minimumUserInteractions = minimumUserInteractions
        self.minimumItemInteractions = minimumItemInteractions
        self.kCore = kCore
    }

    static let keys = ["min_user_interactions", "min_item_interactions", "k_core"]

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        let nonNegative = "an integer ≥ 0 (0 turns the filter off)"
        minimumUserInteractions = try reader.value("min_user_interactions", default: 0, expected: nonNegative) { $0 >= 0 }
        minimumItemInteractions = try reader.value("min_item_interactions", default: 0, expected: nonNegative) { $0 >= 0 }
        kCore = try reader.value("k_core", default: 0, expected: nonNegative) { $0 >= 0 }
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("min_user_interactions", minimumUserInteractions)
        try writer.write("min_item_interactions", minimumItemInteractions)
        try writer.write("k_core", kCore)
    }
}
