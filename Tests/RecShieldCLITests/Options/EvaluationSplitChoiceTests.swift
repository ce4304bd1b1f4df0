import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct EvaluationSplitChoiceTests {
    @Test func parsesLeaveOneOutAndRandomShares() {
        #expect(EvaluationSplitChoice(argument: "leave-one-out") == EvaluationSplitChoice(testFraction: nil))
        #expect(EvaluationSplitChoice(argument: "random:0.25")?.testFraction == 0.25)
        for bad in ["random", "random:0", "random:1", "random:x", "temporal:0.2", ""] {
            #expect(EvaluationSplitChoice(argument: bad) == nil, "\(bad)")
        }
    }

    @Test func theDefaultDependsOnTimestamps() throws {
        let folder = CommandFixtures.folder()
        let timed = try DatasetLoader.load(folder.file("data")).dataset
        #expect(EvaluationSplitChoice.automatic(for: timed).testFraction == nil)
        var untimed = timed
        untimed.timestamps = nil
        #expect(EvaluationSplitChoice.automatic(for: untimed).testFraction == 0.2)
        #expect(EvaluationSplitChoice(testFraction: 0.2).name(seed: 3) == "random 20% (seed 3)")
    }
}
