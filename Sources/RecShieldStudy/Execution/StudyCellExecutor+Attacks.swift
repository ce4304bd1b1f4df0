import RecShieldAdversarial
import RecShieldCore

extension StudyCellExecutor {
    /// Fake profiles appended to the clean training data by a profile attack.
    struct InjectedProfiles {
        /// The clean training data with the fake users appended after the real ones.
        var poisoned: InteractionDataset
        /// The number of real users (fake users are `realUserCount..<poisoned.userCount`).
        var realUserCount: Int
        /// Target item indices.
        var targets: [Int]
        /// The shilling attack, when the profiles are heuristic (a supervised detector's training
        /// attacks avoid its kind and seed).
        var shilling: AttackConfiguration?
        /// The GAN's critic, trained on the clean training data, when the attack is a GAN.
        var critic: GANFakeProfileDetector?
        /// The attack's own training log (the GAN's critic loss per epoch, as `gan`).
        var epochs: [EpochLog]
        /// Per-user labels of `poisoned`: `true` for fake users.
        var labels: [Bool?] { (0..<poisoned.userCount).map { $0 >= realUserCount } }
        /// The number of fake users.
        var fakeUserCount: Int { poisoned.userCount - realUserCount }
    }

    /// Injects `attack`'s fake profiles into `training`, drawing every choice from `seed`.
    /// - Throws: ``StudyError/unsupported(_:)`` for a perturbation kind (they inject nothing);
    ///   the attacks' own errors for settings the data cannot meet.
    static func inject(_ attack: AttackSpec, into training: InteractionDataset, seed: UInt64) throws -> InjectedProfiles {
        switch attack.kind {
        case .random, .average, .bandwagon, .segment, .reverseBandwagon, .loveHate:
            guard let kind = attack.kind.shillingKind else { throw unavailable(attack) }
            let configuration = AttackConfiguration(
                kind: kind, fakeUsers: attack.fakeUsers, filler: attack.filler,
                selectedCount: attack.kind.usesSelectedItems ? attack.selectedCount : nil, targets: attack.targets,
                goal: attack.goal, seed: seed)
            let injection = try ProfileInjector.inject(configuration, into: training)
            return InjectedProfiles(
                poisoned: injection.poisoned, realUserCount: injection.realUserCount, targets: injection.targets,
                shilling: configuration, critic: nil, epochs: [])
        case .gan:
            return try ganProfiles(attack, into: training, seed: seed)
        case .gradient:
            // Gradient poisoning optimises profiles against a surrogate MF; push only.
            let configuration = GradientPoisoningConfiguration(
                fakeUsers: attack.fakeUsers, filler: attack.filler, targets: attack.targets, seed: seed)
            let injection = try GradientPoisoning.inject(configuration, into: training).injection
            return InjectedProfiles(
                poisoned: injection.poisoned, realUserCount: injection.realUserCount, targets: injection.targets,
                shilling: nil, critic: nil, epochs: [])
        case .fgsm, .pgd, .noise:
            throw unavailable(attack)
        }
    }

    /// A WGAN-GP trained on the real training profiles generates the fake ones (targets chosen
    /// like a shilling attack's, from `seed`).
    private static func ganProfiles(_ attack: AttackSpec, into training: InteractionDataset, seed: UInt64) throws -> InjectedProfiles {
        var generator = Xoshiro256StarStar(seed: seed)
        let targets = try attack.targets.resolve(in: AttackContext(training), using: &generator)
        let count = try attack.fakeUsers.resolved(realUsers: training.userCount)
        guard let goal = GANTargetGoal(rawValue: attack.goal.rawValue) else { throw unavailable(attack) }
        var configuration = GANConfiguration(loss: .wassersteinGP())
        if let epochs = attack.epochs { configuration.epochs = epochs }
        configuration.seed = seed
        let request = GANAttackRequest(
            fakeUserCount: count, targetItemIDs: targets.map { training.itemIDs.rawID(at: $0) }, goal: goal)
        var losses: [EpochLog] = []
        let outcome = try GANAttack.run(on: training, configuration: configuration, request: request) { report in
            losses.append(EpochLog(model: "gan", epoch: report.epoch, loss: report.discriminatorLoss))
            return true
        }
        return InjectedProfiles(
            poisoned: outcome.fakeProfiles.injected(into: training), realUserCount: training.userCount, targets: targets,
            shilling: nil, critic: outcome.detector, epochs: losses)
    }

    private static func unavailable(_ attack: AttackSpec) -> StudyError {
        StudyError.unsupported(
            "attack '\(attack.name)': kind \(attack.kind.rawValue) perturbs a trained model and injects no profiles")
    }
}
