import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct SyntheticDriftSeriesTests {
    static let base = SyntheticDataConfiguration(userCount: 20, itemCount: 40, interactionCount: 200, genreCount: 4, seed: 5)

    @Test func onlyTheDriftRateDiffers() throws {
        let series = try SyntheticDriftSeries(base: Self.base, driftRates: [0, 1])
        #expect(series.members.map(\.driftRate) == [0, 1])
        var still = Self.base
        still.driftRate = 0
        #expect(series.members[0].data == (try SyntheticDataGenerator(configuration: still).generate()))
        let (a, b) = (series.members[0].data.interactions, series.members[1].data.interactions)
        #expect(a.count == b.count && a.userIDs == b.userIDs && a.itemIDs == b.itemIDs)
        #expect(a.items != b.items)
    }

    @Test func badRatesAreErrors() {
        #expect(throws: DataError.self) { try SyntheticDriftSeries(base: Self.base, driftRates: []) }
        #expect(throws: DataError.self) { try SyntheticDriftSeries(base: Self.base, driftRates: [0.5, 1.5]) }
    }
}
