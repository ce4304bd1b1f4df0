/// Counts that describe a set of profiles for the stealth comparison: how often each rating value,
/// each item and each profile length occurs.
public struct GANProfileStatistics: Sendable, Equatable {
    /// How many ratings take each value of ``GANRatingEncoding/values`` (empty on implicit data).
    public var ratingCounts: [Double]
    /// How many profiles contain each item.
    public var itemCounts: [Double]
    /// Every profile's length.
    public var lengths: [Int]

    /// Counts the given profiles.
    /// - Parameters:
    ///   - profiles: the profiles; ratings outside `encoding.values` are counted at the nearest value.
    ///   - itemCount: the number of items.
    ///   - encoding: the data's rating values.
    /// - Precondition: item indices below `itemCount`.
    public init(_ profiles: [GANProfile], itemCount: Int, encoding: GANRatingEncoding) {
        var ratingCounts = [Double](repeating: 0, count: encoding.values.count)
        var itemCounts = [Double](repeating: 0, count: itemCount)
        var position: [Float: Int] = [:]
        for (index, value) in encoding.values.enumerated() { position[value] = index }
        for profile in profiles {
            for item in profile.items { itemCounts[Int(item)] += 1 }
            guard encoding.isRated, let ratings = profile.ratings else { continue }
            for rating in ratings {
                let slot = position[rating] ?? position[encoding.nearestValue(to: rating)] ?? 0
                ratingCounts[slot] += 1
            }
        }
        self.ratingCounts = ratingCounts
        self.itemCounts = itemCounts
        self.lengths = profiles.map(\.length)
    }

    /// The mean profile length (0 without profiles).
    public var meanLength: Double {
        lengths.isEmpty ? 0 : Double(lengths.reduce(0, +)) / Double(lengths.count)
    }

    /// The population standard deviation of the profile lengths.
    public var lengthDeviation: Double {
        guard !lengths.isEmpty else { return 0 }
        let mean = meanLength
        let squares = lengths.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
        return (squares / Double(lengths.count)).squareRoot()
    }

    /// Profile lengths counted in logarithmic bins: bin `b` holds lengths `2ᵇ…2ᵇ⁺¹ − 1` (bin 0
    /// holds 0 and 1), 64 bins.
    public var lengthHistogram: [Double] {
        var bins = [Double](repeating: 0, count: 64)
        for length in lengths { bins[length <= 1 ? 0 : Int.bitWidth - 1 - length.leadingZeroBitCount] += 1 }
        return bins
    }
}
