import Numerics
import Testing
@testable import RecShieldCore

@Suite struct ItemKNNTests {
    typealias Fixtures = NeighborhoodFixtures

    @Test func adjustedCosineCentresByTheUsersMean() throws {
        // User means 4, 3, 3 → centred ratings (x = r − r̄_u):
        //       i0  i1  i2
        // u0:    1   1  -2
        // u1:   -1  -1   2
        // u2:    1   .  -1
        // i0 = (1,-1,1), i1 = (1,-1,0), i2 = (-2,2,-1); ‖i0‖ = √3, ‖i1‖ = √2, ‖i2‖ = 3
        // s(i0,i1) = (1 + 1 + 0)/√6      =  0.816497 (kept)
        // s(i0,i2) = (-2 - 2 - 1)/(3√3)  = -0.962250 (dropped: not positive)
        // s(i1,i2) = (-2 - 2 + 0)/(3√2)  = -0.942809 (dropped)
        let model = try ItemKNN(interactions: Fixtures.ratings, configuration: Fixtures.configuration(.explicit, .adjustedCosine))
        #expect(model.neighbors.entryCount == 2)
        SimilarityGraphTests.expectClose(model.neighbors.value(row: 0, column: 1), 0.816497)
        #expect(model.neighbors.value(row: 1, column: 0) == model.neighbors.value(row: 0, column: 1))
        #expect(model.neighbors.count(ofRow: 2) == 0)
    }

    @Test func explicitPredictionIsTheMeanCentredWeightedAverage() throws {
        // Adjusted cosine: N(i1) = {i0: .816}, N(i0) = {i1: .816}, N(i2) = {}.
        // Item means r̄ = (11/3, 3.5, 3).
        // r̂(u2,i1) = r̄_i1 + s·(r_u2,i0 − r̄_i0)/|s| = 3.5 + (4 − 11/3)  = 3.833333
        // r̂(u0,i0) = r̄_i0 + (r_u0,i1 − r̄_i1)       = 11/3 + (5 − 3.5) = 5.166667
        // r̂(u2,i2) = r̄_i2 = 3 (no neighbour of i2 is rated by u2)
        let adjusted = try ItemKNN(interactions: Fixtures.ratings, configuration: Fixtures.configuration(.explicit, .adjustedCosine))
        #expect(adjusted.score(user: 2, item: 1).isApproximatelyEqual(to: 3.833333, absoluteTolerance: 1e-5))
        #expect(adjusted.score(user: 0, item: 0).isApproximatelyEqual(to: 5.166667, absoluteTolerance: 1e-5))
        #expect(adjusted.score(user: 2, item: 2) == 3)
        // Cosine, k = 2: N(i1) = {i0: .802773, i2: .646508}; u2 rated i0 = 4 and i2 = 2:
        // r̂(u2,i1) = 3.5 + (.802773·(4 − 11/3) + .646508·(2 − 3)) / (.802773 + .646508)
        //          = 3.5 + (.267591 − .646508) / 1.449281 = 3.5 − .261452 = 3.238548
        let cosine = try ItemKNN(interactions: Fixtures.ratings, configuration: Fixtures.configuration(.explicit, neighbors: 2))
        #expect(cosine.score(user: 2, item: 1).isApproximatelyEqual(to: 3.238548, absoluteTolerance: 1e-5))
        #expect(cosine.scores(for: 2)[1] == cosine.score(user: 2, item: 1))
    }

    @Test func implicitScoreSumsSimilaritiesWithinTheItemsOwnTopK() throws {
        // k = 2 lists of the binary fixture (see SimilarityGraphTests):
        //   N(i0) = {i1, i2}, N(i1) = {i0: .667, i2}, N(i2) = {i1, i3: .5}, N(i3) = {i0: .408, i2}
        // u3 has I = {i0, i3}:
        //   score(u3,i0) = 0 (neither i0 nor i3 is in N(i0))
        //   score(u3,i1) = s(i1,i0) = 2/3
        //   score(u3,i2) = s(i2,i3) = 1/2
        //   score(u3,i3) = s(i3,i0) = 1/√6
        let model = try ItemKNN(interactions: Fixtures.binary, configuration: Fixtures.configuration(.implicit, neighbors: 2))
        let scores = model.scores(for: 3)
        let expected: [Double] = [0, 2.0 / 3, 0.5, 1 / 6.0.squareRoot()]
        for (item, expected) in expected.enumerated() {
            #expect(Double(scores[item]).isApproximatelyEqual(to: expected, absoluteTolerance: 1e-6), "item \(item)")
        }
        #expect(model.recommendations(for: 3, count: 5, excluding: Fixtures.binary).map(\.item) == [1, 2])
    }

    @Test func ratedItemListsSumTheSimilaritiesOfTheItemsThatListTheCandidate() throws {
        // Deshpande & Karypis: each of u3's items {i0, i3} votes for its own k = 2 nearest items,
        //   N(i0) = {i1: 2/3, i2: 1/√6}, N(i3) = {i0: 1/√6, i2: 1/2}:
        //   score(u3,i0) = s(i3,i0) = 1/√6
        //   score(u3,i1) = s(i0,i1) = 2/3
        //   score(u3,i2) = s(i0,i2) + s(i3,i2) = 1/√6 + 1/2 = 0.908248
        //   score(u3,i3) = 0 (i3 is in neither list)
        // i2 now outranks i1 (with scored-item lists it trails it: 1/2 < 2/3).
        var configuration = Fixtures.configuration(.implicit, neighbors: 2)
        configuration.neighborLists = .ratedItems
        let model = try ItemKNN(interactions: Fixtures.binary, configuration: configuration)
        let scores = model.scores(for: 3)
        let expected: [Double] = [1 / 6.0.squareRoot(), 2.0 / 3, 1 / 6.0.squareRoot() + 0.5, 0]
        for (item, expected) in expected.enumerated() {
            #expect(Double(scores[item]).isApproximatelyEqual(to: expected, absoluteTolerance: 1e-6), "item \(item)")
        }
        #expect(model.recommendations(for: 3, count: 5, excluding: Fixtures.binary).map(\.item) == [2, 1])
        // The lists themselves do not depend on the setting.
        let scoredItemLists = try ItemKNN(interactions: Fixtures.binary, configuration: Fixtures.configuration(.implicit, neighbors: 2))
        #expect(model.neighbors == scoredItemLists.neighbors)
    }

    @Test(arguments: NeighborhoodConfiguration.Feedback.allCases, NeighborhoodConfiguration.NeighborLists.allCases)
    func singlePairScoresEqualTheRowScores(
        feedback: NeighborhoodConfiguration.Feedback, lists: NeighborhoodConfiguration.NeighborLists
    ) throws {
        let data = Fixtures.random(users: 20, items: 15, density: 0.3, seed: 11)
        var configuration = Fixtures.configuration(feedback, neighbors: 4)
        configuration.neighborLists = lists
        let model = try ItemKNN(interactions: data, configuration: configuration)
        for user in 0..<20 {
            let row = model.scores(for: user)
            for item in 0..<15 { #expect(row[item] == model.score(user: user, item: item), "(\(user), \(item))") }
        }
    }

    @Test func recoversTheWithheldItemOfACheckerboard() throws {
        let (train, withheld) = Fixtures.checkerboard()
        let model = try ItemKNN(interactions: train, configuration: Fixtures.configuration(.implicit, neighbors: 5))
        for user in 0..<train.rowCount {
            #expect(model.recommendations(for: user, count: 1, excluding: train).map(\.item) == [withheld[user]])
        }
    }

    @Test func buildsTheSameModelFromADataSet() throws {
        let data = TinyDataset.random(users: 8, items: 10, count: 30, seed: 2)
        for (configuration, matrix) in [
            (Fixtures.configuration(.implicit), data.implicit().byUser()),
            (Fixtures.configuration(.explicit, .adjustedCosine), data.byUser()),
        ] {
            let fromData = try ItemKNN(training: data, configuration: configuration)
            let fromMatrix = try ItemKNN(interactions: matrix, configuration: configuration)
            #expect(fromData.interactions == fromMatrix.interactions && fromData.neighbors == fromMatrix.neighbors)
            #expect(fromData.means == fromMatrix.means)
            // The data set's raw IDs come along; a bare matrix gets positional ones.
            #expect(fromData.userIDs == data.userIDs && fromData.itemIDs == data.itemIDs)
            #expect(fromMatrix.itemIDs.rawIDs == (0..<10).map(String.init))
        }
    }

    @Test func rejectsSettingsThatCannotWork() throws {
        #expect(throws: NeighborhoodConfiguration.ConfigurationError.invalidSetting(
            name: "similarity", value: "adjusted_cosine",
            requirement: "cosine for implicit feedback (mean-centring binary data leaves only zeros)")) {
            try ItemKNN(interactions: Fixtures.binary, configuration: Fixtures.configuration(.implicit, .adjustedCosine))
        }
        #expect(throws: NeighborhoodConfiguration.ConfigurationError.self) {
            try ItemKNN(interactions: Fixtures.binary, configuration: Fixtures.configuration(.implicit, neighbors: 0))
        }
        let unrated = TinyDataset.pairs([("a", "x"), ("b", "y")])
        #expect(throws: DataError.invalidParameter(
            name: "feedback", value: "explicit", expected: "implicit for a data set without ratings")) {
            try ItemKNN(training: unrated, configuration: Fixtures.configuration(.explicit))
        }
    }
}
