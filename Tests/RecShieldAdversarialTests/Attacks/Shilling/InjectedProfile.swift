import RecShieldCore
@testable import RecShieldAdversarial

/// One fake profile of an injection, split into its parts for the tests.
struct InjectedProfile {
    /// The fake user's raw ID.
    let user: String
    /// The raw item IDs in row order.
    let items: [String]
    /// The ratings in row order (empty for implicit data).
    let ratings: [Float]
    /// The timestamps in row order (empty without timestamps).
    let times: [Int64]
    /// The number of targets and selected items at the front of the rows.
    let targetCount: Int
    let selectedCount: Int

    /// Every fake profile of `injection`.
    static func all(in injection: ProfileInjection) -> [InjectedProfile] {
        let data = injection.poisoned
        return injection.fakeUsers.map { user in
            let rows = AttackFixtures.rows(ofUser: user, in: data)
            return InjectedProfile(
                user: data.userIDs.rawID(at: user), items: rows.map(\.item), ratings: rows.compactMap(\.rating),
                times: rows.compactMap(\.time), targetCount: injection.targets.count, selectedCount: injection.selected.count)
        }
    }

    var targetRatings: ArraySlice<Float> { ratings.prefix(targetCount) }
    var selectedItems: ArraySlice<String> { items.dropFirst(targetCount).prefix(selectedCount) }
    var selectedRatings: ArraySlice<Float> { ratings.dropFirst(targetCount).prefix(selectedCount) }
    var fillerItems: ArraySlice<String> { items.dropFirst(targetCount + selectedCount) }
    var fillerRatings: ArraySlice<Float> { ratings.dropFirst(targetCount + selectedCount) }
}

extension ProfileInjector {
    /// An injection into ``AttackFixtures/rated`` (or `data`) with test-sized defaults.
    static func fixture(
        _ kind: ShillingAttackKind, goal: AttackGoal = .push, targets: [String] = ["i7"],
        fakeUsers: FakeUserAmount = .count(3), filler: FillerAmount = .count(2), selectedCount: Int? = nil,
        seed: UInt64 = 7, data: InteractionDataset = AttackFixtures.rated
    ) throws -> ProfileInjection {
        try inject(
            AttackConfiguration(
                kind: kind, fakeUsers: fakeUsers, filler: filler, selectedCount: selectedCount,
                targets: .ids(targets), goal: goal, seed: seed),
            into: data)
    }
}
