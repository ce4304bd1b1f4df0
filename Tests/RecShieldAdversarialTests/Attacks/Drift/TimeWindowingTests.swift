import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct TimeWindowingTests {
    @Test func countCutsAtEqualShares() throws {
        let sorted: [Int64] = Array(1...10)
        // c_k = t_{⌊k·10/3⌋}: t₃ = 4 and t₆ = 7.
        #expect(try TimeWindowing.count(3).starts(of: sorted) == [.min, 4, 7])
        #expect(try TimeWindowing.count(2).starts(of: sorted) == [.min, 6])
        // Ties at a cut go to the later window: t₂ = 2 starts window 1, taking all three 2s.
        #expect(try TimeWindowing.count(2).starts(of: [1, 2, 2, 2, 3]) == [.min, 2])
    }

    @Test func durationStartsAtTheFirstTimestamp() throws {
        #expect(try TimeWindowing.duration(10).starts(of: [3, 8, 13, 29]) == [3, 13, 23])
    }

    @Test(arguments: [TimeWindowing.count(1), .count(0), .duration(0), .duration(27)])
    func fewerThanTwoWindowsIsAnError(windowing: TimeWindowing) {
        #expect(throws: DataError.self) { try windowing.starts(of: [3, 8, 13, 29]) }
    }

    @Test func noTimestampsNoWindows() {
        #expect(throws: DataError.self) { try TimeWindowing.count(2).starts(of: []) }
    }
}
