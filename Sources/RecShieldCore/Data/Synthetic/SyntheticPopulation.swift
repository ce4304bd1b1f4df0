#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The user side of the synthetic ground truth: tastes that drift, biases, activity windows and
/// how many interactions each user gets (formulas in ``SyntheticDataGenerator``).
struct SyntheticPopulation: Sendable {
    let factorCount: Int
    /// Tastes at time 0, row-major `userCount × factorCount`.
    let initialTastes: [Double]
    /// Tastes drifted towards, row-major `userCount × factorCount`.
    let driftTargets: [Double]
    let biases: [Double]
    let windowStarts: [Double]
    let windowEnds: [Double]
    let interactionCounts: [Int]

    init(_ configuration: SyntheticDataConfiguration, using generator: inout Xoshiro256StarStar) {
        let f = configuration.factorCount
        let userCount = configuration.userCount
        let scale = 1 / Double(f).squareRoot().squareRoot()
        factorCount = f
        initialTastes = (0..<(userCount * f)).map { _ in generator.nextGaussian() * scale }
        driftTargets = (0..<(userCount * f)).map { _ in generator.nextGaussian() * scale }
        biases = (0..<userCount).map { _ in generator.nextGaussian() * 0.3 }
        let starts = (0..<userCount).map { _ in 0.8 * generator.nextUnitDouble() }
        windowStarts = starts
        windowEnds = starts.map { start in start + 0.2 + (0.8 - start) * generator.nextUnitDouble() }

        let activity = CumulativeDistribution(weights: (0..<userCount).map { _ in exp(generator.nextGaussian()) })
        var counts = [Int](repeating: configuration.minimumInteractionsPerUser, count: userCount)
        for _ in 0..<(configuration.interactionCount - userCount * configuration.minimumInteractionsPerUser) {
            var user = activity.sample(using: &generator)
            while counts[user] == configuration.itemCount { user = (user + 1) % userCount }
            counts[user] += 1
        }
        interactionCounts = counts
    }

    /// The taste of `user` at time `time` ∈ [0, 1).
    func taste(ofUser user: Int, at time: Double, driftRate: Double) -> [Double] {
        let weight = driftRate * time
        let norm = ((1 - weight) * (1 - weight) + weight * weight).squareRoot()
        return (0..<factorCount).map { k in
            ((1 - weight) * initialTastes[user * factorCount + k] + weight * driftTargets[user * factorCount + k]) / norm
        }
    }
}
