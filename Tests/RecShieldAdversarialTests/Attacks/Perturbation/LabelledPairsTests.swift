import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct LabelledPairsTests {
    @Test func everyPositiveIsFollowedByItsSampledNegatives() {
        let training = PerturbationFixtures.training
        let pairs = LabelledPairs(training: training, negativesPerPositive: 2, seed: 5)
        #expect(pairs.count == 3 * training.entryCount)
        for n in 0..<pairs.count {
            let observed = training.contains(row: Int(pairs.users[n]), column: Int(pairs.items[n]))
            #expect(pairs.labels[n] == (n % 3 == 0 ? 1 : 0))
            #expect(observed == (pairs.labels[n] == 1))
        }
        #expect(pairs == LabelledPairs(training: training, negativesPerPositive: 2, seed: 5))
    }

    @Test func zeroNegativesKeepsOnlyPositives() {
        let pairs = LabelledPairs(training: PerturbationFixtures.training, negativesPerPositive: 0, seed: 5)
        #expect(pairs.labels.allSatisfy { $0 == 1 } && pairs.count == PerturbationFixtures.training.entryCount)
    }
}
