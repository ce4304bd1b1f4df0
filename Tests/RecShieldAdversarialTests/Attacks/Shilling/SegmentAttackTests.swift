import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct SegmentAttackTests {
    /// `t` is rated by a and b, who also rated `s1` (both) and `s2` (a only); `pop` is the most
    /// popular item but shares no user with `t`.
    static let data = AttackFixtures.make([
        ("a", ["t": 5, "s1": 5, "s2": 4]), ("b", ["t": 4, "s1": 4]),
        ("c", ["pop": 3, "x": 2]), ("d", ["pop": 4, "x": 3]), ("e", ["pop": 5, "y": 1]),
    ])

    @Test func selectsTheItemsMostCoRatedWithTheTarget() throws {
        // co(s1) = 2, co(s2) = 1, co(pop) = co(x) = co(y) = 0; ties go to popularity: pop (3), x (2), y (1).
        let context = try AttackContext(Self.data)
        let ranking = SegmentAttack().selectedItems(count: 4, targets: [AttackFixtures.item("t", in: Self.data)], in: context)
        #expect(ranking.map { Self.data.itemIDs.rawID(at: $0) } == ["s1", "s2", "pop", "x"])
    }

    @Test(arguments: [(AttackGoal.push, Float(5), Float(1)), (.nuke, 1, 5)])
    func segmentAndFillersTakeOppositeExtremes(goal: AttackGoal, segment: Float, filler: Float) throws {
        let injection = try ProfileInjector.fixture(
            .segment, goal: goal, targets: ["t"], filler: .count(2), selectedCount: 2, data: Self.data)
        for profile in InjectedProfile.all(in: injection) {
            #expect(profile.selectedItems == ["s1", "s2"])
            #expect(profile.selectedRatings == [segment, segment])
            #expect(profile.targetRatings == [segment])
            #expect(profile.fillerRatings.allSatisfy { $0 == filler })
        }
    }
}
