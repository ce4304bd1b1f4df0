import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct StandardizedProfilesTests {
    @Test func ratedRowsAreZScoredOverAllItems() {
        let profiles = StandardizedProfiles(DetectionFixtures.handMade)
        // u1 rates 5, 3, 4: mean 4, σ = √(2/3), n/I = 3/5 → scale √(2/5); z = ±1/√(2/5) = ±√2.5, 0.
        let row = Array(profiles.byUser.values(ofRow: 0)).map(Double.init)
        let root = Double(2.5).squareRoot()
        for (actual, value) in zip(row, [root, -root, 0]) {
            #expect(actual.isApproximatelyEqual(to: value, absoluteTolerance: 1e-6))
        }
        #expect(profiles.offsets == [0, 0, 0, 0])
        // Every z-scored row has unit variance over the 5 items: Σ z² = 5.
        for user in 0..<4 {
            let squares = profiles.byUser.values(ofRow: user).reduce(0) { $0 + Double($1) * Double($1) }
            #expect(squares.isApproximatelyEqual(to: 5, relativeTolerance: 1e-6))
        }
    }

    @Test func implicitRowsAreZScoredBinaryRows() {
        let profiles = StandardizedProfiles(DetectionFixtures.handMade.implicit())
        // u4 has 4 of 5 items: p = 0.8, σ = 0.4 → 1/σ = 2.5 on its items, offset −0.8/0.4 = −2.
        #expect(profiles.offsets[3].isApproximatelyEqual(to: -2))
        #expect(profiles.byUser.values(ofRow: 3).allSatisfy { Double($0).isApproximatelyEqual(to: 2.5) })
        // Z·1 = 0 for z-scored rows: Σ over the items of each row vanishes.
        let product = profiles.multiply(items: [1, 1, 1, 1, 1], width: 1, threads: 2)
        #expect(product.allSatisfy { abs($0) < 1e-6 })
    }

    @Test func productsMatchTheDenseMatrix() {
        let profiles = StandardizedProfiles(DetectionFixtures.handMade.implicit())
        // Dense Z of the implicit fixture: z = (x − p)/σ per row.
        var dense = [[Double]](repeating: [Double](repeating: 0, count: 5), count: 4)
        for user in 0..<4 {
            for item in 0..<5 { dense[user][item] = profiles.offsets[user] }
            for entry in profiles.byUser.entryRange(ofRow: user) {
                dense[user][Int(profiles.byUser.columns[entry])] += Double(profiles.byUser.values[entry])
            }
        }
        let y: [Double] = [1, -2, 0.5, 3]
        let zty = profiles.multiply(users: y, width: 1, threads: 1)
        for item in 0..<5 {
            let expected = (0..<4).reduce(0) { $0 + dense[$1][item] * y[$1] }
            #expect(zty[item].isApproximatelyEqual(to: expected, absoluteTolerance: 1e-9))
        }
    }
}
