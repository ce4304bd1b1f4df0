/// A star-rating scale: the values a rating can take.
public enum RatingScale: String, Sendable, CaseIterable, Codable {
    /// 0.5 to 5 in steps of 0.5, as in MovieLens since 2003.
    case halfStars = "0.5-5"
    /// 1 to 5 in whole steps, as in MovieLens 100K and 1M.
    case wholeStars = "1-5"

    /// The lowest rating.
    public var minimum: Float { self == .halfStars ? 0.5 : 1 }
    /// The highest rating.
    public var maximum: Float { 5 }
    /// The distance between neighbouring ratings.
    public var step: Float { self == .halfStars ? 0.5 : 1 }

    /// The rating on the scale nearest to `value` (clipped to the scale, halves rounded away
    /// from zero).
    public func nearest(to value: Double) -> Float {
        let steps = (value / Double(step)).rounded()
        return min(max(Float(steps) * step, minimum), maximum)
    }
}
