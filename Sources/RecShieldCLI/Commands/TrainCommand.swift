import ArgumentParser
import Foundation
import RecShield

/// `recshield train --data PATH --model KIND --out MODEL`: splits a data set, trains a model on
/// the training part, evaluates it on the held-out part and saves it.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model on the training part of a split, evaluate it on the held-out part and save it.",
        discussion: """
            Implicit models (bpr, neumf, vbpr, pop, random, and itemknn/userknn with --feedback implicit) \
            treat every interaction as a positive, whatever its rating; --implicit-threshold R keeps only \
            ratings of at least R (a filter applied before splitting). mf and --feedback explicit learn \
            the ratings.
            Evaluation ranks every item each user did not train on and reports HR, NDCG and Recall at \
            10 and 20, plus RMSE and MAE for models that predict ratings. The model file keeps the raw \
            IDs and each user's training items, for `recshield evaluate` and `recshield recommend`.
            --json keys: model, data, split, users, items, train_interactions, validation_interactions, \
            test_interactions, evaluated_users, epochs, train_seconds, epoch_seconds, samples_per_second \
            (epochs alone; null for models built in one pass), evaluate_seconds, metrics ("hr@10", …), out.
            """
    )

    @Option(help: "An interaction file, or a folder holding one.")
    var data: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var cleaning: FilterOptions
    @OptionGroup var modelOptions: ModelOptions
    @OptionGroup var defenseOptions: DefenseOptions

    @Option(
        help: ArgumentHelp("How to hold out test data: \(SplitSpec.forms); default random:0.2.", valueName: "spec"),
        transform: SplitSpec.init(parsing:))
    var split: SplitSpec = .random(testRatio: 0.2)

    @Option(help: "Seed of the random split.")
    var splitSeed: UInt64 = 42

    @Option(help: ArgumentHelp("Where to save the trained model.", valueName: "model"))
    var out: String

    @Flag(help: "Print the results as JSON (snake_case keys) instead of a table.")
    var json = false

    @Flag(help: "No progress bar.")
    var quiet = false

    mutating func validate() throws {
        let folder = URL(fileURLWithPath: out).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("--out: the folder '\(folder)' does not exist")
        }
    }

    func run() throws {
        let loaded = try dataOptions.load(data)
        let dataset = try cleaning.apply(to: loaded.dataset)
        let parts = try split.split(dataset, seed: splitSeed, validation: modelOptions.patience != nil)
        let factory = ModelFactory(options: modelOptions, defense: defenseOptions, quiet: quiet)
        let outcome = try factory.train(on: parts.train, validation: parts.validation)
        let model = outcome.model
        let metrics = MetricSelection.standard(predictsRatings: model.predictsRatings && parts.test.isRated)
        let seen = parts.train.implicit().byUser()
        let results = try metrics.evaluate(
            model, test: parts.test, excluding: seen, threads: modelOptions.evaluationThreads)
        try ModelFile(model: model, trainingItems: seen).save(to: out)
        if results.evaluatedUsers == 0 {
            StandardError.write("recshield: warning: the test part is empty; the metrics are 0\n")
        }
        let report = TrainReport(
            model: modelOptions.model.rawValue, data: loaded.report.sourceFiles.first ?? data, split: split.description,
            users: dataset.userCount, items: dataset.itemCount, trainInteractions: parts.train.count,
            validationInteractions: parts.validation?.count, testInteractions: parts.test.count,
            evaluatedUsers: results.evaluatedUsers, epochs: outcome.epochs, trainSeconds: outcome.trainSeconds,
            epochSeconds: outcome.epochs > 0 ? outcome.epochSeconds / Double(outcome.epochs) : nil,
            samplesPerSecond: outcome.samplesPerSecond, evaluateSeconds: results.seconds, metrics: results.keyed, out: out)
        if json {
            try JSONOutput.print(report)
        } else {
            print(report.summary(kind: modelOptions.model) + "\n" + results.table, terminator: "")
        }
    }
}
