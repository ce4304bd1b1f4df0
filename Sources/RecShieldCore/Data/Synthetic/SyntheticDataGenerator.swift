#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Generates MovieLens-like rated, timestamped interactions from a latent-factor ground truth
/// with Zipf popularity, genres and drifting tastes.
///
/// Ground truth (`f` factors, `s` popularity exponent, `ρ` drift rate, `τ ∈ [0, 1)` the time
/// within the span):
///
/// ```
/// q_i ~ N(0, 1/√f)ᶠ,  b_i ~ N(0, 0.3²)        item factors and bias
/// weight(i) = (rank(i) + 1)^(−s)               rank = a seeded random permutation of the items
/// genres(i) = the n_i genres k with the largest q_i·g_k + N(0, 0.25²)
///             g_k a random unit direction, n_i ∈ {1, 2, 3} with probabilities 0.45, 0.35, 0.2
/// p_u, d_u ~ N(0, 1/√f)ᶠ,  b_u ~ N(0, 0.3²)   start taste, drift target, user bias
/// p_u(τ) = ((1 − w)·p_u + w·d_u) / √((1 − w)² + w²),  w = ρτ
/// active window [s_u, e_u]: s_u ~ U(0, 0.8), e_u ~ U(s_u + 0.2, 1)
/// n_u = minimum + draws of the remaining interactions ∝ exp(N(0, 1))   (log-normal activity)
/// ```
///
/// Factor variance `1/√f` keeps `p·q` at unit variance whatever `f` is; the drift denominator
/// keeps tastes equally sharp while they turn. Each user's interactions are spread uniformly over
/// the user's window and made in time order; at time `τ` the user picks one item and rates it:
///
/// ```
/// candidates c₁…c₁₀ ~ weight (drawn again when already chosen by this user)
/// pick = argmax_c 3·p_u(τ)·q_c + Gumbel            (a softmax choice among the candidates)
/// r = nearest on the scale to 3.15 + b_u + b_i + 0.6·p_u(τ)·q_pick + N(0, noise²)
/// ```
///
/// So popular items are seen more often, users choose what suits their current taste, genres
/// follow the factors (a user whose taste points towards `g_k` favours genre `k`), and with a drift
/// rate above zero later interactions follow the drifted taste. Each (user, item) pair occurs at
/// most once; a user never gets more interactions than there are items (a draw that hits a full
/// user goes to the next user with room). Interactions are ordered by user, then by time.
///
/// Every user draws from its own stream `Xoshiro256StarStar(seed:stream:)`, so the result is
/// identical for every thread count; the same seed and configuration give the same data set on
/// the same platform (`log`, `cos`, `exp` and `pow` come from the platform's C library).
///
/// References:
/// - Koren, Bell & Volinsky, "Matrix factorization techniques for recommender systems",
///   IEEE Computer 2009 (biased latent-factor ratings).
/// - Koren, "Collaborative filtering with temporal dynamics", KDD 2009 (drifting user factors).
/// - Maddison, Tarlow & Minka, "A* Sampling", NeurIPS 2014 (the Gumbel-max trick).
public struct SyntheticDataGenerator: Sendable {
    /// Candidates drawn by popularity for each choice.
    static let candidateCount = 10
    /// How strongly taste drives the choice among candidates.
    static let choiceSharpness = 3.0
    /// The rating of an average user and item at zero affinity.
    static let ratingIntercept = 3.15
    /// The weight of taste affinity in ratings.
    static let ratingAffinityWeight = 0.6

    /// The validated configuration.
    public let configuration: SyntheticDataConfiguration

    /// Creates a generator.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for an invalid configuration.
    public init(configuration: SyntheticDataConfiguration = SyntheticDataConfiguration()) throws {
        try configuration.validate()
        self.configuration = configuration
    }

    /// Generates the data set.
    /// - Parameter threads: worker threads for the per-user generation; the result is the same for
    ///   every thread count.
    /// - Complexity: O(interactions · factors) plus O(users · factors + items · genres · factors).
    public func generate(threads: Int = 1) -> SyntheticDataset {
        let (catalogue, population) = groundTruth()

        var offsets = [0]
        for count in population.interactionCounts { offsets.append(offsets[offsets.count - 1] + count) }
        let total = configuration.interactionCount
        var users = [Int32](repeating: 0, count: total)
        var items = [Int32](repeating: 0, count: total)
        var ratings = [Float](repeating: 0, count: total)
        var timestamps = [Int64](repeating: 0, count: total)
        users.withUnsafeMutableBufferPointer { users in
            items.withUnsafeMutableBufferPointer { items in
                ratings.withUnsafeMutableBufferPointer { ratings in
                    timestamps.withUnsafeMutableBufferPointer { timestamps in
                        ParallelLoop.forEachChunk(count: configuration.userCount, threads: threads) { _, range in
                            for user in range {
                                let events = interactions(ofUser: user, catalogue: catalogue, population: population)
                                for (j, event) in events.enumerated() {
                                    let slot = offsets[user] + j
                                    users[slot] = Int32(user)
                                    items[slot] = Int32(event.item)
                                    ratings[slot] = event.rating
                                    timestamps[slot] = event.timestamp
                                }
                            }
                        }
                    }
                }
            }
        }
        var userIDs = IDMap()
        for user in 1...configuration.userCount { userIDs.insert(String(user)) }
        var itemIDs = IDMap()
        for item in 1...configuration.itemCount { itemIDs.insert(String(item)) }
        return SyntheticDataset(
            interactions: InteractionDataset(
                userIDs: userIDs, itemIDs: itemIDs, users: users, items: items,
                ratings: ratings, timestamps: timestamps),
            categories: ItemCategories(categoriesByItem: catalogue.genres),
            titles: catalogue.titles)
    }

    /// The item and user sides of the ground truth, each from its own stream.
    func groundTruth() -> (SyntheticCatalogue, SyntheticPopulation) {
        var itemGenerator = Xoshiro256StarStar(seed: configuration.seed, stream: 1)
        var userGenerator = Xoshiro256StarStar(seed: configuration.seed, stream: 2)
        return (
            SyntheticCatalogue(configuration, using: &itemGenerator),
            SyntheticPopulation(configuration, using: &userGenerator)
        )
    }

    /// One user's interactions in time order.
    private func interactions(
        ofUser user: Int, catalogue: SyntheticCatalogue, population: SyntheticPopulation
    ) -> [(item: Int, rating: Float, timestamp: Int64)] {
        var generator = Xoshiro256StarStar(seed: configuration.seed, stream: (1 << 32) + UInt64(user))
        let start = population.windowStarts[user]
        let width = population.windowEnds[user] - start
        let times = (0..<population.interactionCounts[user])
            .map { _ in start + width * generator.nextUnitDouble() }
            .sorted()
        var chosen = Set<Int>()
        return times.map { time in
            let taste = population.taste(ofUser: user, at: time, driftRate: configuration.driftRate)
            let item = choice(for: taste, excluding: chosen, catalogue: catalogue, using: &generator)
            chosen.insert(item)
            let score = Self.ratingIntercept + population.biases[user] + catalogue.biases[item]
                + Self.ratingAffinityWeight * catalogue.affinity(taste, item: item)
                + configuration.ratingNoise * generator.nextGaussian()
            let offset = min(Int64(time * Double(configuration.timeSpan)), configuration.timeSpan - 1)
            return (item, configuration.ratingScale.nearest(to: score), configuration.startTimestamp + offset)
        }
    }

    /// The item picked among popularity-drawn candidates by a Gumbel-max softmax over taste;
    /// falls back to a uniform scan for an unchosen item when popular items are used up.
    private func choice(
        for taste: [Double], excluding chosen: Set<Int>, catalogue: SyntheticCatalogue,
        using generator: inout Xoshiro256StarStar
    ) -> Int {
        for _ in 0..<8 {
            var best = -1
            var bestScore = -Double.infinity
            for _ in 0..<Self.candidateCount {
                let candidate = catalogue.popularity.sample(using: &generator)
                guard !chosen.contains(candidate) else { continue }
                var uniform = generator.nextUnitDouble()
                while uniform == 0 { uniform = generator.nextUnitDouble() }
                let score = Self.choiceSharpness * catalogue.affinity(taste, item: candidate) - log(-log(uniform))
                if score > bestScore {
                    best = candidate
                    bestScore = score
                }
            }
            if best >= 0 { return best }
        }
        let itemCount = configuration.itemCount
        var item = generator.nextIndex(below: itemCount)
        while chosen.contains(item) { item = (item + 1) % itemCount }
        return item
    }
}
