import Testing
@testable import RecShieldCore

@Suite struct RatingScaleTests {
    @Test(arguments: [
        (RatingScale.halfStars, 3.24, 3.0 as Float), (.halfStars, 3.25, 3.5), (.halfStars, -2, 0.5), (.halfStars, 9, 5),
        (.wholeStars, 3.49, 3), (.wholeStars, 3.5, 4), (.wholeStars, 0.2, 1), (.wholeStars, 5.6, 5),
    ])
    func nearestRoundsAndClips(scale: RatingScale, value: Double, expected: Float) {
        #expect(scale.nearest(to: value) == expected)
    }

    @Test func rawValuesAreTheCLISpellings() {
        #expect(RatingScale(rawValue: "0.5-5") == .halfStars)
        #expect(RatingScale(rawValue: "1-5") == .wholeStars)
    }
}
