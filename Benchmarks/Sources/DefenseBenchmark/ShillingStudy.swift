import Foundation
import RecShield

/// Training-time defenses of BPR-MF against a shilling (push) attack on ml-latest-small: each
/// defense is trained on clean data (its cost in clean accuracy) and on poisoned data (how much
/// of the attack's target hit ratio it undoes).
enum ShillingStudy {
    struct Options {
        var seeds = 3
        var attack = ShillingAttackKind.bandwagon
        var fakeFraction = 0.03
        var fillerFraction = 0.02
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

    static let defenses: [(name: String, kind: DefenseKind, settings: DefenseSettings)] = [
        ("none (BPR)", .none, DefenseSettings()),
        ("apr (ε 0.5, λ 1)", .apr, DefenseSettings()),
        ("gan-augment (mix 0.1, weight 1)", .ganAugment, DefenseSettings()),
        ("gan-augment (mix 0.1, weight 0.3)", .ganAugment, DefenseSettings(fakeProfileWeight: 0.3)),
        ("tce (drop 0.2)", .tce, DefenseSettings()),
        ("rce (β 0.25)", .rce, DefenseSettings()),
    ]

    static func run(_ options: Options) throws {
        let split = try Experiment.movieLensSplit()
        var rows = defenses.map { Row(name: $0.name) }
        var targetBefore: [Double] = []
        var targetBefore50: [Double] = []
        var rankBefore: [Double] = []
        for seed in 0..<options.seeds {
            let attack = AttackConfiguration(
                kind: options.attack, fakeUsers: .fraction(options.fakeFraction), filler: .fraction(options.fillerFraction),
                targets: .chosen(.unpopular, count: 5), goal: .push, seed: 900 + UInt64(seed))
            let injection = try ProfileInjector.inject(attack, into: split.train)
            let bpr = DefendedModelConfiguration.bpr(.init(training: TrainingConfiguration(
                epochs: 50, learningRate: 0.05, regularization: 0.001, initialStandardDeviation: 0.01, seed: UInt64(seed))))
            // The defender's generator knows neither the attack's kind nor its targets: random
            // profiles pushing one random item, drawn from the data the defender trains on.
            func source(_ data: InteractionDataset) -> ShillingProfileSource {
                ShillingProfileSource(
                    attack: AttackConfiguration(kind: .random, filler: .fraction(0.02), targets: .chosen(.random, count: 1)),
                    data: data)
            }
            let reference = try DefendedTraining.train(kind: .none, model: bpr, on: split.train).recommender
            for (index, defense) in defenses.enumerated() {
                var settings = defense.settings
                settings.profileSeed = 700 + UInt64(seed)
                let clean = defense.kind == .none
                    ? reference
                    : try DefendedTraining.train(
                        kind: defense.kind, settings: settings, model: bpr, on: split.train, fakeProfiles: source(split.train)
                    ).recommender
                let cleanScores = try Experiment.evaluate(clean, test: split.test, training: split.train)
                rows[index].cleanHR.append(cleanScores.hr)
                rows[index].cleanNDCG.append(cleanScores.ndcg)
                let poisoned = try DefendedTraining.train(
                    kind: defense.kind, settings: settings, model: bpr, on: injection.poisoned,
                    fakeProfiles: source(injection.poisoned))
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
            Experiment.log("shilling: seed \(seed) done")
        }
        print("BPR-MF defenses against a \(options.attack.rawValue) push attack on ml-latest-small (implicit, "
            + "leave-one-out latest; \(100 * options.fakeFraction)% fake users, \(100 * options.fillerFraction)% fillers, "
            + "5 unpopular targets), "
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
    }
}
