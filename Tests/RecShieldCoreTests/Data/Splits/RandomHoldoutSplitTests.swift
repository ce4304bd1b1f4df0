import Testing
@testable import RecShieldCore

@Suite struct RandomHoldoutSplitTests {
    static func perUserCounts(_ data: InteractionDataset?, users: Int) -> [Int] {
        guard let data else { return [] }
        var counts = [Int](repeating: 0, count: users)
        for user in data.users { counts[Int(user)] += 1 }
        return counts
    }

    @Test func perUserCountsFollowTheRoundingRule() throws {
        // n = 1, 2, 5, 10 with test 0.3 and validation 0.2:
        // test = min(n−1, round(0.3n)) = 0, 1, 2, 3; validation = min(n−1−test, round(0.2n)) = 0, 0, 1, 2.
        let data = TinyDataset.withUserSizes([1, 2, 5, 10])
        let split = try RandomHoldoutSplit(testRatio: 0.3, validationRatio: 0.2, seed: 7).split(data)
        #expect(Self.perUserCounts(split.test, users: 4) == [0, 1, 2, 3])
        #expect(Self.perUserCounts(split.validation, users: 4) == [0, 0, 1, 2])
        #expect(Self.perUserCounts(split.train, users: 4) == [1, 1, 2, 5])
    }

    @Test func partsPartitionTheDataInInputOrder() throws {
        let data = TinyDataset.random(users: 20, items: 30, count: 200, seed: 4)
        let split = try RandomHoldoutSplit(testRatio: 0.25, validationRatio: 0.1, seed: 11).split(data)
        let validation = try #require(split.validation)
        let all = TinyDataset.rawRows(data)
        let parts = [split.train, validation, split.test].map(TinyDataset.rawRows)
        #expect(parts.map(\.count).reduce(0, +) == all.count)
        #expect(Set(parts.joined()) == Set(all))
        for part in parts {
            let order = part.compactMap { all.firstIndex(of: $0) }
            #expect(order.count == part.count && order == order.sorted())
        }
        #expect(split.train.userIDs == data.userIDs && split.test.itemIDs == data.itemIDs)
    }

    @Test func sameSeedSameSplitOtherSeedDiffers() throws {
        let data = TinyDataset.random(users: 20, items: 30, count: 200, seed: 4)
        let first = try RandomHoldoutSplit(testRatio: 0.2, seed: 1).split(data)
        let again = try RandomHoldoutSplit(testRatio: 0.2, seed: 1).split(data)
        let other = try RandomHoldoutSplit(testRatio: 0.2, seed: 2).split(data)
        #expect(first == again)
        #expect(first.test.count == other.test.count)
        #expect(TinyDataset.rawRows(first.test) != TinyDataset.rawRows(other.test))
        #expect(first.validation == nil)
    }

    @Test func oneUsersHoldoutDoesNotDependOnOthers() throws {
        // The per-user stream is keyed by the user index, so appending a user changes nothing else.
        let small = TinyDataset.withUserSizes([6, 9])
        let large = TinyDataset.withUserSizes([6, 9, 12])
        let splitter = try RandomHoldoutSplit(testRatio: 0.5, seed: 5)
        let smallTest = TinyDataset.rawRows(splitter.split(small).test)
        let largeTest = TinyDataset.rawRows(splitter.split(large).test)
        #expect(Array(largeTest.prefix(smallTest.count)) == smallTest)
    }

    @Test func manifestRecordsTheParameters() throws {
        let split = try RandomHoldoutSplit(testRatio: 0.2, seed: 99).split(TinyDataset.withUserSizes([5, 5]))
        #expect(split.manifest.strategy == .random)
        #expect(split.manifest.seed == 99)
        #expect(split.manifest.parameters == SplitParameters(testRatio: 0.2))
        #expect(split.manifest.counts == SplitCounts(users: 2, items: 5, train: 8, validation: nil, test: 2))
    }

    @Test(arguments: [(0.0, 0.0), (1.0, 0.0), (-0.1, 0.0), (1.5, 0.0), (.nan, 0.0), (0.5, 0.5), (0.2, -0.1), (0.2, .nan)])
    func rejectsRatiosOutOfRange(test: Double, validation: Double) {
        #expect(throws: DataError.self) { try RandomHoldoutSplit(testRatio: test, validationRatio: validation, seed: 1) }
    }
}
