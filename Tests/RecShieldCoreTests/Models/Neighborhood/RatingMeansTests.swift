import Testing
@testable import RecShieldCore

@Suite struct RatingMeansTests {
    @Test func meansPerUserItemAndOverall() {
        // NeighborhoodFixtures.ratings: 8 ratings summing to 27 → 3.375;
        // users 12/3, 9/3, 6/2 → 4, 3, 3; items (5+2+4)/3, (5+2)/2, (2+5+2)/3 → 11/3, 3.5, 3.
        let means = RatingMeans(NeighborhoodFixtures.ratings)
        #expect(means.global == 3.375)
        #expect(means.users == [4, 3, 3])
        #expect(means.items == [Float(11.0 / 3), 3.5, 3])
    }

    @Test func usersAndItemsWithoutRatingsGetTheGlobalMean() {
        let means = RatingMeans(NeighborhoodFixtures.matrix([[2, nil, nil], [nil, nil, nil], [4, 3, nil]]))
        #expect(means.global == 3)
        #expect(means.users == [2, 3, 3.5])
        #expect(means.items == [3, 3, 3])
        #expect(RatingMeans(NeighborhoodFixtures.matrix([[nil]])).global == 0)
    }
}
