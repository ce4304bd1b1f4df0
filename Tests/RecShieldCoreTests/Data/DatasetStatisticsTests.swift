import Foundation
import Numerics
import Testing
@testable import RecShieldCore

@Suite struct DatasetStatisticsTests {
    /// Users a, b, c; items x (3 interactions), y (2), z (1); ratings 1, 2, 2, 4, 5, 5.
    static let tiny: InteractionDataset = {
        var users = IDMap()
        var items = IDMap()
        for raw in ["a", "b", "c", "unused"] { users.insert(raw) }
        for raw in ["x", "y", "z"] { items.insert(raw) }
        return InteractionDataset(
            userIDs: users, itemIDs: items,
            users: [0, 0, 0, 1, 1, 2], items: [0, 1, 2, 0, 1, 0],
            ratings: [1, 2, 2, 4, 5, 5], timestamps: [50, 10, 90, 20, 30, 40])
    }()

    @Test func countsDensityAndSummaries() {
        let stats = DatasetStatistics(Self.tiny)
        #expect(stats.users == 3, "the user without interactions is not counted")
        #expect(stats.items == 3)
        #expect(stats.interactions == 6)
        #expect(stats.density.isApproximatelyEqual(to: 6.0 / 9.0))
        #expect(stats.perUser == DatasetStatistics.CountSummary([3, 2, 1]))
        #expect(stats.perUser.median == 2 && stats.perUser.min == 1 && stats.perUser.max == 3)
        #expect(stats.perItem.mean.isApproximatelyEqual(to: 2))
        #expect(DatasetStatistics.CountSummary([4, 1, 3, 2]).median == 2.5)
        #expect(stats.timeSpan == DatasetStatistics.TimeSpan(min: 10, max: 90))
        #expect(stats.ratingHistogram?.map(\.rating) == [1, 2, 4, 5])
        #expect(stats.ratingHistogram?.map(\.count) == [1, 2, 1, 2])
    }

    @Test func giniAndTopShareMatchHandComputedValues() {
        // Counts ascending 1, 2, 3: G = ((−2)·1 + 0·2 + 2·3) / (3 · 6) = 4/18.
        let stats = DatasetStatistics(Self.tiny)
        #expect(stats.gini.isApproximatelyEqual(to: 4.0 / 18.0))
        // ⌈0.2 · 3⌉ = 1 item (x) holds 3 of 6 interactions.
        #expect(stats.top20Share.isApproximatelyEqual(to: 0.5))
        #expect(DatasetStatistics.gini([5, 5, 5, 5]) == 0)
        #expect(DatasetStatistics.gini([0, 0, 0, 8]).isApproximatelyEqual(to: 0.75), "maximum 1 − 1/n")
    }

    @Test func unratedDataWithoutTimestampsHasNullHistogramAndSpan() throws {
        let stats = DatasetStatistics(Self.tiny.implicit())
        #expect(stats.ratingHistogram == nil)
        let dataset = InteractionDataset(userIDs: IDMap(), itemIDs: IDMap(), users: [], items: [])
        let empty = DatasetStatistics(dataset)
        #expect(empty.users == 0 && empty.density == 0 && empty.gini == 0 && empty.timeSpan == nil)
    }

    @Test func encodesStableSnakeCaseKeys() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(DatasetStatistics(Self.tiny.implicit()))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(
            object.keys.sorted() == [
                "density", "gini", "interactions", "items", "per_item", "per_user", "rating_histogram",
                "time_span", "top20_share", "users",
            ])
        #expect(object["rating_histogram"] is NSNull)
        let decoded = try JSONDecoder().decode(DatasetStatistics.self, from: data)
        #expect(decoded == DatasetStatistics(Self.tiny.implicit()))
    }
}
