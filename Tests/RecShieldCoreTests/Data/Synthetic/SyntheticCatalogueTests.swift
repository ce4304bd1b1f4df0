import Testing
@testable import RecShieldCore

@Suite struct SyntheticCatalogueTests {
    /// Items that share a genre point in more similar factor directions than items that share none.
    @Test func genresFollowTheLatentFactors() throws {
        let configuration = SyntheticDataConfiguration(itemCount: 300, genreCount: 6)
        var generator = Xoshiro256StarStar(seed: 5)
        let catalogue = SyntheticCatalogue(configuration, using: &generator)
        let f = catalogue.factorCount
        func cosine(_ a: Int, _ b: Int) -> Double {
            var dot = 0.0, normA = 0.0, normB = 0.0
            for k in 0..<f {
                let x = catalogue.factors[a * f + k], y = catalogue.factors[b * f + k]
                dot += x * y
                normA += x * x
                normB += y * y
            }
            return dot / (normA * normB).squareRoot()
        }
        var shared: [Double] = []
        var disjoint: [Double] = []
        for a in 0..<300 {
            for b in (a + 1)..<300 {
                let common = !Set(catalogue.genres[a]).isDisjoint(with: catalogue.genres[b])
                if common { shared.append(cosine(a, b)) } else { disjoint.append(cosine(a, b)) }
            }
        }
        let sharedMean = shared.reduce(0, +) / Double(shared.count)
        let disjointMean = disjoint.reduce(0, +) / Double(disjoint.count)
        #expect(sharedMean > disjointMean + 0.1)
    }

    @Test func namesBeyondTheMovieLensListAreNumbered() {
        let configuration = SyntheticDataConfiguration(itemCount: 400, genreCount: 20)
        var generator = Xoshiro256StarStar(seed: 5)
        let names = Set(SyntheticCatalogue(configuration, using: &generator).genres.joined())
        #expect(names.isSubset(of: SyntheticCatalogue.genreNames + ["Genre-19", "Genre-20"]))
        #expect(names.contains("Genre-19") || names.contains("Genre-20"))
    }
}
