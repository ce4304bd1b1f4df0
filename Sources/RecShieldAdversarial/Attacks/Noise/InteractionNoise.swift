import RecShieldCore

/// Random corruption of interaction data at a given fraction, for testing denoising defences and
/// the robustness of models to imperfect feedback.
///
/// With `N` interactions and fraction `f`, `n = max(1, round(f · N))` (halves away from zero):
/// - ``Kind/addFalsePositives``: `n` new (user, item) pairs drawn uniformly from the users and
///   the items that have an interaction, skipping pairs already present; each copies the rating
///   of a uniformly drawn existing interaction (so ratings follow the data's own distribution)
///   and gets a timestamp uniform in the data's `[earliest, latest]` second. Appended at the end.
/// - ``Kind/dropInteractions``: `n` interactions drawn uniformly without repeats are removed.
/// - ``Kind/gaussianRatings(standardDeviation:)``: `n` interactions drawn uniformly get
///   `r′ = nearest observed rating to r + σ·N(0, 1)` (``ObservedRatingScale``).
/// - ``Kind/flipRatings``: `n` interactions drawn uniformly get `r′ = max + min − r`, snapped
///   onto the observed ratings.
///
/// Only interactions whose rating actually changed are listed as perturbed or flipped (a small
/// Gaussian draw can snap back to `r`; the middle of a symmetric scale flips onto itself), so
/// the alteration list is exactly the set of entries that differ from the clean data.
/// All draws come from one generator seeded with ``seed``.
///
/// References:
/// - Wang et al., "Denoising implicit feedback for recommendation", WSDM 2021 (false-positive
///   interactions as noise).
public struct InteractionNoise: Sendable, Equatable {
    /// The kind of noise.
    public enum Kind: Sendable, Equatable {
        /// Add false-positive interactions.
        case addFalsePositives
        /// Remove true interactions.
        case dropInteractions
        /// Add Gaussian noise with this standard deviation to ratings.
        case gaussianRatings(standardDeviation: Double)
        /// Mirror ratings on the scale.
        case flipRatings
    }

    /// The kind of noise.
    public var kind: Kind
    /// The share of interactions affected, in (0, 1].
    public var fraction: Double
    /// The seed of every draw.
    public var seed: UInt64

    /// Creates a noise model.
    public init(kind: Kind, fraction: Double, seed: UInt64 = 42) {
        self.kind = kind
        self.fraction = fraction
        self.seed = seed
    }

    /// Applies the noise to `data`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for empty data, a fraction
    ///   outside (0, 1], a standard deviation that is not positive and finite, rating noise on
    ///   implicit data, or more false positives than free (user, item) pairs.
    /// - Complexity: O(N + n log n).
    public func apply(to data: InteractionDataset) throws -> NoisyDataset {
        let count = try affectedCount(in: data)
        var generator = Xoshiro256StarStar(seed: seed)
        switch kind {
        case .addFalsePositives:
            return try addFalsePositives(count, to: data, using: &generator)
        case .dropInteractions:
            let dropped = FloydSampling.indices(count, below: data.count, using: &generator)
            var keep = [Bool](repeating: true, count: data.count)
            for position in dropped { keep[position] = false }
            let alterations = dropped.map { position in
                NoiseAlteration(
                    kind: .dropped, user: Int(data.users[position]), item: Int(data.items[position]),
                    oldRating: data.ratings?[position])
            }
            return NoisyDataset(data: data.subset(data.users.indices.filter { keep[$0] }), alterations: alterations)
        case let .gaussianRatings(deviation):
            guard deviation > 0 && deviation.isFinite else {
                throw DataError.invalidParameter(
                    name: "noise standard deviation", value: "\(deviation)", expected: "a positive finite number")
            }
            return try changeRatings(count, of: data, kind: .perturbed, using: &generator) { rating, scale, generator in
                scale.nearest(to: Double(rating) + deviation * generator.nextGaussian())
            }
        case .flipRatings:
            return try changeRatings(count, of: data, kind: .flipped, using: &generator) { rating, scale, _ in
                scale.flipped(rating)
            }
        }
    }

    /// `max(1, round(f · N))` after checking the data and the fraction.
    private func affectedCount(in data: InteractionDataset) throws -> Int {
        guard data.count > 0 else {
            throw DataError.invalidParameter(name: "data", value: "0 interactions", expected: "a data set with interactions")
        }
        guard fraction > 0 && fraction <= 1 else {
            throw DataError.invalidParameter(name: "noise fraction", value: "\(fraction)", expected: "a number in (0, 1]")
        }
        return max(1, Int((fraction * Double(data.count)).rounded()))
    }

    private func changeRatings(
        _ count: Int, of data: InteractionDataset, kind: NoiseAlteration.Kind, using generator: inout Xoshiro256StarStar,
        _ change: (Float, ObservedRatingScale, inout Xoshiro256StarStar) -> Float
    ) throws -> NoisyDataset {
        guard var ratings = data.ratings else {
            throw DataError.invalidParameter(
                name: "noise kind", value: kind.rawValue, expected: "rated data (this data set has no ratings)")
        }
        let scale = ObservedRatingScale(ratings)
        var alterations: [NoiseAlteration] = []
        for position in FloydSampling.indices(count, below: data.count, using: &generator) {
            let old = ratings[position]
            let new = change(old, scale, &generator)
            guard new != old else { continue }
            ratings[position] = new
            alterations.append(NoiseAlteration(
                kind: kind, user: Int(data.users[position]), item: Int(data.items[position]), oldRating: old, newRating: new))
        }
        var noisy = data
        noisy.ratings = ratings
        return NoisyDataset(data: noisy, alterations: alterations)
    }

    private func addFalsePositives(
        _ count: Int, to data: InteractionDataset, using generator: inout Xoshiro256StarStar
    ) throws -> NoisyDataset {
        let byUser = data.byUser()
        let activeUsers = (0..<data.userCount).filter { byUser.count(ofRow: $0) > 0 }
        let catalogue = Array(Set(data.items.map(Int.init))).sorted()
        let free = activeUsers.count * catalogue.count - data.count
        guard count <= free else {
            throw DataError.invalidParameter(
                name: "noise fraction", value: "\(fraction)",
                expected: "at most \(free) false positives (the free pairs of active users × rated items)")
        }
        var taken = Set<Int64>(minimumCapacity: count)
        var noisy = data
        var alterations: [NoiseAlteration] = []
        let timeRange = data.timestamps.flatMap { times in times.min().flatMap { first in times.max().map { first...$0 } } }
        while alterations.count < count {
            let user = activeUsers[generator.nextIndex(below: activeUsers.count)]
            let item = catalogue[generator.nextIndex(below: catalogue.count)]
            guard !byUser.contains(row: user, column: item), taken.insert(Int64(user) << 32 | Int64(item)).inserted else { continue }
            let rating = data.ratings.map { $0[generator.nextIndex(below: data.count)] }
            noisy.users.append(Int32(user))
            noisy.items.append(Int32(item))
            if let rating { noisy.ratings?.append(rating) }
            if let range = timeRange {
                let width = Int(range.upperBound - range.lowerBound) + 1
                noisy.timestamps?.append(range.lowerBound + Int64(generator.nextIndex(below: width)))
            }
            alterations.append(NoiseAlteration(kind: .added, user: user, item: item, newRating: rating))
        }
        return NoisyDataset(data: noisy, alterations: alterations)
    }
}
