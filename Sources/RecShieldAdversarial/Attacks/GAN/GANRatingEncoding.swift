import RecShieldCore

/// Maps ratings to the GAN's `[0, 1]` profile values and back onto the rating values real users
/// actually use.
///
/// With `r_lo`, `r_hi` the lowest and highest rating in the data and `δ` the smallest gap between
/// two neighbouring rating values (1 when the data uses a single value):
/// ```
/// encode(r) = (r − r_lo + δ) / (r_hi − r_lo + δ)      ∈ (0, 1];  unrated → 0
/// decode(v) = the used rating value nearest to v·(r_hi − r_lo + δ) + r_lo − δ
/// ```
/// The shift by `δ` keeps the lowest rating apart from "unrated" (on MovieLens' 0.5–5 and 1–5
/// scales the encoding is simply `r / 5`). Implicit data encodes every interaction as 1 and has
/// no rating values; ``decode(_:)`` is then never needed.
///
/// Decoding rounds to a value some real user gave, so a fake profile never uses a value real
/// users never use (a half star on a whole-star data set). The encoding also keeps how often each
/// value is used, for ``quantile(_:)``.
public struct GANRatingEncoding: Sendable, Equatable, Codable {
    /// The distinct rating values in the data, ascending; empty for implicit data.
    public let values: [Float]
    /// How many ratings take each of ``values``.
    public let valueCounts: [Int]
    /// The shift `δ`.
    public let shift: Float

    /// The encoding of a data set's ratings (implicit when it has none).
    public init(_ dataset: InteractionDataset) {
        self.init(ratingValues: dataset.ratings ?? [])
    }

    /// The encoding of the given ratings; an empty list means implicit data.
    /// - Parameter ratingValues: every rating given (repeats allowed).
    public init(ratingValues: [Float]) {
        var counts: [Float: Int] = [:]
        for rating in ratingValues { counts[rating, default: 0] += 1 }
        let distinct = counts.keys.sorted()
        values = distinct
        valueCounts = distinct.map { counts[$0] ?? 0 }
        let gaps = zip(distinct, distinct.dropFirst()).map { $1 - $0 }
        shift = gaps.min() ?? 1
    }

    /// Whether the data is rated.
    public var isRated: Bool { !values.isEmpty }
    /// The lowest rating value (the nuke value), or `nil` for implicit data.
    public var lowest: Float? { values.first }
    /// The highest rating value (the push value), or `nil` for implicit data.
    public var highest: Float? { values.last }

    /// The profile value of one interaction: `encode(r)` above, clipped to `[0, 1]`, or 1 for an
    /// unrated interaction.
    public func encode(_ rating: Float?) -> Float {
        guard let rating, let low = values.first, let high = values.last else { return 1 }
        return min(max((rating - low + shift) / (high - low + shift), 0), 1)
    }

    /// The used rating value nearest to the rating that a profile value `v` encodes.
    /// - Precondition: the data is rated.
    public func decode(_ value: Float) -> Float {
        precondition(isRated, "implicit data has no rating values to decode to")
        let low = values[0]
        return nearestValue(to: value * (values[values.count - 1] - low + shift) + low - shift)
    }

    /// The used rating value nearest to `rating`; ties go to the higher value.
    /// - Precondition: the data is rated.
    public func nearestValue(to rating: Float) -> Float {
        precondition(isRated, "implicit data has no rating values")
        var lower = 0
        var upper = values.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if values[middle] < rating { lower = middle + 1 } else { upper = middle }
        }
        if lower == values.count { return values[values.count - 1] }
        if lower == 0 { return values[0] }
        let above = values[lower]
        let below = values[lower - 1]
        return above - rating <= rating - below ? above : below
    }

    /// The real rating distribution's `q`-quantile: the smallest used value `r` with
    /// `P(rating ≤ r) ≥ q`.
    /// - Precondition: the data is rated and `q` lies in `[0, 1]`.
    public func quantile(_ q: Double) -> Float {
        precondition(isRated, "implicit data has no rating values")
        precondition((0...1).contains(q), "a quantile level lies in [0, 1]")
        let total = Double(valueCounts.reduce(0, +))
        var cumulative = 0.0
        for (value, count) in zip(values, valueCounts) {
            cumulative += Double(count)
            if cumulative >= q * total { return value }
        }
        return values[values.count - 1]
    }
}
