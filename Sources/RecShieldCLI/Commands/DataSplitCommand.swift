import ArgumentParser
import RecShield

/// `recshield data split PATH --strategy … --out DIR`: divides a data set into train, test (and
/// validation) parts and writes them with a `split.json` manifest.
struct DataSplitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Split a data set into train/test(/validation) files.",
        discussion: """
            Writes train.csv, test.csv (validation.csv) with header user,item,rating,timestamp and \
            raw IDs, plus split.json (strategy, seed, parameters, counts). kfold writes one folder \
            per fold (fold-1 … fold-K). Every strategy is deterministic for a seed.
            """
    )

    @Argument(help: "An interaction file, or a folder holding one.")
    var path: String

    @OptionGroup var data: DataOptions
    @OptionGroup var cleaning: FilterOptions

    @Option(help: "random (per-user holdout), leave-one-out (latest per user), temporal (global time cut), kfold.")
    var strategy: SplitStrategyKind

    @Option(help: "random: share of each user's interactions held out for test.")
    var testRatio: Double = 0.2

    @Option(help: "random: share held out for validation (0 for none).")
    var validationRatio: Double = 0

    @Flag(help: "leave-one-out: also hold out each user's second-latest interaction for validation.")
    var validation = false

    @Option(help: "temporal: share of interactions (the latest) that form the test part.")
    var testFraction: Double?

    @Option(help: "temporal: test holds interactions at or after this Unix time (instead of --test-fraction).")
    var cutTimestamp: Int64?

    @Option(help: "kfold: the number of folds.")
    var folds = 5

    @Option(help: "Seed of the random and kfold strategies.")
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("The output folder (created when missing).", valueName: "dir"))
    var out: String

    @Flag(help: "Print the manifest as JSON instead of a summary.")
    var json = false

    mutating func validate() throws {
        if testFraction != nil && cutTimestamp != nil {
            throw ValidationError("give either --test-fraction or --cut-timestamp, not both")
        }
    }

    func run() throws {
        let dataset = try cleaning.apply(to: try data.load(path).dataset)
        var written: [(folder: String, split: DataSplit)] = []
        switch strategy {
        case .random:
            let splitter = try RandomHoldoutSplit(testRatio: testRatio, validationRatio: validationRatio, seed: seed)
            written.append((out, splitter.split(dataset)))
        case .leaveOneOut:
            written.append((out, try LeaveOneOutSplit(holdsOutValidation: validation).split(dataset)))
        case .temporal:
            let cut: TemporalSplit.Cut = cutTimestamp.map { .timestamp($0) } ?? .fraction(testFraction ?? 0.2)
            written.append((out, try TemporalSplit(testCut: cut).split(dataset)))
        case .kFold:
            let splits = try KFoldSplit(folds: folds, seed: seed).splits(dataset)
            written = splits.enumerated().map { ("\(out)/fold-\($0.offset + 1)", $0.element) }
        }
        for (folder, split) in written { try split.write(to: folder) }
        if json {
            try JSONOutput.print(written.map(\.split.manifest))
        } else {
            var table = TextTable(headers: ["folder", "users", "items", "train", "validation", "test"])
            for (folder, split) in written {
                let counts = split.manifest.counts
                table.append([
                    folder, "\(counts.users)", "\(counts.items)", "\(counts.train)",
                    counts.validation.map(String.init) ?? "-", "\(counts.test)",
                ])
            }
            print(table.rendered(), terminator: "")
        }
    }
}

extension SplitStrategyKind: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}
