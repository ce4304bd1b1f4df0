/// How ``GANProfilePostProcessor`` turns the generated values of a fake profile's filler items
/// into ratings. Either way every rating is a value real users use.
public enum GANRatingMapping: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// Each filler item gets ``GANRatingEncoding/decode(_:)`` of its own value: the used rating
    /// nearest to the rating the value encodes. Reads the generator literally — a low value (an
    /// item the generator barely placed in the profile) becomes a low rating.
    case nearest
    /// The profile's `n` filler values are ranked (equal values by item index) and the `k`-th
    /// smallest (`k` from 0) gets the real rating distribution's quantile at `(k + ½)/n`
    /// (``GANRatingEncoding/quantile(_:)``): the generator decides which items a profile rates
    /// higher, the real data decides how ratings are spread. Every profile then has the same
    /// spread, close to the real overall distribution, so the rating-distribution distances of
    /// ``GANStealthReport`` say little about the generator under this mapping.
    case quantile
}
