import Testing
@testable import RecShieldCore

@Suite struct PopularityBaselineTests {
    // Item interaction counts: i0 3, i1 3, i2 2, i3 2 (NeighborhoodFixtures.binary).
    @Test func scoresAreTheItemsInteractionCounts() {
        let model = PopularityBaseline(interactions: NeighborhoodFixtures.binary)
        #expect(model.interactionCounts == [3, 3, 2, 2])
        #expect(model.scores(for: 0) == [3, 3, 2, 2])
        #expect(model.scores(for: 3) == model.scores(for: 0))
        #expect(model.score(user: 2, item: 3) == 2)
    }

    @Test func recommendsByPopularitySkippingSeenItemsWithTiesToTheLowerIndex() {
        let train = NeighborhoodFixtures.matrix([[1, nil, nil, 1, nil], [1, 1, nil, 1, nil], [nil, 1, 1, 1, nil]])
        let model = PopularityBaseline(interactions: train)
        // Counts (2, 2, 1, 3, 0): order i3, i0, i1, i2, i4.
        #expect(model.recommendations(for: 0, count: 5).map(\.item) == [3, 0, 1, 2, 4])
        #expect(model.recommendations(for: 0, count: 2, excluding: train).map(\.item) == [1, 2])
        #expect(model.recommendations(for: 2, count: 3, excluding: train).map(\.item) == [0, 4])
    }

    @Test func countsTheInteractionsOfADataSet() {
        let data = TinyDataset.pairs([("a", "x"), ("b", "x"), ("b", "y"), ("c", "x")])
        let model = PopularityBaseline(training: data)
        #expect(model.userCount == 3 && model.itemCount == 2)
        #expect(model.interactionCounts == [3, 1])
        #expect(model.interactionCounts == PopularityBaseline(interactions: data.byUser()).interactionCounts)
        #expect(model.userIDs == data.userIDs && model.itemIDs == data.itemIDs)
    }
}
