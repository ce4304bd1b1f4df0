import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial
@testable import RecShieldCore

@Suite struct GANAugmentedTrainingTests {
    static let data = DefenseFixtures.twoGroups(users: 20, items: 16, perUser: 5)
    static let source = ShillingProfileSource(
        attack: AttackConfiguration(kind: .random, filler: .count(4), targets: .chosen(.random, count: 1)), data: data)

    @Test func augmentationAppendsMixRatioTimesTheRealUsers() throws {
        let augmented = try GANAugmentedTraining.augment(
            Self.data, with: Self.source, augmentation: GANAugmentation(mixRatio: 0.25, seed: 3))
        #expect(augmented.realUserCount == 20 && augmented.generatedUserCount == 5)
        #expect(augmented.data.userIDs.rawID(at: 20) == "generated-1" && augmented.data.userIDs.rawID(at: 24) == "generated-5")
        #expect(Array(augmented.data.users.prefix(Self.data.count)) == Self.data.users)
        #expect(augmented.data.count == Self.data.count + 5 * 5)
        #expect(augmented.data.timestamps == nil && augmented.data.itemIDs == Self.data.itemIDs)
    }

    @Test func profilesOverOtherItemsAndBadSettingsAreRejected() throws {
        let foreign = ShillingProfileSource(
            attack: AttackConfiguration(filler: .count(1), targets: .chosen(.random, count: 1)), data: Checkerboard(size: 6).implicit)
        #expect(throws: DefenseError.self) {
            try GANAugmentedTraining.augment(Self.data, with: foreign, augmentation: GANAugmentation())
        }
        #expect(throws: DefenseError.self) { try GANAugmentation(mixRatio: 1.5).validate() }
        #expect(throws: DefenseError.self) { try GANAugmentation(fakeProfileWeight: 0).validate() }
    }

    static let configuration = BPRMatrixFactorization.Configuration(
        training: TrainingConfiguration(factors: 8, epochs: 3, learningRate: 0.1, seed: 2))

    @Test func trainedModelScoresTheRealUsersOnly() throws {
        let model = try GANAugmentedTraining.trainBPR(
            on: Self.data, source: Self.source, augmentation: GANAugmentation(mixRatio: 0.5), configuration: Self.configuration)
        #expect(model.userCount == 20 && model.userIDs == Self.data.userIDs)
        let augmented = try GANAugmentedTraining.augment(Self.data, with: Self.source, augmentation: GANAugmentation(mixRatio: 0.5))
        let full = try BPRMatrixFactorization.train(on: augmented.data, configuration: Self.configuration)
        #expect(model.userFactors.values == Array(full.userFactors.values.prefix(20 * 8)))
        #expect(model.itemFactors == full.itemFactors)
    }

    @Test func lowConfidenceWeightOneIsPlainBPRAndBelowOneDiffers() throws {
        let augmented = try GANAugmentedTraining.augment(Self.data, with: Self.source, augmentation: GANAugmentation(mixRatio: 0.5))
        let plain = try BPRMatrixFactorization.train(on: augmented.data, configuration: Self.configuration)
        let weighted = try LowConfidenceBPR.train(
            on: augmented, weight: 1, configuration: Self.configuration, callback: nil)
        #expect(weighted.userFactors == plain.userFactors && weighted.itemBiases == plain.itemBiases)
        let low = try GANAugmentedTraining.trainBPR(
            on: Self.data, source: Self.source, augmentation: GANAugmentation(mixRatio: 0.5, fakeProfileWeight: 0.3),
            configuration: Self.configuration)
        #expect(low.itemFactors != plain.itemFactors)
        #expect(throws: DefenseError.self) {
            try LowConfidenceBPR.train(on: augmented, weight: 0.5, configuration: .init(optimizer: .adam()), callback: nil)
        }
    }

    /// A generated user's triple moves the parameters by `w` times its data gradient.
    @Test func aGeneratedUsersStepIsScaledByTheWeight() throws {
        let real = try DefenseFixtures.oneTriple()
        let augmented = AugmentedDataset(data: real, realUserCount: 0)
        var configuration = BPRMatrixFactorization.Configuration(
            training: TrainingConfiguration(factors: 4, epochs: 0, learningRate: 0.2, regularization: 0.05, seed: 1))
        let before = try BPRMatrixFactorization.train(on: real, configuration: configuration)
        configuration.training.epochs = 1
        let after = try LowConfidenceBPR.train(on: augmented, weight: 0.25, configuration: configuration, callback: nil)
        let data = before.gradient(user: 0, positive: 0, negative: 1, regularization: 0)
        let full = before.gradient(user: 0, positive: 0, negative: 1)
        for k in 0..<4 {
            let expected = before.userFactors[0, k] - 0.2 * (full.user[k] - data.user[k] + 0.25 * data.user[k])
            #expect(abs(after.userFactors[0, k] - expected) < 1e-6)
        }
    }
}
