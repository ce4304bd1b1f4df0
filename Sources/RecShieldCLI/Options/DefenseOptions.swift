import ArgumentParser
import RecShield

/// The training-time defense of `recshield train`: which one and its settings (each flag one
/// meaning; unset values keep ``DefenseSettings``' documented defaults).
struct DefenseOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "apr (bpr, mf, neumf), amr (vbpr), gan-augment, tce or rce (bpr, neumf); none trains plainly.",
        valueName: "kind"))
    var defense: RecShieldAdversarial.DefenseKind = .none

    @Option(help: ArgumentHelp("apr/amr: radius ε of the adversarial perturbation per row.", valueName: "ε"))
    var epsilon: Float?

    @Option(help: ArgumentHelp("apr/amr: weight λ of the adversarial loss.", valueName: "λ"))
    var adversarialWeight: Float?

    @Option(help: ArgumentHelp("apr/amr: adversarial epochs after pretraining (default: the model's epochs).", valueName: "n"))
    var adversarialEpochs: Int?

    @Option(help: ArgumentHelp("gan-augment: generated profiles per real user.", valueName: "ratio"))
    var mixRatio: Double?

    @Option(help: ArgumentHelp("gan-augment: epochs of the GAN that generates the profiles.", valueName: "n"))
    var ganEpochs = 50

    @Option(help: ArgumentHelp("tce/rce: the largest drop rate (tce) of positive samples.", valueName: "rate"))
    var dropRate: Double?

    mutating func validate() throws {
        if ganEpochs < 1 { throw ValidationError("--gan-epochs must be at least 1") }
        let given: [(String, Bool, Set<RecShieldAdversarial.DefenseKind>)] = [
            ("--epsilon", epsilon != nil, [.apr, .amr]),
            ("--adversarial-weight", adversarialWeight != nil, [.apr, .amr]),
            ("--adversarial-epochs", adversarialEpochs != nil, [.apr, .amr]),
            ("--mix-ratio", mixRatio != nil, [.ganAugment]),
            ("--drop-rate", dropRate != nil, [.tce, .rce]),
        ]
        for (flag, isGiven, kinds) in given where isGiven && !kinds.contains(defense) {
            throw ValidationError("\(flag) applies to --defense \(kinds.map(\.rawValue).sorted().joined(separator: " or ")), not \(defense.rawValue)")
        }
    }

    /// The library settings these flags describe.
    var settings: DefenseSettings {
        var settings = DefenseSettings()
        settings.epsilon = epsilon ?? settings.epsilon
        settings.adversarialWeight = adversarialWeight ?? settings.adversarialWeight
        settings.adversarialEpochs = adversarialEpochs ?? settings.adversarialEpochs
        settings.mixRatio = mixRatio ?? settings.mixRatio
        settings.dropRate = dropRate ?? settings.dropRate
        return settings
    }

    /// The generator gan-augment mixes in: the GAN attack (WGAN-GP) trained on `data`.
    func profileSource(for data: InteractionDataset, seed: UInt64) -> (any FakeProfileSource)? {
        guard defense == .ganAugment else { return nil }
        var configuration = GANConfiguration(loss: .wassersteinGP())
        configuration.epochs = ganEpochs
        configuration.seed = seed
        return GANProfileSource(configuration: configuration, data: data)
    }
}

extension RecShieldAdversarial.DefenseKind: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}
