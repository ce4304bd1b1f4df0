import Testing
@testable import RecShieldAdversarial
import RecShieldCore

@Suite struct FlaggedInteractionsTests {
    static let data = InteractionDataset(
        userIDs: (try? IDMap(rawIDs: ["a", "b"])) ?? IDMap(), itemIDs: (try? IDMap(rawIDs: ["x", "y", "z"])) ?? IDMap(),
        users: [0, 0, 1, 1, 0], items: [0, 1, 1, 2, 2])

    @Test func qualityCountsFlaggedAddedInteractions() {
        let flags = FlaggedInteractions(losses: [0, 3, 1, 2, 4], flagged: [1, 3, 4])
        let alterations = [
            NoiseAlteration(kind: .added, user: 0, item: 2), NoiseAlteration(kind: .added, user: 1, item: 1),
            NoiseAlteration(kind: .dropped, user: 0, item: 1),
        ]
        let quality = flags.quality(against: alterations, in: Self.data)
        #expect(quality == NoiseDetectionQuality(flagged: 3, injected: 2, truePositives: 1))
        #expect(abs(quality.precision - 1.0 / 3) < 1e-12 && quality.recall == 0.5)
        #expect(abs(quality.f1 - 0.4) < 1e-12)
        #expect(NoiseDetectionQuality(flagged: 0, injected: 0, truePositives: 0).f1 == 0)
    }

    @Test func cleanedDropsTheFlaggedPositionsAndKeepsOrder() {
        let cleaned = FlaggedInteractions(losses: [0, 3, 1, 2, 4], flagged: [1, 4]).cleaned(Self.data)
        #expect(cleaned.users == [0, 1, 1] && cleaned.items == [0, 1, 2])
        #expect(cleaned.userIDs == Self.data.userIDs)
    }
}
