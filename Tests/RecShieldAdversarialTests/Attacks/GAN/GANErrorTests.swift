import Testing
@testable import RecShieldAdversarial

@Suite struct GANErrorTests {
    @Test(arguments: [
        (GANError.invalidSetting(name: "batch_size", value: "0", requirement: "a positive integer"), "batch_size"),
        (.emptyData, "no interactions"),
        (.nukeNeedsRatings, "push goal"),
        (.duplicateTarget(id: "42"), "'42'"),
        (.profileLengthMismatch(expected: 9, actual: 3), "9 items"),
    ])
    func messagesSayWhatIsWrong(error: GANError, fragment: String) {
        #expect(error.description.contains(fragment))
    }
}
