import RecShieldCore

extension GANAttackRecipe {
    /// The poisoned data and the GAN's own record of the run.
    public struct Outcome: Sendable {
        /// The clean data with the fake profiles appended.
        public var injection: ProfileInjection
        /// The fake profiles, the training record (losses, accuracy, stealth per epoch), the
        /// trained networks and the discriminator as a detector.
        public var attack: GANAttack.Result
    }

    /// Runs the attack on `data`:
    ///
    /// 1. `k` = ``FakeUserAmount/resolved(realUsers:)`` over the users with an interaction; the
    ///    targets are resolved (``TargetSelection``) with generator `(seed, stream 0)`, as the
    ///    heuristic attacks do; a ``filler`` amount is resolved over the catalogue minus the targets.
    /// 2. ``GANAttack/run(on:configuration:request:onEpoch:)`` trains the GAN on every real profile
    ///    for all of ``GANConfiguration/epochs`` and generates `k` profiles named `fake-<c>`
    ///    (``ProfileInjector/fakeUserPrefix``, skipping IDs real users have).
    /// 3. The profiles are appended after the real users (``GANFakeProfiles/injected(into:timestamp:)``:
    ///    on timed data every fake row gets the latest real timestamp).
    ///
    /// Training runs on one thread and every random choice is seeded, so the same recipe on the
    /// same data gives the same profiles, whatever the machine's core count.
    /// - Parameters:
    ///   - data: the clean data.
    ///   - onEpoch: sees each epoch's report (it cannot stop training, so the run stays replayable).
    /// - Returns: the injection, whose ``ProfileInjection/fillerCount`` is the resolved filler count,
    ///   or — when lengths follow the real users' — the mean filler items per profile, rounded.
    /// - Throws: ``DataError`` for empty data, invalid amounts, unknown or too many targets, more
    ///   fillers than the catalogue holds outside the targets, or the nuke goal on implicit data;
    ///   ``GANError`` for a GAN setting out of range.
    /// - Complexity: the GAN's training, O(epochs · real profiles · network size) plus diagnostics.
    public func inject(into data: InteractionDataset, onEpoch: (GANEpochReport) -> Void = { _ in }) throws -> Outcome {
        try validate()
        let context = try AttackContext(data)
        if goal == .nuke && !data.isRated {
            throw DataError.invalidParameter(
                name: "goal", value: "nuke", expected: "push on implicit data (interactions can only add evidence for an item)")
        }
        let fakeCount = try fakeUsers.resolved(realUsers: context.activeUserCount)
        var targetGenerator = Xoshiro256StarStar(seed: seed, stream: 0)
        let targetItems = try targets.resolve(in: context, using: &targetGenerator)
        let pool = context.catalogue.count - targetItems.count { context.itemCounts[$0] > 0 }
        let fillerCount = try filler?.resolved(catalogue: context.catalogue.count, available: pool)
        let request = GANAttackRequest(
            fakeUserCount: fakeCount, targetItemIDs: targetItems.map { data.itemIDs.rawID(at: $0) }, goal: targetGoal,
            userIDPrefix: ProfileInjector.fakeUserPrefix, fillerSelection: fillerSelection, ratingMapping: ratingMapping,
            fillerCount: fillerCount)
        let attack = try GANAttack.run(on: data, configuration: gan, request: request) { report in
            onEpoch(report)
            return true
        }
        let fillers = attack.fakeProfiles.interactionCount - fakeCount * targetItems.count
        let injection = ProfileInjection(
            poisoned: attack.fakeProfiles.injected(into: data), realUserCount: data.userCount, targets: targetItems,
            selected: [], fillerCount: fillerCount ?? Int((Double(fillers) / Double(fakeCount)).rounded()))
        return Outcome(injection: injection, attack: attack)
    }
}
