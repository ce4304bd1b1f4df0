import Numerics
import RecShieldCore
import Testing

@Suite struct ItemMeanBaselineTests {
    /// Ratings a→x 4, a→y 2, b→x 5, c→y 1 (mean 3); item z is never rated.
    static let data = InteractionDataset(
        userIDs: (try? IDMap(rawIDs: ["a", "b", "c"])) ?? IDMap(), itemIDs: (try? IDMap(rawIDs: ["x", "y", "z"])) ?? IDMap(),
        users: [0, 0, 1, 2], items: [0, 1, 0, 1], ratings: [4, 2, 5, 1])

    @Test func scoresAreDampedItemMeans() throws {
        let model = try ItemMeanBaseline(training: Self.data, damping: 2)
        // x: (4 + 5 + 2·3) / (2 + 2) = 3.75; y: (2 + 1 + 6) / 4 = 2.25; z: (0 + 6) / 2 = 3.
        #expect(model.scores(for: 0) == [3.75, 2.25, 3])
        #expect(model.score(user: 2, item: 0) == 3.75)
        let undamped = try ItemMeanBaseline(training: Self.data, damping: 0)
        // Without damping an unrated item falls back to the global mean.
        #expect(undamped.scores(for: 1) == [4.5, 1.5, 3])
    }

    @Test func recommendationsSkipRatedItems() throws {
        let model = try ItemMeanBaseline(training: Self.data, damping: 2)
        #expect(model.recommendations(for: 0, count: 2, excluding: Self.data.byUser()).map(\.item) == [2])
        #expect(model.recommendations(for: 2, count: 2, excluding: Self.data.byUser()).map(\.item) == [0, 2])
    }

    @Test func implicitDataAndBadDampingAreRejected() {
        #expect(throws: DataError.self) { try ItemMeanBaseline(training: Self.data.implicit()) }
        #expect(throws: DataError.self) { try ItemMeanBaseline(training: Self.data, damping: -1) }
    }
}
