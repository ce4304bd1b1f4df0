import Testing
@testable import RecShieldCore

@Suite struct KFoldSplitTests {
    static let data = TinyDataset.random(users: 12, items: 30, count: 157, seed: 21)

    @Test(arguments: [2, 3, 5])
    func testPartsPartitionTheData(folds: Int) throws {
        let splits = try KFoldSplit(folds: folds, seed: 3).splits(Self.data)
        #expect(splits.count == folds)
        let all = TinyDataset.rawRows(Self.data)
        var seen = Set<String>()
        for split in splits {
            let test = TinyDataset.rawRows(split.test)
            let train = TinyDataset.rawRows(split.train)
            #expect(seen.isDisjoint(with: test))
            seen.formUnion(test)
            #expect(Set(train).isDisjoint(with: test))
            #expect(train.count + test.count == all.count)
        }
        #expect(seen == Set(all))
    }

    @Test func foldsAreBalancedGloballyAndPerUser() throws {
        let folds = 4
        let assignments = try KFoldSplit(folds: folds, seed: 5).foldAssignments(Self.data)
        var global = [Int](repeating: 0, count: folds)
        var perUser = [[Int]](repeating: [Int](repeating: 0, count: folds), count: Self.data.userCount)
        for (position, fold) in assignments.enumerated() {
            global[fold] += 1
            perUser[Int(Self.data.users[position])][fold] += 1
        }
        #expect(try #require(global.max()) - #require(global.min()) <= 1)
        for counts in perUser {
            #expect(try #require(counts.max()) - #require(counts.min()) <= 1)
        }
    }

    @Test func sameSeedSameFoldsOtherSeedDiffers() throws {
        let first = try KFoldSplit(folds: 3, seed: 1).foldAssignments(Self.data)
        #expect(first == (try KFoldSplit(folds: 3, seed: 1).foldAssignments(Self.data)))
        #expect(first != (try KFoldSplit(folds: 3, seed: 2).foldAssignments(Self.data)))
    }

    @Test func singleFoldMatchesTheFullList() throws {
        let splitter = try KFoldSplit(folds: 3, seed: 9)
        let second = try splitter.split(Self.data, fold: 1)
        #expect(second == (try splitter.splits(Self.data))[1])
        #expect(second.parameters == SplitParameters(folds: 3, fold: 1))
        #expect(second.seed == 9 && second.strategy == .kFold)
    }

    @Test func invalidParametersAreErrors() throws {
        #expect(throws: DataError.self) { try KFoldSplit(folds: 1, seed: 0) }
        let splitter = try KFoldSplit(folds: 3, seed: 0)
        #expect(throws: DataError.self) { try splitter.split(Self.data, fold: 3) }
        #expect(throws: DataError.self) { try splitter.splits(TinyDataset.pairs([("u", "a"), ("u", "b")])) }
    }
}
