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
                kind: kind, fakeUsers: attack.fakeUsers, filler: attack.filler ?? AttackSpec.defaultFiller,
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
                fakeUsers: attack.fakeUsers, filler: attack.filler ?? AttackSpec.defaultFiller, targets: attack.targets, seed: seed)
            let injection = try GradientPoisoning.inject(configuration, into: training).injection
            return InjectedProfiles(
                poisoned: injection.poisoned, realUserCount: injection.realUserCount, targets: injection.targets,
                shilling: nil, critic: nil, epochs: [])
        case .fgsm, .pgd, .noise:
            throw unavailable(attack)
        }
    }

    /// The GAN attack the CLI's `recshield attack --kind gan` runs (``GANAttackRecipe``), with the
    /// study's settings: a WGAN-GP (``GANLoss/wassersteinGP(lambda:)``) trained for
    /// `epochs` (or its default), profile lengths following the real users' unless the entry fixes
    /// the filler amount, targets, amount and goal from the entry, and the cell's attack seed.
    ///
    /// The recipe counts a fake-user fraction over the users with a training interaction and
    /// draws the targets from generator `(seed, stream 0)`, so a study cell and the CLI given the
    /// same settings and seed inject the same profiles.
    static func ganRecipe(_ attack: AttackSpec, seed: UInt64) -> GANAttackRecipe {
        var configuration = GANConfiguration(loss: .wassersteinGP())
        if let epochs = attack.epochs { configuration.epochs = epochs }
        return GANAttackRecipe(
            fakeUsers: attack.fakeUsers, filler: attack.filler, targets: attack.targets, goal: attack.goal, seed: seed,
            gan: configuration)
    }

    /// Injects ``ganRecipe(_:seed:)``'s profiles, keeping the critic loss per epoch as `gan`.
    private static func ganProfiles(_ attack: AttackSpec, into training: InteractionDataset, seed: UInt64) throws -> InjectedProfiles {
        var losses: [EpochLog] = []
        let outcome = try ganRecipe(attack, seed: seed).inject(into: training) { report in
            losses.append(EpochLog(model: "gan", epoch: report.epoch, loss: report.discriminatorLoss))
        }
        let injection = outcome.injection
        return InjectedProfiles(
            poisoned: injection.poisoned, realUserCount: injection.realUserCount, targets: injection.targets,
            shilling: nil, critic: outcome.attack.detector, epochs: losses)
    }

    private static func unavailable(_ attack: AttackSpec) -> StudyError {
        StudyError.unsupported(
            "attack '\(attack.name)': kind \(attack.kind.rawValue) perturbs a trained model and injects no profiles")
    }
}
