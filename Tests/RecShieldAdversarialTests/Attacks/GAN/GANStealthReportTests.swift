import Foundation
import Numerics
import Testing
@testable import RecShieldAdversarial

@Suite struct GANStealthReportTests {
    static let encoding = GANRatingEncoding(ratingValues: [1, 2, 3])
    static let collapse = GANModeCollapseReport(fake: [[0], [1]], real: [[0], [1]])

    /// Real ratings 1, 1, 2, 3 (p = (½, ¼, ¼) over 1, 2, 3) and fake ratings 1, 2, 3, 3
    /// (q = (¼, ¼, ½)): TV = ½(¼ + 0 + ¼) = ¼ and JS = 0.2475442 (the hand-computed case of
    /// `GANDistributionDistanceTests`). Items: real (2, 1, 1)/4 entries on items 0, 1, 2,
    /// fake (1, 1, 2)/4 → item TV = ¼. Lengths real 2, 2 and fake 1, 3: means 2 and 2, σ 0 and 1;
    /// bins real {1, 1}, fake {0, 1} → length TV = ½.
    @Test func handMadeDistributions() throws {
        let real = GANProfileStatistics(
            [GANProfile(items: [0, 1], ratings: [1, 1]), GANProfile(items: [0, 2], ratings: [2, 3])],
            itemCount: 3, encoding: Self.encoding)
        let fake = GANProfileStatistics(
            [GANProfile(items: [2], ratings: [3]), GANProfile(items: [0, 1, 2], ratings: [1, 2, 3])],
            itemCount: 3, encoding: Self.encoding)
        let report = GANStealthReport(real: real, fake: fake, modeCollapse: Self.collapse)
        #expect(try #require(report.ratingTotalVariation).isApproximatelyEqual(to: 0.25, absoluteTolerance: 1e-12))
        #expect(try #require(report.ratingJensenShannon).isApproximatelyEqual(to: 0.2475442, absoluteTolerance: 1e-7))
        #expect(report.itemTotalVariation.isApproximatelyEqual(to: 0.25, absoluteTolerance: 1e-12))
        #expect(report.lengths.realMean == 2 && report.lengths.fakeMean == 2)
        #expect(report.lengths.realDeviation == 0 && report.lengths.fakeDeviation == 1)
        #expect(report.lengths.totalVariation == 0.5)
    }

    @Test func implicitDataHasNoRatingDistancesAndEncodesThemAsNull() throws {
        let implicit = GANRatingEncoding(ratingValues: [])
        let statistics = GANProfileStatistics([GANProfile(items: [0], ratings: nil)], itemCount: 2, encoding: implicit)
        let report = GANStealthReport(real: statistics, fake: statistics, modeCollapse: Self.collapse)
        #expect(report.ratingTotalVariation == nil && report.ratingJensenShannon == nil)
        #expect(report.itemTotalVariation == 0)
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        for key in ["\"rating_tv\":null", "\"rating_js\":null", "\"item_tv\"", "\"real_std\"", "\"mode_collapse\""] {
            #expect(json.contains(key))
        }
        #expect(try JSONDecoder().decode(GANStealthReport.self, from: Data(json.utf8)) == report)
    }
}
