import Numerics
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GANAttackTests {
    static func configuration(_ loss: GANLoss) -> GANConfiguration {
        var configuration = GANConfiguration(loss: loss)
        configuration.noiseDimension = 4
        configuration.generatorHiddenLayers = [8]
        configuration.discriminatorHiddenLayers = [8]
        configuration.batchSize = 4
        configuration.epochs = 3
        configuration.diagnosticSampleSize = 6
        configuration.seed = 17
        return configuration
    }

    static func run(_ loss: GANLoss = .standard, request: GANAttackRequest) throws -> GANAttack.Result {
        try GANAttack.run(on: GANFixtures.ratedDataset(), configuration: configuration(loss), request: request)
    }

    @Test(arguments: [GANLoss.standard, .wassersteinGP(lambda: 10)])
    func producesNamedProfilesWithPushedTargets(loss: GANLoss) throws {
        let data = GANFixtures.ratedDataset()
        let request = GANAttackRequest(fakeUserCount: 6, targetItemIDs: ["i8", "i3"])
        let result = try Self.run(loss, request: request)
        let fakes = result.fakeProfiles
        #expect(fakes.userIDs == (1...6).map { "fake-\($0)" })
        #expect(Set(fakes.userIDs).isDisjoint(with: data.userIDs.rawIDs))
        let realLengths = Set(try GANProfileMatrix(data).profileLengths)
        for profile in fakes.profiles {
            let ratings = try #require(profile.ratings)
            #expect(profile.items.contains(8) && profile.items.contains(3))
            #expect(zip(profile.items, ratings).allSatisfy { [3, 8].contains($0.0) ? $0.1 == 5 : true })
            #expect(Set(ratings).isSubset(of: [1, 2, 3, 4, 5]))
            #expect(realLengths.contains(profile.length))
        }
        #expect(result.training.epochs.count == 3)
        #expect(result.detector.itemIDs == data.itemIDs)
        let poisoned = fakes.injected(into: data)
        #expect(poisoned.userCount == data.userCount + 6)
        #expect(poisoned.count == data.count + fakes.interactionCount)
    }

    @Test func sameInputsGiveTheSameProfiles() throws {
        let request = GANAttackRequest(fakeUserCount: 5, targetItemIDs: ["i1"], fillerSelection: .proportional)
        let first = try Self.run(request: request)
        let second = try Self.run(request: request)
        #expect(first.fakeProfiles == second.fakeProfiles)
        #expect(first.training == second.training)
    }

    @Test func aFillerCountFixesEveryProfilesLength() throws {
        let request = GANAttackRequest(fakeUserCount: 4, targetItemIDs: ["i8", "i3"], fillerCount: 3)
        let profiles = try Self.run(request: request).fakeProfiles.profiles
        #expect(profiles.count == 4 && profiles.allSatisfy { $0.length == 5 && $0.items.contains(8) && $0.items.contains(3) })
    }

    @Test func badRequestsFailBeforeTraining() {
        var epochs = 0
        #expect(throws: DataError.unknownID(kind: "item", id: "nope")) {
            try GANAttack.run(
                on: GANFixtures.ratedDataset(), configuration: Self.configuration(.standard),
                request: GANAttackRequest(fakeUserCount: 2, targetItemIDs: ["nope"])
            ) { _ in
                epochs += 1
                return true
            }
        }
        #expect(epochs == 0)
    }
}
