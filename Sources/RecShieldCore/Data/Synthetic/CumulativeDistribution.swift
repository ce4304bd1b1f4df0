/// Draws indices with probability proportional to fixed non-negative weights, by binary search
/// over the cumulative sums (one uniform draw per sample).
struct CumulativeDistribution: Sendable {
    /// `cumulative[i]` = weight₀ + … + weightᵢ.
    private let cumulative: [Double]

    /// Creates the distribution.
    /// - Precondition: at least one weight, all finite and non-negative, with a positive sum.
    init(weights: [Double]) {
        precondition(weights.allSatisfy { $0 >= 0 && $0.isFinite }, "weights must be finite and non-negative")
        var running = 0.0
        cumulative = weights.map { weight in
            running += weight
            return running
        }
        precondition(running > 0, "weights must have a positive sum")
    }


    /// One index drawn with probability proportional to its weight.
    func sample(using generator: inout some RandomNumberGenerator) -> Int {
        let target = generator.nextUnitDouble() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
