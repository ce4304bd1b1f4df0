import ArgumentParser
import RecShield

/// `recshield demo`: the main job on the built-in synthetic data, with no set-up.
///
/// Generates the synthetic data set, prints its statistics, splits it leave-one-out, trains
/// Popularity, ItemKNN and BPR-MF on the training part, evaluates them by full ranking, then injects
/// a bandwagon shilling attack (3% fake users pushing five unpopular items), retrains, and prints
/// how far the attack moved the targets.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run a small robustness experiment on built-in synthetic data."
    )

    @Option(help: "Seed of the data, the models and the attack.")
    var seed: UInt64 = 42

    @Option(help: "Worker threads (default: all cores).")
    var threads = ParallelLoop.availableThreads

    @Flag(help: "No progress lines on stderr.")
    var quiet = false

    func run() throws {
        var configuration = SyntheticDataConfiguration()
        configuration.seed = seed
        step("generating the synthetic data set")
        let data = try SyntheticDataGenerator(configuration: configuration).generate(threads: threads).interactions
        print("Synthetic data set (seed \(seed))")
        print(DataInspectCommand.summary(of: DatasetStatistics(data)) + "\n")

        step("splitting leave-one-out by latest timestamp")
        let split = try LeaveOneOutSplit().split(data)
        let train = split.train.implicit()
        let trainMatrix = train.byUser()
        print("Leave-one-out split: \(split.train.count) training and \(split.test.count) test interactions\n")

        let evaluator = try RankingEvaluator(
            metrics: [.hitRatio(10), .ndcg(10), .recall(20)], threads: threads)
        var results = TextTable(headers: ["model", "HR@10", "NDCG@10", "Recall@20"])
        let models = try trainModels(on: train)
        for (name, model) in models {
            step("evaluating \(name)")
            let evaluation = evaluator.evaluate(model, test: split.test.byUser(), training: trainMatrix)
            results.append([name] + evaluator.metrics.map { metric in
                evaluation.summary(of: metric).map(Self.format) ?? "-"
            })
        }
        print("Clean accuracy (full ranking, training items excluded; mean ± 95% CI over users)")
        print(results.rendered())

        step("injecting a bandwagon attack")
        let attack = AttackConfiguration(
            kind: .bandwagon, fakeUsers: .fraction(0.03), filler: .fraction(0.02),
            targets: .chosen(.unpopular, count: 5), goal: .push, seed: seed)
        let injection = try ProfileInjector.inject(attack, into: split.train)
        let poisoned = try trainModels(on: injection.poisoned.implicit())
        var impact = TextTable(headers: ["model", "target HR@10 before", "after", "mean target rank before", "after"])
        for ((name, clean), (_, attacked)) in zip(models, poisoned) where name != "Popularity" {
            step("measuring the attack on \(name)")
            let measured = try TargetImpact.measure(
                before: clean, after: attacked, training: trainMatrix, targets: injection.targets,
                cutoffs: [10], threads: threads)
            impact.append([
                name, Self.format(measured.hitRatios[0].before), Self.format(measured.hitRatios[0].after),
                String(format1: measured.meanRankBefore), String(format1: measured.meanRankAfter),
            ])
        }
        print("Bandwagon attack: \(injection.fakeUserCount) fake users (3%) push \(injection.targets.count) unpopular items")
        print(impact.rendered())
    }

    private func trainModels(on train: InteractionDataset) throws -> [(String, any Recommender)] {
        step("training Popularity, ItemKNN and BPR-MF on \(train.userCount) users")
        var bpr = BPRMatrixFactorization.Configuration()
        bpr.training.seed = seed
        bpr.training.threads = threads
        bpr.training.epochs = 30
        return [
            ("Popularity", PopularityBaseline(training: train)),
            ("ItemKNN", try ItemKNN(training: train)),
            ("BPR-MF", try BPRMatrixFactorization.train(on: train, configuration: bpr)),
        ]
    }

    private func step(_ message: String) {
        if !quiet && StandardError.isTerminal { StandardError.write("· \(message)\n") }
    }

    private static func format(_ summary: MetricSummary) -> String {
        let margin = summary.marginOfError.map { " ± " + format($0) } ?? ""
        return format(summary.mean) + margin
    }

    private static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let text = String(thousandths)
        let padded = String(repeating: "0", count: max(0, 4 - text.count)) + text
        return String(padded.dropLast(3)) + "." + String(padded.suffix(3))
    }
}
