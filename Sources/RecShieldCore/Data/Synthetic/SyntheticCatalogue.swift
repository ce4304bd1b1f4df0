#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The item side of the synthetic ground truth: latent factors, biases, Zipf popularity, genres
/// and titles (formulas in ``SyntheticDataGenerator``).
struct SyntheticCatalogue: Sendable {
    /// MovieLens genre names, used for the first genres.
    static let genreNames = [
        "Action", "Adventure", "Animation", "Children", "Comedy", "Crime", "Documentary", "Drama", "Fantasy",
        "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War", "Western",
    ]
    private static let adjectives = [
        "Silent", "Crimson", "Lost", "Midnight", "Golden", "Broken", "Hidden", "Electric", "Frozen", "Wild",
        "Last", "Secret", "Distant", "Burning", "Quiet", "Iron",
    ]
    private static let nouns = [
        "Harbor", "Empire", "Garden", "Signal", "Voyage", "Promise", "Machine", "Kingdom", "River", "Witness",
        "Summer", "Frontier", "Letter", "Island", "Station", "Orchard",
    ]

    let factorCount: Int
    /// Item factors, row-major `itemCount × factorCount`.
    let factors: [Double]
    let biases: [Double]
    let popularity: CumulativeDistribution
    /// Each item's genre names, in genre order.
    let genres: [[String]]
    let titles: [String]

    init(_ configuration: SyntheticDataConfiguration, using generator: inout Xoshiro256StarStar) {
        let f = configuration.factorCount
        let itemCount = configuration.itemCount
        let scale = 1 / Double(f).squareRoot().squareRoot()
        let itemFactors = (0..<(itemCount * f)).map { _ in generator.nextGaussian() * scale }
        factorCount = f
        factors = itemFactors
        biases = (0..<itemCount).map { _ in generator.nextGaussian() * 0.3 }

        var ranks = Array(0..<itemCount)
        ranks.fisherYatesShuffle(using: &generator)
        var weights = [Double](repeating: 0, count: itemCount)
        for (rank, item) in ranks.enumerated() {
            weights[item] = pow(Double(rank + 1), -configuration.popularityExponent)
        }
        popularity = CumulativeDistribution(weights: weights)

        let directions = (0..<configuration.genreCount).map { _ in Self.unitVector(f, using: &generator) }
        let names = (0..<configuration.genreCount).map {
            $0 < Self.genreNames.count ? Self.genreNames[$0] : "Genre-\($0 + 1)"
        }
        var genres: [[String]] = []
        genres.reserveCapacity(itemCount)
        for item in 0..<itemCount {
            let draw = generator.nextUnitDouble()
            let wanted = min(draw < 0.45 ? 1 : (draw < 0.8 ? 2 : 3), configuration.genreCount)
            let scores = directions.map { direction in
                (0..<f).reduce(0.0) { $0 + direction[$1] * itemFactors[item * f + $1] } + 0.25 * generator.nextGaussian()
            }
            let chosen = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
            genres.append(chosen.prefix(wanted).sorted().map { names[$0] })
        }
        self.genres = genres
        titles = (0..<itemCount).map { _ in Self.title(using: &generator) }
    }

    /// The affinity `p·q_i` of a taste vector for `item`.
    func affinity(_ taste: [Double], item: Int) -> Double {
        var sum = 0.0
        for k in 0..<factorCount { sum += taste[k] * factors[item * factorCount + k] }
        return sum
    }

    /// A title such as `Silent Harbor (1994)` or, MovieLens style, `Harbor, The (1994)`.
    private static func title(using generator: inout Xoshiro256StarStar) -> String {
        let adjective = adjectives[generator.nextIndex(below: adjectives.count)]
        let noun = nouns[generator.nextIndex(below: nouns.count)]
        let year = 1950 + generator.nextIndex(below: 70)
        switch generator.nextIndex(below: 4) {
        case 0: return "\(noun), The (\(year))"
        case 1: return "\(adjective) \(noun), A (\(year))"
        default: return "\(adjective) \(noun) (\(year))"
        }
    }

    private static func unitVector(_ dimension: Int, using generator: inout Xoshiro256StarStar) -> [Double] {
        while true {
            let vector = (0..<dimension).map { _ in generator.nextGaussian() }
            let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 1e-12 { return vector.map { $0 / norm } }
        }
    }
}
