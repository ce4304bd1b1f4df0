import Testing
@testable import RecShieldCore

@Suite struct FisherYatesShuffleTests {
    @Test func followsTheDocumentedDrawOrder() {
        // State (1, 2, 3, 4) draws 11520, 0, 1509978240; each is far below 2⁶⁴ / 4, so every
        // nextIndex(below:) is 0: swap(3, 0) → [3, 1, 2, 0], swap(2, 0) → [2, 1, 3, 0],
        // swap(1, 0) → [1, 2, 3, 0].
        var generator = Xoshiro256StarStar(state: (1, 2, 3, 4))
        var values = [0, 1, 2, 3]
        values.fisherYatesShuffle(using: &generator)
        #expect(values == [1, 2, 3, 0])
    }

    @Test func permutesAndDependsOnTheSeed() {
        var first = Xoshiro256StarStar(seed: 9)
        var second = Xoshiro256StarStar(seed: 10)
        var a = Array(0..<50)
        var b = Array(0..<50)
        a.fisherYatesShuffle(using: &first)
        b.fisherYatesShuffle(using: &second)
        #expect(a.sorted() == Array(0..<50))
        #expect(b.sorted() == Array(0..<50))
        #expect(a != b)
        #expect(a != Array(0..<50))
    }

    @Test func shufflesSlicesInPlace() {
        var generator = Xoshiro256StarStar(seed: 3)
        var values = Array(0..<20)
        values[5..<15].fisherYatesShuffle(using: &generator)
        #expect(Array(values[..<5]) == Array(0..<5))
        #expect(Array(values[15...]) == Array(15..<20))
        #expect(values[5..<15].sorted() == Array(5..<15))
    }
}
