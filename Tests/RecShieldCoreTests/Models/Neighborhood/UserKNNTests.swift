import Numerics
import Testing
@testable import RecShieldCore

@Suite struct UserKNNTests {
    typealias Fixtures = NeighborhoodFixtures

    @Test func similaritiesMatchHandComputation() throws {
        // Cosine of the user rows of NeighborhoodFixtures.ratings:
        //   u0 = (5,5,2) ‖·‖² = 54, u1 = (2,2,5) ‖·‖² = 33, u2 = (4,0,2) ‖·‖² = 20
        //   s(u0,u1) = (10+10+10)/√(54·33) = 30/42.214 = 0.710669
        //   s(u0,u2) = (20+0+4)/√(54·20)   = 24/32.863 = 0.730297
        //   s(u1,u2) = (8+0+10)/√(33·20)   = 18/25.690 = 0.700649
        let cosine = try UserKNN(interactions: Fixtures.ratings, configuration: Fixtures.configuration(.explicit))
        SimilarityGraphTests.expectClose(cosine.neighbors.value(row: 0, column: 1), 0.710669)
        SimilarityGraphTests.expectClose(cosine.neighbors.value(row: 0, column: 2), 0.730297)
        SimilarityGraphTests.expectClose(cosine.neighbors.value(row: 2, column: 1), 0.700649)
        // Pearson-style centring by each user's own mean (4, 3, 3):
        //   u0 = (1,1,-2), u1 = (-1,-1,2), u2 = (1,·,-1); norms √6, √6, √2
        //   s(u0,u1) = (-1-1-4)/6 = -1 (dropped), s(u0,u2) = (1+0+2)/√12 = 0.866025,
        //   s(u1,u2) = (-1+0-2)/√12 = -0.866025 (dropped)
        let adjusted = try UserKNN(interactions: Fixtures.ratings, configuration: Fixtures.configuration(.explicit, .adjustedCosine))
        #expect(adjusted.neighbors.entryCount == 2)
        SimilarityGraphTests.expectClose(adjusted.neighbors.value(row: 0, column: 2), 0.866025)
        SimilarityGraphTests.expectClose(adjusted.neighbors.value(row: 2, column: 0), 0.866025)
    }

    @Test func explicitPredictionIsTheMeanCentredWeightedAverage() throws {
        // Adjusted: N(u2) = {u0: .866}, N(u1) = {}. User means r̄ = (4, 3, 3).
        // r̂(u2,i1) = r̄_u2 + s·(r_u0,i1 − r̄_u0)/|s| = 3 + (5 − 4) = 4
        // r̂(u1,i0) = r̄_u1 = 3 (no neighbours)
        let adjusted = try UserKNN(interactions: Fixtures.ratings, configuration: Fixtures.configuration(.explicit, .adjustedCosine))
        #expect(adjusted.score(user: 2, item: 1).isApproximatelyEqual(to: 4, absoluteTolerance: 1e-5))
        #expect(adjusted.score(user: 1, item: 0) == 3)
        // Cosine, k = 2: N(u2) = {u0: .730297, u1: .700649}; both rated i1 (5 and 2):
        // r̂(u2,i1) = 3 + (.730297·(5 − 4) + .700649·(2 − 3)) / (.730297 + .700649)
        //          = 3 + .029648 / 1.430946 = 3.020719
        let cosine = try UserKNN(interactions: Fixtures.ratings, configuration: Fixtures.configuration(.explicit, neighbors: 2))
        #expect(cosine.score(user: 2, item: 1).isApproximatelyEqual(to: 3.020719, absoluteTolerance: 1e-5))
    }

    @Test func implicitScoreSumsTheNeighboursThatHaveTheItem() throws {
        // User cosines of the binary fixture (|I_u| = 2, 3, 3, 2):
        //   s(u3,u0) = 1/√4 = .5, s(u3,u1) = 1/√6 = .408, s(u3,u2) = 1/√6 = .408
        // k = 2: N(u3) = {u0, u1} (u1 beats u2 on the tie).
        //   score(u3,i1) = s30 + s31 = .5 + .408248 (both have i1)
        //   score(u3,i2) = s31 = .408248; score(u3,i3) = 0 (neither has i3)
        let model = try UserKNN(interactions: Fixtures.binary, configuration: Fixtures.configuration(.implicit, neighbors: 2))
        #expect(Array(model.neighbors.columns(ofRow: 3)) == [0, 1])
        let scores = model.scores(for: 3)
        let third = 1 / 6.0.squareRoot()
        for (item, expected) in [0.5 + third, 0.5 + third, third, 0].enumerated() {
            #expect(Double(scores[item]).isApproximatelyEqual(to: expected, absoluteTolerance: 1e-6), "item \(item)")
        }
    }

    @Test(arguments: NeighborhoodConfiguration.Feedback.allCases)
    func singlePairScoresEqualTheRowScores(feedback: NeighborhoodConfiguration.Feedback) throws {
        let data = Fixtures.random(users: 15, items: 20, density: 0.3, seed: 12)
        let model = try UserKNN(interactions: data, configuration: Fixtures.configuration(feedback, neighbors: 4))
        for user in 0..<15 {
            let row = model.scores(for: user)
            for item in 0..<20 { #expect(row[item] == model.score(user: user, item: item), "(\(user), \(item))") }
        }
    }

    @Test func recoversTheWithheldItemOfACheckerboard() throws {
        let (train, withheld) = Fixtures.checkerboard()
        let model = try UserKNN(interactions: train, configuration: Fixtures.configuration(.implicit, neighbors: 5))
        for user in 0..<train.rowCount {
            #expect(model.recommendations(for: user, count: 1, excluding: train).map(\.item) == [withheld[user]])
        }
    }

    @Test func modelDoesNotDependOnThreadCount() throws {
        let data = Fixtures.random(users: 40, items: 30, density: 0.25, seed: 4)
        var configuration = Fixtures.configuration(.explicit, .adjustedCosine, neighbors: 6, shrinkage: 3)
        let single = try UserKNN(interactions: data, configuration: configuration)
        configuration.threads = 3
        let parallel = try UserKNN(interactions: data, configuration: configuration)
        #expect(parallel.neighbors == single.neighbors)
        #expect(parallel.scores(for: 7) == single.scores(for: 7))
    }

    @Test func rejectsRatedItemLists() throws {
        var configuration = Fixtures.configuration(.implicit)
        configuration.neighborLists = .ratedItems
        #expect(throws: NeighborhoodConfiguration.ConfigurationError.invalidSetting(
            name: "neighbor_lists", value: "rated_items",
            requirement: "scored-item lists for UserKNN (rated-item lists are an ItemKNN setting)")) {
            try UserKNN(interactions: Fixtures.binary, configuration: configuration)
        }
    }
}
