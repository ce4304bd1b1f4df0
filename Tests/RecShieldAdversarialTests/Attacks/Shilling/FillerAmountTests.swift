import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct FillerAmountTests {
    @Test(arguments: [(0.02, 9_724, 194), (0.3125, 8, 3), (0.01, 8, 1)])
    func fractionsOfTheCatalogue(fraction: Double, catalogue: Int, expected: Int) throws {
        // 0.02 · 9724 = 194.48 → 194 (ml-latest-small); 2.5 → 3; 0.08 → 0 → 1.
        #expect(try FillerAmount.fraction(fraction).resolved(catalogue: catalogue, available: catalogue) == expected)
    }

    @Test func moreFillersThanAvailableItemsIsAnError() throws {
        #expect(try FillerAmount.count(5).resolved(catalogue: 8, available: 5) == 5)
        #expect(throws: DataError.self) { try FillerAmount.count(6).resolved(catalogue: 8, available: 5) }
        #expect(throws: DataError.self) { try FillerAmount.fraction(1).resolved(catalogue: 8, available: 7) }
    }

    @Test(arguments: [FillerAmount.fraction(0), .fraction(2), .count(0)])
    func outOfRangeAmountsAreErrors(amount: FillerAmount) {
        #expect(throws: DataError.self) { try amount.resolved(catalogue: 8, available: 8) }
    }
}
