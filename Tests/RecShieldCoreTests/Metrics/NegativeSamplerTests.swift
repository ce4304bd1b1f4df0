import Testing
@testable import RecShieldCore

@Suite struct NegativeSamplerTests {
    let training: ArraySlice<Int32> = [0, 3, 4, 9]
    let test: ArraySlice<Int32> = [4, 7]

    func draws(itemCount: Int, count: Int, seed: UInt64) -> [[Int32]] {
        var sampler = NegativeSampler(itemCount: itemCount)
        var generator = Xoshiro256StarStar(seed: seed)
        sampler.beginUser(training: training, test: test)
        let result = (0..<5).map { _ in sampler.draw(count, using: &generator) }
        sampler.endUser(training: training, test: test)
        return result
    }

    /// Both the rejection path (many free items) and the shuffle path (few free items).
    @Test(arguments: [(itemCount: 1000, count: 20), (itemCount: 40, count: 10)])
    func drawsDistinctItemsTheUserNeverTouched(itemCount: Int, count: Int) {
        for sample in draws(itemCount: itemCount, count: count, seed: 1) {
            #expect(sample.count == count)
            #expect(Set(sample).count == count)
            #expect(sample.allSatisfy { !training.contains($0) && !test.contains($0) })
            #expect(sample.allSatisfy { $0 >= 0 && Int($0) < itemCount })
        }
    }

    @Test func takesEveryFreeItemWhenFewerExist() {
        // 12 items, 5 interacted (0, 3, 4, 7, 9): the 7 others, whatever was asked.
        for sample in draws(itemCount: 12, count: 99, seed: 1) {
            #expect(sample.sorted() == [1, 2, 5, 6, 8, 10, 11])
        }
    }

    @Test func sameSeedSameDraws() {
        #expect(draws(itemCount: 500, count: 30, seed: 8) == draws(itemCount: 500, count: 30, seed: 8))
        #expect(draws(itemCount: 500, count: 30, seed: 8) != draws(itemCount: 500, count: 30, seed: 9))
    }

    @Test func endUserClearsTheMarks() {
        var sampler = NegativeSampler(itemCount: 12)
        var generator = Xoshiro256StarStar(seed: 2)
        sampler.beginUser(training: training, test: test)
        sampler.endUser(training: training, test: test)
        sampler.beginUser(training: [], test: [])
        #expect(sampler.draw(99, using: &generator).sorted() == (0..<12).map(Int32.init))
    }
}
