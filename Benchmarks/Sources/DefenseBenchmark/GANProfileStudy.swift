import Foundation
import RecShield

/// What the defender's generator (`GANProfileSource`, WGAN-GP) mixes into the training data of
/// gan-augment on ml-latest-small, trained on the clean split and on the split poisoned by the
/// shilling study's bandwagon attack (same seeds, so these are the study's profiles): the GAN's
/// own stealth diagnostics, where the generated interactions fall in the item popularity order,
/// and how many generated profiles contain the attacker's targets.
enum GANProfileStudy {
    struct Options {
        var seeds = 3
        var ganEpochs = 30
        var mixRatio = 0.1
        var fakeFraction = 0.1
        var fillerFraction = 0.005
    }

    static func run(_ options: Options) throws {
        let split = try Experiment.movieLensSplit()
        let train = split.train
        var popularity = [Int](repeating: 0, count: train.itemCount)
        for item in train.items { popularity[Int(item)] += 1 }
        let order = popularity.indices.sorted { popularity[$0] > popularity[$1] || (popularity[$0] == popularity[$1] && $0 < $1) }
        var isHead = [Bool](repeating: false, count: train.itemCount)
        for item in order.prefix(train.itemCount / 10) { isHead[item] = true }
        func describe(_ items: [Int32], users: Int) -> (head: Double, distinct: Int, meanLength: Double) {
            (Double(items.filter { isHead[Int($0)] }.count) / Double(max(items.count, 1)), Set(items).count,
             Double(items.count) / Double(users))
        }
        let real = describe(train.items, users: Set(train.users).count)
        print("Defender's GAN on the ml-latest-small training split (implicit): WGAN-GP, \(options.ganEpochs) epochs, "
            + "mix \(options.mixRatio); the attack's 5 unpopular targets; head = the 10% most popular items "
            + "(\(String(format: "%.1f", 100 * real.head))% of real interactions).\n")
        var rows: [[String]] = []
        for seed in 0..<options.seeds {
            let attack = AttackConfiguration(
                kind: .bandwagon, fakeUsers: .fraction(options.fakeFraction), filler: .fraction(options.fillerFraction),
                targets: .chosen(.unpopular, count: 5), goal: .push, seed: 900 + UInt64(seed))
            let injection = try ProfileInjector.inject(attack, into: train)
            let targets = Set(injection.targets.map(Int32.init))
            for (name, data) in [("clean", train), ("bandwagon \(Int(100 * options.fakeFraction))%", injection.poisoned)] {
                var configuration = GANConfiguration(loss: .wassersteinGP())
                configuration.epochs = options.ganEpochs
                configuration.seed = 700 + UInt64(seed)
                let count = GANAugmentation(mixRatio: options.mixRatio).profileCount(realUsers: Set(data.users).count)
                let start = Date()
                let gan = try GANAttack.run(on: data, configuration: configuration, request: GANAttackRequest(fakeUserCount: count))
                let seconds = Date().timeIntervalSince(start)
                let profiles = gan.fakeProfiles.dataset()
                let fake = describe(profiles.items, users: count)
                var withTarget = Set<Int32>()
                for index in 0..<profiles.count where targets.contains(profiles.items[index]) { withTarget.insert(profiles.users[index]) }
                let collapse = gan.training.finalStealth?.modeCollapse
                rows.append([
                    name, "\(700 + seed)", String(format: "%.0f", seconds),
                    String(format: "%.3f", gan.training.finalStealth?.itemTotalVariation ?? .nan),
                    String(format: "%.3f / %.3f", collapse?.meanSimilarityFake ?? .nan, collapse?.meanSimilarityReal ?? .nan),
                    "\(collapse?.nearDuplicatePairsFake ?? 0) / \(collapse?.pairsFake ?? 0)",
                    String(format: "%.1f", fake.meanLength), "\(fake.distinct)", String(format: "%.1f", 100 * fake.head),
                    "\(withTarget.count) / \(count)",
                ])
                Experiment.log("gan-profiles: seed \(seed) \(name) done in \(Int(seconds)) s")
            }
        }
        Experiment.table(
            ["trained on", "GAN seed", "seconds", "item TV", "Jaccard fake / real", "near-dup. pairs", "mean length",
             "distinct items", "% head interactions", "profiles with a target"],
            rows)
        print("Real users: mean length \(String(format: "%.1f", real.meanLength)), \(real.distinct) distinct items, "
            + "\(String(format: "%.1f", 100 * real.head))% head interactions.")
    }
}
