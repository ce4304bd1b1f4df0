import Foundation
import RecShield
import RecShieldAdversarial

/// Training-time defenses of BPR-MF against a shilling (push) attack on ml-latest-small: each
/// defense is trained on clean data (its cost in clean accuracy) and on poisoned data (how much
/// of the attack's target hit ratio it undoes).
enum ShillingStudy {
    struct Options {
        var seeds = 3
        var attack = ShillingAttackKind.bandwagon
        var fakeFraction = 0.03
        var fillerFraction = 0.02
        /// Poison with the GAN attack (WGAN-GP, `ganEpochs` epochs) instead of `attack`; the
        /// targets and the number of fake users are still those `attack` would use.
        var usesGANAttack = false
        /// Epochs of every GAN: the defender's generator and the GAN attack.
        var ganEpochs = 30
        /// Leaves out the gan-augment rows whose profiles come from the GAN (`GANProfileSource`).
        var skipsGANSource = false
    }

    /// Where a gan-augment row's profiles come from.
    enum Generator {
        /// No generated profiles (the defense is not gan-augment).
        case none
        /// `ShillingProfileSource`: random-attack profiles standing in for the GAN.
        case standIn
        /// `GANProfileSource`: a WGAN-GP trained on the data the defender trains on.
        case gan
    }

    struct Row {
        var name: String
        var cleanHR: [Double] = []
        var cleanNDCG: [Double] = []
        var poisonedHR: [Double] = []
        var poisonedNDCG: [Double] = []
        var targetHR: [Double] = []
        var targetHR50: [Double] = []
        var targetRank: [Double] = []
        var cleanTargetHR50: [Double] = []
        var cleanTargetRank: [Double] = []
    }

    typealias Defense = (name: String, kind: RecShieldAdversarial.DefenseKind, settings: DefenseSettings, generator: Generator)

    static func defenses(_ options: Options) -> [Defense] {
        var defenses: [Defense] = [
            ("none (BPR)", .none, DefenseSettings(), .none),
            ("apr (ε 0.5, λ 1)", .apr, DefenseSettings(), .none),
            ("gan-augment, random-attack stand-in (mix 0.1, weight 1)", .ganAugment, DefenseSettings(), .standIn),
            ("gan-augment, random-attack stand-in (mix 0.1, weight 0.3)", .ganAugment,
             DefenseSettings(fakeProfileWeight: 0.3), .standIn),
        ]
        if !options.skipsGANSource {
            defenses += [
                ("gan-augment, GAN source (mix 0.1, weight 1)", .ganAugment, DefenseSettings(), .gan),
                ("gan-augment, GAN source (mix 0.1, weight 0.3)", .ganAugment, DefenseSettings(fakeProfileWeight: 0.3), .gan),
            ]
        }
        return defenses + [
            ("tce (drop 0.2)", .tce, DefenseSettings(), .none),
            ("rce (β 0.25)", .rce, DefenseSettings(), .none),
        ]
    }

    static func run(_ options: Options) throws {
        let split = try Experiment.movieLensSplit()
        let defenses = defenses(options)
        var rows = defenses.map { Row(name: $0.name) }
        var generatorSeconds: [Double] = []
        var attackSeconds: [Double] = []
        var targetBefore: [Double] = []
        var targetBefore50: [Double] = []
        var rankBefore: [Double] = []
        for seed in 0..<options.seeds {
            let attack = AttackConfiguration(
                kind: options.attack, fakeUsers: .fraction(options.fakeFraction), filler: .fraction(options.fillerFraction),
                targets: .chosen(.unpopular, count: 5), goal: .push, seed: 900 + UInt64(seed))
            let injection = try ProfileInjector.inject(attack, into: split.train)
            var poisonedData = injection.poisoned
            if options.usesGANAttack {
                let gan = try GANPoisoning.poison(
                    split.train, count: injection.fakeUserCount, targets: injection.targets, epochs: options.ganEpochs,
                    seed: 900 + UInt64(seed))
                poisonedData = gan.poisoned
                attackSeconds.append(gan.seconds)
                Experiment.log("shilling: seed \(seed) GAN attack trained in \(Int(gan.seconds)) s")
            }
            let bpr = DefendedModelConfiguration.bpr(.init(training: TrainingConfiguration(
                epochs: 50, learningRate: 0.05, regularization: 0.001, initialStandardDeviation: 0.01, seed: UInt64(seed))))
            // The defender's generator knows neither the attack's kind nor its targets: random
            // profiles pushing one random item, or a GAN (no targets), both drawn from or
            // trained on the data the defender trains on. One GAN per data set and seed serves
            // both weights.
            var ganConfiguration = GANConfiguration(loss: .wassersteinGP())
            ganConfiguration.epochs = options.ganEpochs
            let ganSources = [split.train, poisonedData].map {
                TimedProfileSource(GANProfileSource(configuration: ganConfiguration, data: $0))
            }
            func source(_ generator: Generator, poisoned: Bool) -> (any FakeProfileSource)? {
                switch generator {
                case .none: return nil
                case .standIn:
                    return ShillingProfileSource(
                        attack: AttackConfiguration(kind: .random, filler: .fraction(0.02), targets: .chosen(.random, count: 1)),
                        data: poisoned ? poisonedData : split.train)
                case .gan: return ganSources[poisoned ? 1 : 0]
                }
            }
            let reference = try DefendedTraining.train(kind: .none, model: bpr, on: split.train).recommender
            for (index, defense) in defenses.enumerated() {
                var settings = defense.settings
                settings.profileSeed = 700 + UInt64(seed)
                let clean = defense.kind == .none
                    ? reference
                    : try DefendedTraining.train(
                        kind: defense.kind, settings: settings, model: bpr, on: split.train,
                        fakeProfiles: source(defense.generator, poisoned: false)
                    ).recommender
                let cleanScores = try Experiment.evaluate(clean, test: split.test, training: split.train)
                rows[index].cleanHR.append(cleanScores.hr)
                rows[index].cleanNDCG.append(cleanScores.ndcg)
                let poisoned = try DefendedTraining.train(
                    kind: defense.kind, settings: settings, model: bpr, on: poisonedData,
                    fakeProfiles: source(defense.generator, poisoned: true))
                let poisonedScores = try Experiment.evaluate(poisoned.recommender, test: split.test, training: split.train)
                rows[index].poisonedHR.append(poisonedScores.hr)
                rows[index].poisonedNDCG.append(poisonedScores.ndcg)
                // Against the same defense trained on clean data, so the columns show what the
                // attack adds under that defense.
                let impact = try TargetImpact.measure(
                    before: clean, after: poisoned.recommender, training: split.train.byUser(),
                    targets: injection.targets, cutoffs: [10, 50], threads: 2)
                rows[index].targetHR.append(impact.hitRatios[0].after)
                rows[index].targetHR50.append(impact.hitRatios[1].after)
                rows[index].targetRank.append(impact.meanRankAfter)
                rows[index].cleanTargetHR50.append(impact.hitRatios[1].before)
                rows[index].cleanTargetRank.append(impact.meanRankBefore)
                if index == 0 {
                    targetBefore.append(impact.hitRatios[0].before)
                    targetBefore50.append(impact.hitRatios[1].before)
                    rankBefore.append(impact.meanRankBefore)
                }
            }
            generatorSeconds += ganSources.flatMap(\.seconds)
            Experiment.log("shilling: seed \(seed) done (defender's GANs: \(ganSources.flatMap(\.seconds).map { Int($0) }) s)")
        }
        let attackName = options.usesGANAttack
            ? "GAN (WGAN-GP, \(options.ganEpochs) epochs, real-length profiles)" : options.attack.rawValue
        print("BPR-MF defenses against a \(attackName) push attack on ml-latest-small (implicit, "
            + "leave-one-out latest; \(100 * options.fakeFraction)% fake users, \(100 * options.fillerFraction)% fillers "
            + "(heuristic attacks), 5 unpopular targets), "
            + "\(options.seeds) seeds, mean ± 95% CI. Targets under plain BPR on clean data: HR@10 "
            + "\(Experiment.summary(targetBefore)), HR@50 \(Experiment.summary(targetBefore50)), mean rank "
            + "\(Experiment.summary(rankBefore, digits: 0)).\n")
        Experiment.table(
            ["defense", "clean HR@10", "clean NDCG@10", "poisoned HR@10", "poisoned NDCG@10", "target HR@10",
             "target HR@50 (clean → poisoned)", "target mean rank (clean → poisoned)"],
            rows.map {
                [$0.name, Experiment.summary($0.cleanHR), Experiment.summary($0.cleanNDCG), Experiment.summary($0.poisonedHR),
                 Experiment.summary($0.poisonedNDCG), Experiment.summary($0.targetHR),
                 Experiment.summary($0.cleanTargetHR50) + " → " + Experiment.summary($0.targetHR50),
                 Experiment.summary($0.cleanTargetRank, digits: 0) + " → " + Experiment.summary($0.targetRank, digits: 0)]
            })
        if !generatorSeconds.isEmpty {
            print("Defender's GAN (WGAN-GP, \(options.ganEpochs) epochs, training and generation) per retrain: "
                + "\(Experiment.summary(generatorSeconds, digits: 1)) s over \(generatorSeconds.count) runs.")
        }
        if !attackSeconds.isEmpty {
            print("Attacker's GAN: \(Experiment.summary(attackSeconds, digits: 1)) s over \(attackSeconds.count) runs.")
        }
    }
}
