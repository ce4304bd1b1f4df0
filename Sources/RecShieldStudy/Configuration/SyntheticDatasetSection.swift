import RecShieldCore

/// The `dataset.synthetic` section: a MovieLens-like data set generated from latent tastes (see
/// ``SyntheticDataConfiguration``), for demos and studies without downloads.
///
/// Keys:
/// - `users` (integer ≥ 1, default 1000), `items` (integer ≥ 1, default 1500),
///   `interactions` (integer, default 50000): the size; interactions lie between
///   `users × min_user_interactions` and `users × items`.
/// - `factors` (integer ≥ 1, default 8): dimension of the latent ground truth.
/// - `genres` (integer ≥ 1, default 18): number of genres.
/// - `popularity_exponent` (number in [0, 10], default 1.0): Zipf exponent of item popularity.
/// - `drift_rate` (number in [0, 1], default 0.5): share of taste replaced over the time span.
/// - `rating_scale` (`0.5-5` or `1-5`, default `0.5-5`): the rating values.
/// - `rating_noise` (number ≥ 0, default 0.5): standard deviation of rating noise.
/// - `min_user_interactions` (integer ≥ 1, default 5): the fewest interactions of any user.
/// - `seed` (non-negative integer, default 42): the data set's own seed; it stays fixed across
///   the experiment's seeds, so every seed studies the same data.
public struct SyntheticDatasetSection: Codable, Sendable, Equatable {
    /// The generator settings.
    public var configuration: SyntheticDataConfiguration

    /// Creates the section from generator settings (default: the generator's defaults).
    public init(_ configuration: SyntheticDataConfiguration = SyntheticDataConfiguration()) {
        self.configuration = configuration
    }

    static let keys = [
        "users", "items", "interactions", "factors", "genres", "popularity_exponent", "drift_rate",
        "rating_scale", "rating_noise", "min_user_interactions", "seed",
    ]

    public init(from decoder: any Decoder) throws {
        let reader = try ConfigurationReader(decoder, keys: Self.keys)
        var value = SyntheticDataConfiguration()
        value.userCount = try reader.value("users", default: value.userCount)
        value.itemCount = try reader.value("items", default: value.itemCount)
        value.interactionCount = try reader.value("interactions", default: value.interactionCount)
        value.factorCount = try reader.value("factors", default: value.factorCount)
        value.genreCount = try reader.value("genres", default: value.genreCount)
        value.popularityExponent = try reader.value("popularity_exponent", default: value.popularityExponent)
        value.driftRate = try reader.value("drift_rate", default: value.driftRate)
        value.ratingScale = try reader.choice("rating_scale", default: value.ratingScale)
        value.ratingNoise = try reader.value("rating_noise", default: value.ratingNoise)
        value.minimumInteractionsPerUser = try reader.value("min_user_interactions", default: value.minimumInteractionsPerUser)
        value.seed = try reader.value("seed", default: value.seed)
        do {
            try value.validate()
        } catch let error as DataError {
            throw ConfigurationIssue(decoder, .conflict(error.description))
        }
        configuration = value
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = ConfigurationWriter(encoder)
        try writer.write("users", configuration.userCount)
        try writer.write("items", configuration.itemCount)
        try writer.write("interactions", configuration.interactionCount)
        try writer.write("factors", configuration.factorCount)
        try writer.write("genres", configuration.genreCount)
        try writer.write("popularity_exponent", configuration.popularityExponent)
        try writer.write("drift_rate", configuration.driftRate)
        try writer.write("rating_scale", choice: configuration.ratingScale)
        try writer.write("rating_noise", configuration.ratingNoise)
        try writer.write("min_user_interactions", configuration.minimumInteractionsPerUser)
        try writer.write("seed", configuration.seed)
    }
}
