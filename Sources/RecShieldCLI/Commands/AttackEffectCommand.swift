import ArgumentParser
import RecShield

/// `recshield attack-effect --data CLEAN --poisoned DIR --model KIND`: trains a model on clean
/// and on poisoned training data and prints what the attack did to its targets and to real users.
struct AttackEffectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attack-effect",
        abstract: "Train a model on clean and on poisoned data and print the attack's effect.",
        discussion: """
            The clean data is split once (--split; leave-one-out by default when it has timestamps). \
            The fake profiles of the artefact in DIR (written by `recshield attack` from the same clean \
            data) are added to the training part; the model is trained on the clean and on the poisoned \
            training part with the same settings and seed. Printed: target hit ratio @10 and @20 over \
            real users who had not interacted with a target (before → after), prediction shift and mean \
            target rank, and the clean-utility change on the held-out interactions of real users \
            (RMSE for mf; HR@10 and NDCG@10, full ranking without training items, for the others).
            """
    )

    @Option(help: "The clean data the attack was made from (file or folder).")
    var data: String

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("The attack artefact folder (`recshield attack --out`).", valueName: "dir"))
    var poisoned: String

    @Option(help: "The model to train.")
    var model: VictimModelChoice

    @Option(help: "The model's seed.")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("leave-one-out, or random:F to hold out a share F of interactions.", valueName: "split"))
    var split: EvaluationSplitChoice?

    @Option(help: "The seed of a random split.")
    var splitSeed: UInt64 = 0

    @Option(help: "Threads for measuring (results do not depend on them).")
    var threads: Int = ParallelLoop.availableThreads

    @Flag(help: "Print the report as JSON (snake_case keys) instead of tables.")
    var json = false

    mutating func validate() throws {
        if model == .vbpr { throw ValidationError("--model vbpr needs item features; attack-effect trains mf, bpr, itemknn, userknn, neumf or pop") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        print(try output(), terminator: "")
    }

    /// Trains, measures and returns what `run()` prints.
    func output() throws -> String {
        let clean = try dataOptions.load(data).dataset
        let artefact = try AttackArtefact.read(from: poisoned)
        let fingerprint = clean.canonicalSHA256()
        guard fingerprint == artefact.provenance.inputSHA256 else {
            throw DataError.invalidParameter(
                name: "poisoned", value: poisoned,
                expected: "an artefact made from this data (its provenance records SHA-256 "
                    + "\(artefact.provenance.inputSHA256.prefix(12))…, the data has \(fingerprint.prefix(12))…)")
        }
        let choice = split ?? .automatic(for: clean)
        let parts = try choice.split(clean, seed: splitSeed)
        let poisonedTraining = try artefact.injectingFakeProfiles(into: parts.train)
        let targets = try artefact.provenance.targetItems.map { raw in
            guard let item = clean.itemIDs.index(of: raw) else { throw DataError.unknownID(kind: "target item", id: raw) }
            return item
        }
        if StandardError.isTerminal { StandardError.write("recshield: training \(model.rawValue) on clean and poisoned data…\n") }
        let before = try model.train(on: parts.train, seed: seed)
        let after = try model.train(on: poisonedTraining, seed: seed)
        let training = parts.train.byUser()
        let impact = try TargetImpact.measure(
            before: before, after: after, training: training, targets: targets, cutoffs: [10, 20], threads: threads)
        let report = AttackEffectReport(
            model: model.rawValue, seed: seed, split: choice.name(seed: splitSeed), attack: artefact.provenance.attack.kindName,
            targets: artefact.provenance.targetItems, targetImpact: impact,
            cleanUtility: try cleanUtility(before, after, test: parts.test, training: training), cost: AttackCost(artefact))
        return json ? try JSONOutput.text(report) : report.table()
    }

    /// RMSE (mf) or HR@10 and NDCG@10 of both models on the held-out interactions of real users.
    private func cleanUtility(
        _ before: any Recommender, _ after: any Recommender, test: InteractionDataset, training: SparseMatrix
    ) throws -> [CleanUtilityChange] {
        let matrix = test.byUser()
        guard !model.predictsRatings else {
            let evaluator = RatingEvaluator(threads: threads)
            return [CleanUtilityChange(
                metric: "RMSE", before: try evaluator.evaluate(before, test: test).rmse,
                after: try evaluator.evaluate(after, test: test).rmse, higherIsBetter: false)]
        }
        let metrics: [RankingMetric] = [.hitRatio(10), .ndcg(10)]
        let evaluator = try RankingEvaluator(metrics: metrics, threads: threads)
        let clean = evaluator.evaluate(before, test: matrix, training: training)
        let attacked = evaluator.evaluate(after, test: matrix, training: training)
        return metrics.map { metric in
            CleanUtilityChange(
                metric: metric.name, before: clean.mean(of: metric) ?? 0, after: attacked.mean(of: metric) ?? 0,
                higherIsBetter: metric.higherIsBetter)
        }
    }
}
