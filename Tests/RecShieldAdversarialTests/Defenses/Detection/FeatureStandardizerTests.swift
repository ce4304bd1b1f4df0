import Testing
@testable import RecShieldAdversarial

@Suite struct FeatureStandardizerTests {
    @Test func columnsGetZeroMeanAndUnitDeviation() {
        // Column 0: 1, 3 → mean 2, σ 1; column 1: 5, 5 → constant, σ taken as 1.
        let standardizer = FeatureStandardizer(fitting: [1, 5, 3, 5], width: 2)
        #expect(standardizer.means == [2, 5] && standardizer.deviations == [1, 1])
        #expect(standardizer.transform([1, 5, 3, 5, 4, 7]) == [-1, 0, 1, 0, 2, 2])
        let wide = FeatureStandardizer(fitting: [0, 4], width: 1)
        #expect(wide.transform([6]) == [2])
    }
}
