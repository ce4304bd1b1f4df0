import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct ObservedRatingScaleTests {
    static let scale = ObservedRatingScale([4, 1, 2.5, 2, 5, 3, 4])

    @Test(arguments: [
        (-3.0, Float(1)), (1.4, 1), (1.5, 2), (2.2, 2), (2.25, 2.5), (3.4, 3), (3.5, 4), (3.6, 4), (9, 5), (.nan, 1),
    ])
    func snapsToTheNearestObservedValueTiesUp(value: Double, expected: Float) {
        #expect(Self.scale.nearest(to: value) == expected)
    }

    @Test func rangeAndFlip() {
        #expect(Self.scale.values == [1, 2, 2.5, 3, 4, 5])
        #expect(Self.scale.minimum == 1 && Self.scale.maximum == 5)
        // 5 + 1 − 4 = 2; 5 + 1 − 2.5 = 3.5 → 4 (tie goes up); 5 + 1 − 3 = 3.
        #expect([4, 2.5, 3, 5].map(Self.scale.flipped) == [2, 4, 3, 1])
    }
}
