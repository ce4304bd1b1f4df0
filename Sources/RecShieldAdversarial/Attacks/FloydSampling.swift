import RecShieldCore

/// Uniform samples without repeats in O(count) draws, whatever the population size.
///
/// ```
/// S = ∅
/// for j in (n − m)..<n:  t = uniform(0...j);  S ∪= (t ∈ S ? j : t)
/// ```
///
/// Every `m`-subset of `0..<n` is equally likely.
///
/// References:
/// - Bentley & Floyd, "Programming pearls: a sample of brilliance", CACM 30(9), 1987.
enum FloydSampling {
    /// `count` distinct indices below `bound`, ascending.
    /// - Precondition: `0 <= count <= bound`.
    static func indices(_ count: Int, below bound: Int, using generator: inout Xoshiro256StarStar) -> [Int] {
        precondition(count >= 0 && count <= bound, "cannot sample more elements than the population holds")
        var chosen = Set<Int>(minimumCapacity: count)
        for upper in (bound - count)..<bound {
            let candidate = generator.nextIndex(below: upper + 1)
            chosen.insert(chosen.contains(candidate) ? upper : candidate)
        }
        return chosen.sorted()
    }
}
