import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct FakeUserAmountTests {
    @Test(arguments: [(0.03, 610, 18), (0.05, 610, 31), (0.25, 6, 2), (0.001, 6, 1), (1.0, 7, 7)])
    func fractionsRoundHalvesAwayFromZeroWithAtLeastOne(fraction: Double, users: Int, expected: Int) throws {
        // 0.03 · 610 = 18.3 → 18; 0.05 · 610 = 30.5 → 31; 0.25 · 6 = 1.5 → 2; 0.006 → 0 → 1.
        #expect(try FakeUserAmount.fraction(fraction).resolved(realUsers: users) == expected)
    }

    @Test func countsAreTakenAsGiven() throws {
        #expect(try FakeUserAmount.count(50).resolved(realUsers: 6) == 50)
    }

    @Test(arguments: [FakeUserAmount.fraction(0), .fraction(-0.1), .fraction(1.01), .fraction(.nan), .count(0), .count(-3)])
    func outOfRangeAmountsAreErrors(amount: FakeUserAmount) {
        #expect(throws: DataError.self) { try amount.resolved(realUsers: 10) }
    }
}
