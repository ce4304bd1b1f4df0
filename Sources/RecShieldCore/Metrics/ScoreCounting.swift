/// Counting passes over a score row — the part of ranking that runs once per user over every item,
/// so it uses SIMD and never sorts. NaN entries are skipped by every count.
enum ScoreCounting {
    /// The held-out count up to which one SIMD pass per threshold beats the binary-search pass.
    static let simdThresholdLimit = 32

    /// For thresholds sorted descending, the number of non-NaN values `≥ θᵢ` and `> θᵢ` for each
    /// `i`, and the number of non-NaN values.
    /// - Complexity: O(n · m) SIMD work when `m ≤ 32`, else O(n log m).
    static func counts(
        atOrAbove thresholds: [Float], in values: UnsafeBufferPointer<Float>
    ) -> (atLeast: [Int], above: [Int], present: Int) {
        if thresholds.count <= simdThresholdLimit {
            var atLeast: [Int] = []
            var above: [Int] = []
            var present = 0
            for (index, threshold) in thresholds.enumerated() {
                let pass = count(threshold, in: values, countingPresent: index == 0)
                atLeast.append(pass.atLeast)
                above.append(pass.above)
                if index == 0 { present = pass.present }
            }
            return (atLeast, above, present)
        }
        return histogramCounts(atOrAbove: thresholds, in: values)
    }

    /// One SIMD pass: the number of non-NaN values `≥ threshold`, `> threshold` and (when asked)
    /// the number of non-NaN values. NaN fails every comparison, so it is never counted.
    static func count(
        _ threshold: Float, in values: UnsafeBufferPointer<Float>, countingPresent: Bool
    ) -> (atLeast: Int, above: Int, present: Int) {
        guard let base = values.baseAddress else { return (0, 0, 0) }
        let raw = UnsafeRawPointer(base)
        let limit = SIMD16<Float>(repeating: threshold)
        let one = SIMD16<Int32>(repeating: 1)
        let zero = SIMD16<Int32>()
        var atLeast = zero
        var above = zero
        var present = zero
        var index = 0
        let count = values.count
        while index &+ 16 <= count {
            let v = raw.loadUnaligned(fromByteOffset: index &* 4, as: SIMD16<Float>.self)
            atLeast &+= zero.replacing(with: one, where: v .>= limit)
            above &+= zero.replacing(with: one, where: v .> limit)
            if countingPresent { present &+= zero.replacing(with: one, where: v .== v) }
            index &+= 16
        }
        var tailAtLeast = 0
        var tailAbove = 0
        var tailPresent = 0
        while index < count {
            let v = base[index]
            if v >= threshold { tailAtLeast &+= 1 }
            if v > threshold { tailAbove &+= 1 }
            if v == v { tailPresent &+= 1 }
            index &+= 1
        }
        return (
            Int(atLeast.wrappedSum()) + tailAtLeast,
            Int(above.wrappedSum()) + tailAbove,
            countingPresent ? Int(present.wrappedSum()) + tailPresent : 0
        )
    }

    /// The O(n log m) variant: each value finds, by a branch-free binary search, how many
    /// thresholds lie strictly above it (and, scanning the rare ties, how many lie at or above
    /// it); a histogram collects those positions and a prefix sum turns them into counts.
    ///
    /// The search compares integer order keys (``orderKey(_:)``) by subtraction, so each step is
    /// arithmetic instead of an unpredictable branch, and the thresholds are padded with
    /// `-infinity` to a power of two, so every search takes the same number of steps. NaN values
    /// land in a discarded bin.
    static func histogramCounts(
        atOrAbove thresholds: [Float], in values: UnsafeBufferPointer<Float>
    ) -> (atLeast: [Int], above: [Int], present: Int) {
        let m = thresholds.count
        var width = 1
        while width <= m { width &<<= 1 }
        let keys = (thresholds + repeatElement(-Float.infinity, count: width - m)).map(orderKey)
        // Bins 0...m count values by position; bin m + 1 takes NaN values.
        var reachedAtLeast = [Int](repeating: 0, count: m + 2)
        var reachedAbove = [Int](repeating: 0, count: m + 2)
        keys.withUnsafeBufferPointer { keys in
            reachedAtLeast.withUnsafeMutableBufferPointer { atLeastBins in
                reachedAbove.withUnsafeMutableBufferPointer { aboveBins in
                    for v in values {
                        let key = orderKey(v)
                        // θ is descending, so the thresholds above v form a prefix; count it.
                        var higher = 0
                        var step = width &>> 1
                        while step > 0 {
                            higher &+= step & Int(truncatingIfNeeded: (key &- keys[higher &+ step &- 1]) &>> 63)
                            step &>>= 1
                        }
                        var atOrAbove = higher
                        while atOrAbove < m && keys[atOrAbove] == key { atOrAbove &+= 1 }
                        let isNaN = v.isNaN
                        atLeastBins[isNaN ? m &+ 1 : higher] &+= 1
                        aboveBins[isNaN ? m &+ 1 : atOrAbove] &+= 1
                    }
                }
            }
        }
        let present = values.count - reachedAtLeast[m + 1]
        var atLeast = [Int](repeating: 0, count: m)
        var above = [Int](repeating: 0, count: m)
        var runningAtLeast = 0
        var runningAbove = 0
        for i in 0..<m {
            runningAtLeast += reachedAtLeast[i]
            runningAbove += reachedAbove[i]
            atLeast[i] = runningAtLeast
            above[i] = runningAbove
        }
        return (atLeast, above, present)
    }

    /// An integer that orders non-NaN floats as `<` does (with `-0` equal to `+0`): the IEEE bit
    /// pattern, with the magnitude bits of negative values flipped.
    @inline(__always)
    static func orderKey(_ value: Float) -> Int64 {
        let bits = Int32(bitPattern: (value + 0).bitPattern)
        return Int64(bits ^ ((bits &>> 31) & 0x7FFF_FFFF))
    }

    /// Replaces every NaN score by `-infinity`, so a model's undefined score ranks last instead of
    /// being mistaken for an excluded item.
    static func replaceNaNWithNegativeInfinity(in values: UnsafeMutableBufferPointer<Float>) {
        guard let base = values.baseAddress else { return }
        let raw = UnsafeMutableRawPointer(base)
        let floor = SIMD16<Float>(repeating: -.infinity)
        var index = 0
        let count = values.count
        while index &+ 16 <= count {
            let v = raw.loadUnaligned(fromByteOffset: index &* 4, as: SIMD16<Float>.self)
            raw.storeBytes(of: v.replacing(with: floor, where: v .!= v), toByteOffset: index &* 4, as: SIMD16<Float>.self)
            index &+= 16
        }
        while index < count {
            if base[index].isNaN { base[index] = -.infinity }
            index &+= 1
        }
    }
}
