import Testing
@testable import RecShieldCore

@Suite struct TemporalSplitTests {
    /// One interaction per timestamp in `times`, users cycling over three.
    static func timed(_ times: [Int64]) -> InteractionDataset {
        TinyDataset.make(times.enumerated().map { (user: "u\($0.offset % 3)", item: "i\($0.offset)", rating: nil, time: $0.element) })
    }

    static func times(_ data: InteractionDataset?) -> [Int64] { data?.timestamps ?? [] }

    @Test func fractionCutsAtTheRoundedShare() throws {
        // n = 10, f = 0.3 → m = 3, cut = t₇ = 8.
        let data = Self.timed([3, 1, 10, 2, 9, 4, 5, 8, 6, 7])
        let split = try TemporalSplit(testCut: .fraction(0.3)).split(data)
        #expect(Self.times(split.test) == [10, 9, 8])
        #expect(Self.times(split.train) == [3, 1, 2, 4, 5, 6, 7])
        #expect(split.parameters == SplitParameters(testFraction: 0.3, cutTimestamp: 8))
    }

    @Test func tiesAtTheCutGoToTest() throws {
        // n = 6, f = 0.3 → m = round(1.8) = 2, cut = t₄ = 3: all three interactions at 3 are test.
        let split = try TemporalSplit(testCut: .fraction(0.3)).split(Self.timed([1, 3, 2, 3, 4, 3]))
        #expect(Self.times(split.test) == [3, 3, 4, 3])
        #expect(Self.times(split.train) == [1, 2])
    }

    @Test func explicitTimestampCut() throws {
        let split = try TemporalSplit(testCut: .timestamp(5)).split(Self.timed([7, 5, 4, 1, 6]))
        #expect(Self.times(split.train) == [4, 1])
        #expect(Self.times(split.test) == [7, 5, 6])
        #expect(split.parameters == SplitParameters(cutTimestamp: 5))
    }

    @Test func validationWindowSitsBetweenTrainAndTest() throws {
        // n = 10: test 0.2 → cut 9; validation 0.3 of all = 3 of the 8 before → cut 6.
        let data = Self.timed([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        let split = try TemporalSplit(testCut: .fraction(0.2), validationCut: .fraction(0.3)).split(data)
        #expect(Self.times(split.train) == [1, 2, 3, 4, 5])
        #expect(Self.times(split.validation) == [6, 7, 8])
        #expect(Self.times(split.test) == [9, 10])
        #expect(split.parameters.validationCutTimestamp == 6)
        #expect(split.parameters.validationFraction == 0.3)
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func neverLeaksTheFutureIntoTraining(seed: UInt64) throws {
        let data = TinyDataset.random(users: 10, items: 20, count: 120, seed: seed)
        let split = try TemporalSplit(testCut: .fraction(0.25), validationCut: .fraction(0.15)).split(data)
        let train = Self.times(split.train)
        let validation = Self.times(split.validation)
        let test = Self.times(split.test)
        #expect(try #require(train.max()) < #require(validation.min()))
        #expect(try #require(validation.max()) < #require(test.min()))
        #expect(train.count + validation.count + test.count == data.count)
        // The tie rule can only add to test: at least the target share is held out.
        #expect(test.count >= 30)
    }

    @Test(arguments: [
        TemporalSplit.Cut.timestamp(100), .timestamp(1), .timestamp(-5),
    ])
    func cutsThatEmptyAPartAreErrors(cut: TemporalSplit.Cut) throws {
        let splitter = try TemporalSplit(testCut: cut)
        #expect(throws: DataError.self) { try splitter.split(Self.timed([1, 2, 3])) }
    }

    @Test func identicalTimestampsCannotBeCut() throws {
        let splitter = try TemporalSplit(testCut: .fraction(0.5))
        #expect(throws: DataError.self) { try splitter.split(Self.timed([4, 4, 4, 4])) }
    }

    @Test func dataWithoutTimestampsIsAnError() throws {
        let splitter = try TemporalSplit(testCut: .fraction(0.5))
        #expect(throws: DataError.self) { try splitter.split(TinyDataset.pairs([("u", "a"), ("u", "b")])) }
    }

    @Test(arguments: [
        (TemporalSplit.Cut.fraction(0), nil as TemporalSplit.Cut?), (.fraction(1), nil), (.fraction(.nan), nil),
        (.fraction(0.6), .fraction(0.4)), (.fraction(0.2), .fraction(-1)),
        (.timestamp(10), .timestamp(10)), (.timestamp(10), .timestamp(12)),
    ])
    func rejectsInvalidCuts(test: TemporalSplit.Cut, validation: TemporalSplit.Cut?) {
        #expect(throws: DataError.self) { try TemporalSplit(testCut: test, validationCut: validation) }
    }
}
