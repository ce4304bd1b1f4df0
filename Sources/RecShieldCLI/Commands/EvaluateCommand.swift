import ArgumentParser
import RecShield

/// `recshield evaluate --model MODEL --data PATH`: evaluates a saved model on a data set (its
/// held-out part with `--split`, otherwise all of it), matching the data's raw IDs to the model's.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate a saved model on a data set or the held-out part of a split.",
        discussion: """
            The data's raw user and item IDs are matched to the model's; test interactions of users or \
            items the model does not know are skipped, counted and reported on stderr. Ranking metrics \
            rank every item each user did not train on (the training items saved with the model, else \
            the training part of --split). rmse and mae need a model that predicts ratings (mf, or \
            itemknn/userknn trained with --feedback explicit) and rated data.
            With the same data, filters, --split and --split-seed as `recshield train`, the numbers \
            match those train printed.
            --json keys: model, model_file, data, split, test_interactions, skipped_interactions, \
            unknown_users, unknown_items, evaluated_users, evaluate_seconds, metrics ("hr@10", …).
            """
    )

    @Option(name: .customLong("model"), help: ArgumentHelp("A model file saved by `recshield train`.", valueName: "model"))
    var modelPath: String

    @Option(help: "An interaction file, or a folder holding one.")
    var data: String

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var cleaning: FilterOptions

    @Option(
        help: ArgumentHelp("Evaluate on the held-out part of this split (\(SplitSpec.forms)) instead of all the data.",
                           valueName: "spec"),
        transform: SplitSpec.init(parsing:))
    var split: SplitSpec?

    @Option(help: "Seed of the random split.")
    var splitSeed: UInt64 = 42

    @Option(help: ArgumentHelp(
        "Metrics, comma-separated: \(MetricSelection.names.joined(separator: ",")) (default hr,ndcg,recall, "
            + "plus rmse,mae for models that predict ratings).",
        valueName: "names"))
    var metrics: String?

    @Option(help: ArgumentHelp("Cut-offs K of hr, ndcg, recall, precision and map, comma-separated.", valueName: "ks"))
    var cutoffs = "10,20"

    @Option(help: ArgumentHelp("Evaluation threads (default: all cores; results do not depend on it).", valueName: "n"))
    var threads: Int?

    @Flag(help: "Print the results as JSON (snake_case keys) instead of a table.")
    var json = false

    mutating func validate() throws {
        do {
            _ = try MetricSelection(metrics: metrics ?? "hr", cutoffs: cutoffs)
        } catch let error as MetricSelectionError {
            throw ValidationError(error.description)
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let file = try ModelFile.load(from: modelPath)
        let model = file.model
        let selection = try metrics.map { try MetricSelection(metrics: $0, cutoffs: cutoffs) }
            ?? MetricSelection.standard(predictsRatings: model.predictsRatings)
        if !selection.rating.isEmpty && !model.predictsRatings {
            let kind = type(of: model).archiveKind
            CommandFailure.printError("rmse and mae need a model that predicts ratings; \(modelPath) holds a '\(kind)' model")
            throw ExitCode(64)
        }
        let loaded = try dataOptions.load(data)
        let dataset = try cleaning.apply(to: loaded.dataset)
        let parts = try split.map { try $0.split(dataset, seed: splitSeed, validation: false) }
        let test = (parts?.test ?? dataset).reindexed(userIDs: model.userIDs, itemIDs: model.itemIDs)
        if test.droppedInteractions > 0 {
            StandardError.write(
                "recshield: warning: skipped \(test.droppedInteractions) test interactions of \(test.unknownUsers) "
                    + "users and \(test.unknownItems) items the model does not know\n")
        }
        let excluded = file.trainingItems
            ?? parts.map { $0.train.reindexed(userIDs: model.userIDs, itemIDs: model.itemIDs).dataset.implicit().byUser() }
        if excluded == nil {
            StandardError.write("recshield: warning: \(modelPath) holds no training items; ranking every item\n")
        }
        let results = try selection.evaluate(
            model, test: test.dataset, excluding: excluded, threads: threads ?? ParallelLoop.availableThreads)
        let report = EvaluateReport(
            model: file.kind?.rawValue ?? type(of: model).archiveKind, modelFile: modelPath,
            data: loaded.report.sourceFiles.first ?? data, split: split?.description,
            testInteractions: test.dataset.count, skippedInteractions: test.droppedInteractions,
            unknownUsers: test.unknownUsers, unknownItems: test.unknownItems, evaluatedUsers: results.evaluatedUsers,
            evaluateSeconds: results.seconds, metrics: results.keyed)
        if json {
            try JSONOutput.print(report)
        } else {
            print(results.table, terminator: "")
        }
    }
}

/// What `recshield evaluate --json` prints; keys are the snake_case property names.
struct EvaluateReport: Encodable {
    var model: String
    var modelFile: String
    var data: String
    var split: String?
    var testInteractions: Int
    var skippedInteractions: Int
    var unknownUsers: Int
    var unknownItems: Int
    var evaluatedUsers: Int
    var evaluateSeconds: Double
    var metrics: [String: Double]

    enum CodingKeys: String, CodingKey {
        case model
        case modelFile = "model_file"
        case data, split
        case testInteractions = "test_interactions"
        case skippedInteractions = "skipped_interactions"
        case unknownUsers = "unknown_users"
        case unknownItems = "unknown_items"
        case evaluatedUsers = "evaluated_users"
        case evaluateSeconds = "evaluate_seconds"
        case metrics
    }

    /// Always writes every key (`split` is `null` without `--split`).
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(modelFile, forKey: .modelFile)
        try container.encode(data, forKey: .data)
        try container.encode(split, forKey: .split)
        try container.encode(testInteractions, forKey: .testInteractions)
        try container.encode(skippedInteractions, forKey: .skippedInteractions)
        try container.encode(unknownUsers, forKey: .unknownUsers)
        try container.encode(unknownItems, forKey: .unknownItems)
        try container.encode(evaluatedUsers, forKey: .evaluatedUsers)
        try container.encode(evaluateSeconds, forKey: .evaluateSeconds)
        try container.encode(metrics, forKey: .metrics)
    }
}
