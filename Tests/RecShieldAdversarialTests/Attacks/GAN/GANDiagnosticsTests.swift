import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GANDiagnosticsTests {
    static func diagnostics() throws -> (GANDiagnostics, ProfileGAN) {
        let profiles = try GANProfileMatrix(GANFixtures.ratedDataset(users: 12, items: 9))
        var rng = Xoshiro256StarStar(seed: 2)
        var configuration = GANConfiguration()
        configuration.noiseDimension = 6
        configuration.generatorHiddenLayers = [12]
        configuration.discriminatorHiddenLayers = [4]
        let gan = ProfileGAN(itemCount: 9, configuration: configuration, using: &rng)
        return (try GANDiagnostics(profiles: profiles, sampleSize: 10, using: &rng), gan)
    }

    /// Users of the fixture have 5 to 7 items; the median length is the top-k cut.
    @Test func realSideIsPreparedOnce() throws {
        let (diagnostics, _) = try Self.diagnostics()
        #expect(diagnostics.realSample.count == 10)
        #expect(diagnostics.realStatistics.lengths.count == 12)
        #expect(diagnostics.topCount == diagnostics.realStatistics.lengths.sorted()[6])
    }

    /// Real profiles compared with real profiles: no collapse (the fixture's users repeat every third
    /// profile, so both samples hold near-duplicates alike), lengths and ratings from the same
    /// distribution.
    @Test func baselineComparesRealWithReal() throws {
        let (diagnostics, _) = try Self.diagnostics()
        let baseline = diagnostics.baseline
        #expect(!baseline.modeCollapse.modeCollapse)
        #expect(baseline.lengths.realMean == diagnostics.realStatistics.meanLength)
        #expect(try #require(baseline.ratingTotalVariation) < 0.3)
        #expect(baseline.lengths.totalVariation < 0.3)
        #expect(baseline.modeCollapse.pairsFake == 45 && baseline.modeCollapse.pairsReal == 45)
    }

    /// A generator whose output layer ignores its input produces one profile vector for every
    /// noise draw — complete collapse.
    @Test func aConstantGeneratorIsFlaggedAsCollapsed() throws {
        let (diagnostics, collapsing) = try Self.diagnostics()
        var gan = collapsing
        var rng = Xoshiro256StarStar(seed: 3)
        #expect(!diagnostics.report(for: gan, using: &rng).modeCollapse.modeCollapse)
        let output = gan.generator.layers[1]
        let offset = gan.generator.parameterOffsets[1]
        for index in offset..<(offset + output.weightCount) { gan.generator.parameters[index] = 0 }
        for index in (offset + output.weightCount)..<(offset + output.parameterCount) {
            gan.generator.parameters[index] = Float(index - offset - output.weightCount) / 4 - 1
        }
        let report = diagnostics.report(for: gan, using: &rng)
        #expect(report.modeCollapse.modeCollapse)
        #expect(report.modeCollapse.nearDuplicatePairsFake == report.modeCollapse.pairsFake)
    }
}
