import Foundation
import Testing
@testable import RecShieldAdversarial
import RecShieldCore

@Suite struct DefenseSettingsTests {
    @Test func decodesSnakeCaseKeysAndFillsDefaults() throws {
        let json = #"{"epsilon": 1.0, "adversarial_weight": 2, "mix_ratio": 0.05, "drop_rate": 0.1}"#
        let settings = try JSONDecoder().decode(DefenseSettings.self, from: Data(json.utf8))
        #expect(settings == DefenseSettings(epsilon: 1, adversarialWeight: 2, mixRatio: 0.05, dropRate: 0.1))
        #expect(settings.adversarialEpochs == nil && settings.reweightExponent == 0.25)
    }

    @Test func encodingRoundTrips() throws {
        let settings = DefenseSettings(adversarialEpochs: 7, fakeProfileWeight: 0.5, profileSeed: 9, dropRateWarmupEpochs: 2)
        let decoded = try JSONDecoder().decode(DefenseSettings.self, from: JSONEncoder().encode(settings))
        #expect(decoded == settings)
    }

    @Test func unknownKeysAreRejectedWithASuggestion() {
        let json = #"{"epsilon": 1.0, "adversarial_wieght": 2}"#
        do {
            _ = try JSONDecoder().decode(DefenseSettings.self, from: Data(json.utf8))
            Issue.record("decoding should fail")
        } catch {
            #expect("\(error)".contains("did you mean 'adversarial_weight'"))
        }
    }

    @Test func derivedSettingsCarryTheValues() {
        let settings = DefenseSettings(epsilon: 0.7, adversarialWeight: 0.3, dropRate: 0.15, dropRateWarmupEpochs: 3, reweightExponent: 0.1)
        #expect(settings.adversarial(modelEpochs: 12) == AdversarialTrainingConfiguration(epsilon: 0.7, adversarialWeight: 0.3, epochs: 12))
        #expect(settings.truncatedLoss(modelEpochs: 50) == .truncated(DropRateSchedule(maximumRate: 0.15, warmupEpochs: 3)))
        #expect(DefenseSettings().truncatedLoss(modelEpochs: 20) == .truncated(DropRateSchedule(maximumRate: 0.2, warmupEpochs: 2)),
                "the warm-up defaults to a tenth of the model's epochs")
        #expect(settings.reweightedLoss == .reweighted(exponent: 0.1))
    }

    @Test(arguments: [
        DefenseSettings(epsilon: -1), DefenseSettings(adversarialWeight: .nan), DefenseSettings(adversarialEpochs: -2),
        DefenseSettings(mixRatio: 0), DefenseSettings(fakeProfileWeight: 2), DefenseSettings(dropRate: 1),
        DefenseSettings(dropRateWarmupEpochs: -1), DefenseSettings(reweightExponent: -0.1),
    ])
    func outOfRangeValuesAreRejected(settings: DefenseSettings) {
        #expect(throws: (any Error).self) { try settings.validate() }
    }
}
