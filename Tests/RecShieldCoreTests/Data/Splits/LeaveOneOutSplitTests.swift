import Testing
@testable import RecShieldCore

@Suite struct LeaveOneOutSplitTests {
    /// u1 has two interactions at its latest time 9 (i2 before i3 in the input); u2 has one; u3 two.
    static let data = TinyDataset.make([
        (user: "u1", item: "i1", rating: 4, time: 5), (user: "u1", item: "i2", rating: 3, time: 9),
        (user: "u2", item: "i1", rating: 5, time: 1), (user: "u1", item: "i3", rating: 2, time: 9),
        (user: "u3", item: "i2", rating: 1, time: 8), (user: "u1", item: "i4", rating: 5, time: 3),
        (user: "u3", item: "i4", rating: 2, time: 4),
    ])

    @Test func holdsOutTheLatestAndTheLastOnTies() throws {
        let split = try LeaveOneOutSplit().split(Self.data)
        #expect(TinyDataset.rawPairs(split.test) == ["u1→i3", "u3→i2"])
        #expect(TinyDataset.rawPairs(split.train) == ["u1→i1", "u1→i2", "u2→i1", "u1→i4", "u3→i4"])
        #expect(split.validation == nil)
        #expect(split.test.ratings == [2, 1])
    }

    @Test func validationIsTheSecondLatest() throws {
        let split = try LeaveOneOutSplit(holdsOutValidation: true).split(Self.data)
        let validation = try #require(split.validation)
        #expect(TinyDataset.rawPairs(split.test) == ["u1→i3", "u3→i2"])
        // u1's remaining latest is i2 (time 9); u3 has only two interactions, so no validation.
        #expect(TinyDataset.rawPairs(validation) == ["u1→i2"])
        #expect(TinyDataset.rawPairs(split.train) == ["u1→i1", "u2→i1", "u1→i4", "u3→i4"])
    }

    @Test func heldOutInteractionsAreNeverOlderThanTraining() throws {
        let data = TinyDataset.random(users: 15, items: 40, count: 150, seed: 8)
        let split = try LeaveOneOutSplit(holdsOutValidation: true).split(data)
        let validation = try #require(split.validation)
        var latestTrain = [Int64](repeating: .min, count: data.userCount)
        let trainTimes = try #require(split.train.timestamps)
        for (position, user) in split.train.users.enumerated() {
            latestTrain[Int(user)] = max(latestTrain[Int(user)], trainTimes[position])
        }
        let testTimes = try #require(split.test.timestamps)
        let validationTimes = try #require(validation.timestamps)
        #expect(split.test.users.indices.allSatisfy { testTimes[$0] >= latestTrain[Int(split.test.users[$0])] })
        #expect(validation.users.indices.allSatisfy {
            validationTimes[$0] >= latestTrain[Int(validation.users[$0])]
        })
        #expect(Set(split.test.users).count == split.test.count)
        #expect(split.train.count + validation.count + split.test.count == data.count)
    }

    @Test func dataWithoutTimestampsIsAnError() {
        #expect(throws: DataError.self) { try LeaveOneOutSplit().split(TinyDataset.pairs([("u", "a"), ("u", "b")])) }
    }
}
