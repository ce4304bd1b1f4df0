import Numerics
import Testing
@testable import RecShieldAdversarial

@Suite struct GANModeCollapseReportTests {
    /// Real profiles: five disjoint-ish sets of four items out of twenty.
    static let real: [[Int32]] = (0..<5).map { user in (0..<4).map { Int32(user * 4 + $0) } }

    /// {1, 2, 3} and {2, 3, 4, 5}: intersection 2, union 5 → 0.4.
    @Test func jaccardIndexByHand() {
        #expect(GANModeCollapseReport.jaccard([1, 2, 3], [2, 3, 4, 5]) == 0.4)
        #expect(GANModeCollapseReport.jaccard([], []) == 1)
        #expect(GANModeCollapseReport.jaccard([1], []) == 0)
        #expect(GANModeCollapseReport.jaccard([1, 4], [1, 4]) == 1)
    }

    @Test func identicalFakeProfilesAreFlagged() {
        let report = GANModeCollapseReport(fake: Array(repeating: [1, 5, 9, 12], count: 6), real: Self.real)
        #expect(report.modeCollapse)
        #expect(report.pairsFake == 15 && report.nearDuplicatePairsFake == 15)
        #expect(report.meanSimilarityFake == 1)
        #expect(report.pairsReal == 10 && report.nearDuplicatePairsReal == 0 && report.meanSimilarityReal == 0)
    }

    @Test func diverseFakeProfilesAreNotFlagged() {
        let fake: [[Int32]] = [[0, 1, 2, 3], [2, 3, 4, 5], [6, 7, 8, 9], [9, 10, 11, 12], [13, 14, 15, 16]]
        let report = GANModeCollapseReport(fake: fake, real: Self.real)
        #expect(!report.modeCollapse)
        #expect(report.nearDuplicatePairsFake == 0)
        // One pair shares 2 of 6 items (⅓), one 1 of 7 (1/7), eight nothing: mean (⅓ + 1/7)/10 = 1/21.
        #expect(report.meanSimilarityFake.isApproximatelyEqual(to: 1.0 / 21, absoluteTolerance: 1e-12))
    }

    /// Fakes as alike as real users are are not a collapse of the generator.
    @Test func similarityAsHighAsAmongRealUsersIsNotFlagged() {
        let alike: [[Int32]] = Array(repeating: [1, 2, 3], count: 4)
        #expect(!GANModeCollapseReport(fake: alike, real: alike).modeCollapse)
    }

    /// Every pair {1, 2, 3, x}, {1, 2, 3, y} shares 3 of 5 items: similarity 0.6 — above 0.5 and
    /// twice the real mean, with no pair above 0.9: flagged by the mean rule alone.
    @Test func highMeanSimilarityAloneIsFlagged() {
        let fake: [[Int32]] = (0..<5).map { [1, 2, 3, Int32(10 + $0)] }
        let report = GANModeCollapseReport(fake: fake, real: Self.real)
        #expect(report.nearDuplicatePairsFake == 0)
        #expect(report.meanSimilarityFake.isApproximatelyEqual(to: 0.6, absoluteTolerance: 1e-12))
        #expect(report.modeCollapse)
    }
}
