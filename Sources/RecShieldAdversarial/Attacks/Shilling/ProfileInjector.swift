import RecShieldCore

/// Builds fake profiles with a ``ShillingAttack`` and appends them to clean data.
///
/// For a configuration with seed `s`, on data with `m` real users (users with an interaction)
/// and a catalogue of `n` items:
///
/// 1. Targets are resolved (``TargetSelection``) with generator `(s, stream 0)`.
/// 2. `k` = ``FakeUserAmount/resolved(realUsers:)`` profiles; the selected items
///    (``ShillingAttack/selectedItems(count:targets:in:)``) are shared by all of them.
/// 3. Profile `p` (0-based) uses generator `(s, stream p + 1)`: it draws its filler items
///    uniformly without repeats from the catalogue minus targets and selected items
///    (``FloydSampling``), then rates targets, selected items and fillers (ascending item index) in
///    that order, then — when the data has timestamps — draws one timestamp per row uniformly
///    from the data's `[earliest, latest]` second and assigns them ascending in row order.
/// 4. Fake user `p` gets the raw ID `fake-<c>`, where `c` counts up from 1 and skips every
///    value whose ID already exists in the user map, so fake IDs never collide with real ones.
///
/// The poisoned data set keeps the clean interactions first, in their order, followed by each
/// profile's rows; the clean user map is extended with the fake users (indices `m₀…` where
/// `m₀` is the clean map's size) and the item map is unchanged, so models trained on clean and
/// on poisoned data share user and item indices. On implicit data the same items are chosen
/// and no ratings are drawn; the nuke goal needs rated data.
public enum ProfileInjector {
    /// The prefix of fake user IDs.
    public static let fakeUserPrefix = "fake-"

    /// Injects the profiles `configuration` describes into `data`.
    /// - Throws: ``DataError`` for empty data, invalid amounts, unknown or too many targets, a
    ///   selected count the attack does not take, more fillers than available items, or the
    ///   nuke goal on implicit data.
    /// - Complexity: O(data + k · (filler + selected + log filler)).
    public static func inject(_ configuration: AttackConfiguration, into data: InteractionDataset) throws -> ProfileInjection {
        let context = try AttackContext(data)
        let attack = configuration.kind.attack
        if configuration.goal == .nuke && !data.isRated {
            throw DataError.invalidParameter(
                name: "goal", value: "nuke",
                expected: "push on implicit data (interactions can only add evidence for an item)")
        }
        let fakeUserCount = try configuration.fakeUsers.resolved(realUsers: context.activeUserCount)
        var targetGenerator = Xoshiro256StarStar(seed: configuration.seed, stream: 0)
        let targets = try configuration.targets.resolve(in: context, using: &targetGenerator)
        let selectedCount = try configuration.resolvedSelectedCount()
        let catalogueOutsideTargets = context.catalogue.count - targets.count { context.itemCounts[$0] > 0 }
        if selectedCount > catalogueOutsideTargets {
            throw DataError.invalidParameter(
                name: "selected count", value: "\(selectedCount)",
                expected: "at most \(catalogueOutsideTargets) (the catalogue's items that are not targets)")
        }
        let selected = attack.selectedItems(count: selectedCount, targets: targets, in: context)
        let excluded = Set(targets).union(selected)
        let fillerPool = context.catalogue.filter { !excluded.contains($0) }
        let fillerCount = try configuration.filler.resolved(catalogue: context.catalogue.count, available: fillerPool.count)

        var poisoned = data
        var users = data.users
        var items = data.items
        var ratings = data.ratings ?? []
        var timestamps = data.timestamps ?? []
        let rowsPerProfile = targets.count + selected.count + fillerCount
        users.reserveCapacity(data.count + fakeUserCount * rowsPerProfile)
        items.reserveCapacity(data.count + fakeUserCount * rowsPerProfile)
        var counter = 1
        for profile in 0..<fakeUserCount {
            var generator = Xoshiro256StarStar(seed: configuration.seed, stream: UInt64(profile) + 1)
            let fillers = sample(fillerCount, from: fillerPool, using: &generator)
            let profileItems = targets + selected + fillers
            while poisoned.userIDs.index(of: fakeUserPrefix + String(counter)) != nil { counter += 1 }
            let user = Int32(poisoned.userIDs.insert(fakeUserPrefix + String(counter)))
            users += repeatElement(user, count: profileItems.count)
            items += profileItems.map(Int32.init)
            if let scale = context.scale {
                let target = attack.targetRating(goal: configuration.goal, scale: scale)
                let selectedRating = attack.selectedRating(goal: configuration.goal, scale: scale)
                ratings += repeatElement(target, count: targets.count)
                ratings += repeatElement(selectedRating, count: selected.count)
                for item in fillers {
                    ratings.append(attack.fillerRating(
                        of: item, goal: configuration.goal, scale: scale, context: context, using: &generator))
                }
            }
            if let range = context.timeRange {
                let width = Int(range.upperBound - range.lowerBound) + 1
                let times = (0..<profileItems.count).map { _ in range.lowerBound + Int64(generator.nextIndex(below: width)) }
                timestamps += times.sorted()
            }
        }
        poisoned.users = users
        poisoned.items = items
        poisoned.ratings = data.isRated ? ratings : nil
        poisoned.timestamps = data.hasTimestamps ? timestamps : nil
        return ProfileInjection(
            poisoned: poisoned, realUserCount: data.userCount, targets: targets, selected: selected,
            fillerCount: fillerCount)
    }

    /// `count` distinct elements of `pool`, uniformly, in pool order (``FloydSampling``).
    /// - Precondition: `count <= pool.count`.
    static func sample(_ count: Int, from pool: [Int], using generator: inout Xoshiro256StarStar) -> [Int] {
        FloydSampling.indices(count, below: pool.count, using: &generator).map { pool[$0] }
    }
}
