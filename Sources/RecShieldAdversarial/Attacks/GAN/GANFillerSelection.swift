/// How ``GANProfilePostProcessor`` picks a fake profile's filler items from a generated vector
/// `x′ ∈ [0, 1]^items` once the profile's length `n` is known.
public enum GANFillerSelection: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// The `n` items with the largest `x′_i` (ties to the lower index): deterministic given the
    /// vector; the profile is the generator's most confident items.
    case topScores = "top_scores"
    /// `n` items drawn without replacement with probability proportional to `x′_i`, by
    /// Efraimidis–Spirakis keys `log(u_i)/x′_i`, `u_i ~ U(0, 1]`, keeping the `n` largest; items with
    /// `x′_i = 0` come last. More varied profiles from similar vectors.
    ///
    /// References:
    /// - Efraimidis & Spirakis, "Weighted random sampling with a reservoir", Information
    ///   Processing Letters 2006.
    case proportional
}
