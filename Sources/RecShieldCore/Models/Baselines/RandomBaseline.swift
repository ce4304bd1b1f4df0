/// Scores items at random — the chance-level baseline — reproducibly: the score of a pair is a
/// hash of `(seed, user, item)`,
/// ```
/// h = SplitMix64 finaliser(seed ⊕ (user + 1) · 0x9E3779B97F4A7C15 ⊕ (item + 1) · 0xC2B2AE3D27D4EB4F)
/// score(u, i) = (h >> 40) · 2⁻²⁴ ∈ [0, 1)
/// ```
/// so a pair scores the same on every call, in every process and on every thread, and a
/// different seed gives an unrelated ranking. Ties are possible (24-bit scores) and go to the
/// lower item index when ranking.
///
/// References:
/// - Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014
///   (the finaliser).
public struct RandomBaseline: ArchivableModel, Sendable, Equatable {
    /// The kind written into model files.
    public static let archiveKind = "random"

    public let userCount: Int
    public let itemCount: Int
    /// Raw user IDs ↔ the dense user indices (positional unless given).
    public let userIDs: IDMap
    /// Raw item IDs ↔ the dense item indices (positional unless given).
    public let itemIDs: IDMap
    /// The seed of the hash.
    public let seed: UInt64

    /// Creates the baseline for a catalogue with positional IDs.
    /// - Parameters:
    ///   - userCount: the number of users.
    ///   - itemCount: the number of items.
    ///   - seed: selects the random ranking.
    public init(userCount: Int, itemCount: Int, seed: UInt64 = 0) {
        precondition(userCount >= 0 && itemCount >= 0, "counts must not be negative")
        self.init(userIDs: .positional(count: userCount), itemIDs: .positional(count: itemCount), seed: seed)
    }

    /// Creates the baseline for the users and items of two ID maps (a data set's, typically).
    /// - Parameters:
    ///   - userIDs: the users.
    ///   - itemIDs: the items.
    ///   - seed: selects the random ranking.
    public init(userIDs: IDMap, itemIDs: IDMap, seed: UInt64 = 0) {
        self.userIDs = userIDs
        self.itemIDs = itemIDs
        userCount = userIDs.count
        itemCount = itemIDs.count
        self.seed = seed
    }

    public func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        precondition(scores.count == itemCount, "scores buffer must have itemCount elements")
        precondition(user >= 0 && user < userCount, "user index out of range")
        for item in 0..<itemCount { scores[item] = Self.hashScore(seed: seed, user: user, item: item) }
    }

    public func score(user: Int, item: Int) -> Float {
        precondition(user >= 0 && user < userCount && item >= 0 && item < itemCount, "index out of range")
        return Self.hashScore(seed: seed, user: user, item: item)
    }

    /// The score of `(user, item)` under `seed`, in `[0, 1)`.
    @inline(__always)
    static func hashScore(seed: UInt64, user: Int, item: Int) -> Float {
        var z = seed
            ^ (UInt64(truncatingIfNeeded: user &+ 1) &* 0x9E37_79B9_7F4A_7C15)
            ^ (UInt64(truncatingIfNeeded: item &+ 1) &* 0xC2B2_AE3D_27D4_EB4F)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Float(z >> 40) * 0x1p-24
    }
}
