import RecShieldCore
import Testing

@Suite struct HeldOutRankingTests {
    func ranking(heldOut: [Float], negatives: [Float]) -> HeldOutRanking {
        negatives.withUnsafeBufferPointer { HeldOutRanking(heldOutScores: heldOut, negatives: $0) }
    }

    /// The pessimistic ranking by brute force: sort every candidate by (score descending,
    /// negatives before held-out items) and read off the held-out positions.
    func bruteForce(heldOut: [Float], negatives: [Float]) -> HeldOutRanking {
        let clean = { (score: Float) in score.isNaN ? -Float.infinity : score }
        var candidates = heldOut.map { (score: clean($0), isHeldOut: true) }
        candidates += negatives.filter { !$0.isNaN }.map { (score: $0, isHeldOut: false) }
        candidates.sort { a, b in a.score != b.score ? a.score > b.score : (!a.isHeldOut && b.isHeldOut) }
        var ranks: [Int] = []
        var above: [Int] = []
        var tied: [Int] = []
        let present = negatives.filter { !$0.isNaN }
        for (index, candidate) in candidates.enumerated() where candidate.isHeldOut {
            ranks.append(index + 1)
            above.append(present.filter { $0 > candidate.score }.count)
            tied.append(present.filter { $0 == candidate.score }.count)
        }
        return HeldOutRanking(ranks: ranks, negativesAbove: above, negativesTied: tied, negativeCount: present.count)
    }
}

// MARK: - Hand-computed cases

extension HeldOutRankingTests {
    @Test func ranksCountNegativesAtOrAboveEachHeldOutScore() {
        // θ sorted = [0.95, 0.5]. Nothing reaches 0.95 → r₁ = 1. Negatives ≥ 0.5: 0.9, 0.5, 0.5
        // → r₂ = 2 + 3 = 5, one strictly above and two tied. NaN is not a negative: N = 4.
        let result = ranking(heldOut: [0.5, 0.95], negatives: [0.9, 0.5, .nan, 0.5, 0.1])
        #expect(result == HeldOutRanking(ranks: [1, 5], negativesAbove: [0, 1], negativesTied: [0, 2], negativeCount: 4))
    }

    @Test func tiesGoAgainstTheHeldOutItem() {
        // Every item scores the same: the held-out item ranks behind all 19 negatives.
        let result = ranking(heldOut: [0.3], negatives: Array(repeating: 0.3, count: 19))
        #expect(result.ranks == [20])
        #expect(RankingMetric.hitRatio(10).value(for: result) == 0)
        #expect(RankingMetric.auc.value(for: result) == 0.5)
    }

    @Test func tiedHeldOutItemsTakeConsecutiveRanks() {
        // Two held-out items tied at the top: ranks 1 and 2, so the ranking is perfect.
        let result = ranking(heldOut: [0.7, 0.7], negatives: [0.1, 0.2])
        #expect(result.ranks == [1, 2])
        #expect(RankingMetric.ndcg(10).value(for: result) == 1)
    }

    @Test func nanHeldOutScoreRanksLast() {
        // NaN counts as -infinity: behind 0.1 and tied with (so behind) the -infinity negative.
        let result = ranking(heldOut: [.nan], negatives: [0.1, -.infinity])
        #expect(result.ranks == [3])
    }
}

// MARK: - Agreement with brute force, on both counting paths

extension HeldOutRankingTests {
    @Test(arguments: [1, 2, 5, 8, 9, 20, 60])
    func agreesWithSortingEveryCandidate(heldOutCount: Int) {
        var generator = Xoshiro256StarStar(seed: UInt64(heldOutCount))
        for trial in 0..<20 {
            // Few distinct values so that ties are common; some NaN and -infinity.
            func draw() -> Float {
                switch generator.nextIndex(below: 12) {
                case 0: return .nan
                case 1: return -.infinity
                default: return Float(generator.nextIndex(below: 6))
                }
            }
            let heldOut = (0..<heldOutCount).map { _ in draw() }
            let negatives = (0..<(37 + trial)).map { _ in draw() }
            #expect(ranking(heldOut: heldOut, negatives: negatives) == bruteForce(heldOut: heldOut, negatives: negatives))
        }
    }

    @Test func itemNumberingDoesNotMatter() {
        // Shuffling which item holds which score (the only thing an item index could affect)
        // never changes the ranking, ties included.
        var generator = Xoshiro256StarStar(seed: 5)
        let heldOut: [Float] = [2, 2, 1, 3]
        let negatives: [Float] = (0..<50).map { _ in Float(generator.nextIndex(below: 4)) }
        let reference = ranking(heldOut: heldOut, negatives: negatives)
        for _ in 0..<10 {
            let shuffled = ranking(heldOut: heldOut.shuffled(using: &generator), negatives: negatives.shuffled(using: &generator))
            #expect(shuffled == reference)
        }
    }
}
