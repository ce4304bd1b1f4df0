/// The knobs of ``SyntheticDataGenerator``. The defaults make a MovieLens-like data set that
/// builds in well under a second, sized for demos and tests.
///
/// Keys (CLI flags in brackets):
/// - `userCount` (int, default 1 000) [`--users`]: users, raw IDs `"1"…"userCount"`.
/// - `itemCount` (int, default 1 500) [`--items`]: catalogue items, raw IDs `"1"…"itemCount"`.
/// - `interactionCount` (int, default 50 000) [`--interactions`]: distinct (user, item) pairs.
/// - `factorCount` (int, default 8): dimension of the latent ground truth.
/// - `genreCount` (int, default 18): number of genres; the first 18 carry MovieLens genre names.
/// - `popularityExponent` (float, default 1.0): Zipf exponent `s` of item popularity,
///   `weight(rank r) = r^(−s)`; 0 makes popularity uniform.
/// - `driftRate` (float in [0, 1], default 0.5): share of each user's taste replaced by a new
///   taste over the whole time span; 0 means static taste.
/// - `ratingScale` (default `.halfStars`): 0.5–5 in half steps, or 1–5 whole stars.
/// - `ratingNoise` (float, default 0.5): standard deviation of the Gaussian noise on ratings.
/// - `minimumInteractionsPerUser` (int, default 5): every user gets at least this many.
/// - `startTimestamp` (Unix seconds, default 1 500 000 000 = 2017-07-14) and `timeSpan`
///   (seconds, default 63 072 000 = two years): the time window of all interactions.
/// - `seed` (int, default 42) [`--seed`]: the same seed and configuration always give the same
///   data set.
public struct SyntheticDataConfiguration: Sendable, Equatable {
    /// The number of users.
    public var userCount: Int
    /// The number of items in the catalogue.
    public var itemCount: Int
    /// The number of interactions (distinct user–item pairs).
    public var interactionCount: Int
    /// The dimension of the latent user and item factors.
    public var factorCount: Int
    /// The number of genres.
    public var genreCount: Int
    /// The Zipf exponent of item popularity.
    public var popularityExponent: Double
    /// The share of taste replaced over the time span, in [0, 1].
    public var driftRate: Double
    /// The scale ratings are rounded to.
    public var ratingScale: RatingScale
    /// The standard deviation of rating noise.
    public var ratingNoise: Double
    /// The fewest interactions any user gets.
    public var minimumInteractionsPerUser: Int
    /// The earliest possible timestamp (Unix seconds).
    public var startTimestamp: Int64
    /// The length of the time window in seconds.
    public var timeSpan: Int64
    /// The seed of every random choice.
    public var seed: UInt64

    /// Creates a configuration; every argument has the documented default.
    public init(
        userCount: Int = 1_000, itemCount: Int = 1_500, interactionCount: Int = 50_000,
        factorCount: Int = 8, genreCount: Int = 18, popularityExponent: Double = 1.0,
        driftRate: Double = 0.5, ratingScale: RatingScale = .halfStars, ratingNoise: Double = 0.5,
        minimumInteractionsPerUser: Int = 5, startTimestamp: Int64 = 1_500_000_000,
        timeSpan: Int64 = 63_072_000, seed: UInt64 = 42
    ) {
        self.userCount = userCount
        self.itemCount = itemCount
        self.interactionCount = interactionCount
        self.factorCount = factorCount
        self.genreCount = genreCount
        self.popularityExponent = popularityExponent
        self.driftRate = driftRate
        self.ratingScale = ratingScale
        self.ratingNoise = ratingNoise
        self.minimumInteractionsPerUser = minimumInteractionsPerUser
        self.startTimestamp = startTimestamp
        self.timeSpan = timeSpan
        self.seed = seed
    }

    /// Checks every value.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` naming the first bad value.
    public func validate() throws {
        func check(_ ok: Bool, _ name: String, _ value: Any, _ expected: String) throws {
            guard ok else { throw DataError.invalidParameter(name: name, value: "\(value)", expected: expected) }
        }
        try check(userCount >= 1, "user count", userCount, "an integer ≥ 1")
        try check(itemCount >= 1, "item count", itemCount, "an integer ≥ 1")
        try check(factorCount >= 1, "factor count", factorCount, "an integer ≥ 1")
        try check(genreCount >= 1, "genre count", genreCount, "an integer ≥ 1")
        try check(
            minimumInteractionsPerUser >= 1 && minimumInteractionsPerUser <= itemCount,
            "minimum interactions per user", minimumInteractionsPerUser, "an integer in 1…\(itemCount) (the item count)")
        let (capacity, overflow) = userCount.multipliedReportingOverflow(by: itemCount)
        let floor = userCount.multipliedReportingOverflow(by: minimumInteractionsPerUser)
        try check(
            !floor.overflow && interactionCount >= floor.partialValue && (overflow || interactionCount <= capacity),
            "interaction count", interactionCount,
            "an integer in \(floor.partialValue)…\(overflow ? "" : String(capacity)) (users × minimum per user … users × items)")
        try check(popularityExponent >= 0 && popularityExponent <= 10, "popularity exponent", popularityExponent, "a number in [0, 10]")
        try check(driftRate >= 0 && driftRate <= 1, "drift rate", driftRate, "a number in [0, 1]")
        try check(ratingNoise >= 0 && ratingNoise.isFinite, "rating noise", ratingNoise, "a finite number ≥ 0")
        try check(timeSpan >= 1 && startTimestamp <= Int64.max - timeSpan, "time span", timeSpan, "a positive number of seconds")
    }
}
