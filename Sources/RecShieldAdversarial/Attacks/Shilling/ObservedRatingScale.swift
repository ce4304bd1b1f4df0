/// The rating values real users of a data set actually give, so fake ratings can be snapped onto
/// them: a fake profile that uses a value no real user uses (3.7 on a half-star scale, 0 on a
/// 1–5 scale) gives itself away.
///
/// ```
/// nearest(x) = argmin_{v ∈ V} |x − v|      V = the distinct observed ratings
/// ```
///
/// Ties go to the larger value. Values outside `[min V, max V]` snap to the nearest end, so
/// clipping to the observed range comes with the rounding. On MovieLens latest `V` is
/// `{0.5, 1, …, 5}`; on MovieLens 100K it is `{1, 2, 3, 4, 5}`.
public struct ObservedRatingScale: Sendable, Equatable {
    /// The distinct observed ratings, ascending.
    public let values: [Float]

    /// The scale of `ratings`.
    /// - Precondition: `ratings` is not empty and holds only finite values.
    public init<Ratings: Sequence>(_ ratings: Ratings) where Ratings.Element == Float {
        values = Set(ratings).sorted()
        precondition(!values.isEmpty, "a rating scale needs at least one rating")
        precondition(values.allSatisfy(\.isFinite), "ratings must be finite")
    }

    /// The lowest observed rating.
    public var minimum: Float { values[0] }
    /// The highest observed rating.
    public var maximum: Float { values[values.count - 1] }

    /// The observed rating nearest to `value` (ties to the larger one); NaN maps to the minimum.
    /// - Complexity: O(log values).
    public func nearest(to value: Double) -> Float {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if Double(values[middle]) < value { low = middle + 1 } else { high = middle }
        }
        if low == values.count { return maximum }
        if low == 0 { return minimum }
        let below = Double(values[low - 1])
        let above = Double(values[low])
        return value - below < above - value ? values[low - 1] : values[low]
    }

    /// The rating mirrored on the scale, `max + min − r`, snapped back onto the observed values.
    public func flipped(_ rating: Float) -> Float {
        nearest(to: Double(maximum) + Double(minimum) - Double(rating))
    }
}
