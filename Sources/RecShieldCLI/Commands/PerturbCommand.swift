import ArgumentParser
import RecShield

/// `recshield perturb --model FILE --data PATH --kind fgsm --epsilons 0.1,0.5,1,2`: perturbs a
/// trained model's embeddings (or VBPR's item features) with growing budgets and prints the
/// robustness curve.
struct PerturbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perturb",
        abstract: "Perturb a trained model's embeddings with growing budgets and print the robustness curve.",
        discussion: """
            The model comes from a model file (--model: bpr-mf or explicit-mf archives) or is trained \
            here on the training part of the split (--train mf|bpr|neumf|vbpr, with --seed). The data is \
            split as when the model was trained (--split; leave-one-out by default when the data has \
            timestamps, else random:0.2 with --split-seed 0): the training part gives the loss the attack \
            ascends and the items excluded from rankings, the held-out part the metrics \
            (RMSE for mf, else HR@K and NDCG@K over the full ranking). A model file's users and items are \
            matched by raw ID; held-out rows it does not know are dropped with a warning.
            Kinds: random (a random direction per row with exactly the per-row norms of FGSM at the same \
            ε — rows the training loss does not touch stay put), fgsm (one step: L2-normalised gradient \
            for --norm l2, its sign for --norm linf; He et al. 2018), pgd (--steps steps of --step-size·ε, \
            projected onto each row's ball). The budget is per row, never over the whole matrix: \
            ‖Δ_r‖ ≤ ε·‖θ_r‖ with --relative (default), ‖Δ_r‖ ≤ ε with --absolute.
            """
    )

    /// The perturbation method.
    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case random, fgsm, pgd
        var defaultValueDescription: String { rawValue }
    }

    @Option(help: ArgumentHelp("A model file (bpr-mf or explicit-mf).", valueName: "file"))
    var model: String?

    @Option(help: ArgumentHelp("Train this model here instead of loading one (mf, bpr, neumf, vbpr).", valueName: "model"))
    var train: VictimModelChoice?

    @Option(help: "The data the model was trained on (file or folder).")
    var data: String

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("leave-one-out, or random:F to hold out a share F of interactions.", valueName: "split"))
    var split: EvaluationSplitChoice?

    @Option(help: "The seed of a random split.")
    var splitSeed: UInt64 = 0

    @Option(help: "The perturbation.")
    var kind: Kind

    @Option(help: ArgumentHelp("Budgets ε ≥ 0, comma-separated, e.g. 0.1,0.5,1,2.", valueName: "list"))
    var epsilons: String

    @Option(name: .customLong("on"), help: "What to perturb (default: both; features for vbpr).")
    var target: PerturbationTarget?

    @Flag(help: "ε as a share of each row's norm (--relative, default) or as each row's radius (--absolute).")
    var scale: PerturbationBudget.Scale = .relative

    @Option(help: "The norm of each row's ball.")
    var norm: PerturbationNorm = .l2

    @Option(help: ArgumentHelp("PGD steps (default 10).", valueName: "K"))
    var steps: Int?

    @Option(help: ArgumentHelp("PGD step as a share of ε (default 2.5/K).", valueName: "A"))
    var stepSize: Float?

    @Option(help: "Seeds the loss samples, random directions and (with --train) the model.")
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("The cut-off of HR and NDCG.", valueName: "K"))
    var cutoff: Int = 10

    @Option(help: ArgumentHelp("Item features for --train vbpr (CSV: item ID, then the vector).", valueName: "file"))
    var features: String?

    @Option(help: "Threads for evaluation (results do not depend on them).")
    var threads: Int = ParallelLoop.availableThreads

    @Flag(help: "Print the curve as JSON (snake_case keys) instead of a table.")
    var json = false

    mutating func validate() throws {
        switch (model, train) {
        case (nil, nil): throw ValidationError("give --model FILE or --train MODEL")
        case (.some, .some): throw ValidationError("give either --model or --train, not both")
        default: break
        }
        if let train, ![.mf, .bpr, .neumf, .vbpr].contains(train) {
            throw ValidationError("--train takes mf, bpr, neumf or vbpr (models with embeddings), not \(train.rawValue)")
        }
        if (train == .vbpr) != (features != nil) {
            throw ValidationError(train == .vbpr ? "--train vbpr needs --features FILE" : "--features applies to --train vbpr only")
        }
        if kind != .pgd && (steps != nil || stepSize != nil) {
            throw ValidationError("--steps and --step-size apply to --kind pgd only")
        }
        if let steps, steps < 1 { throw ValidationError("--steps must be at least 1") }
        if let stepSize, !(stepSize.isFinite && stepSize > 0) { throw ValidationError("--step-size must be a number > 0") }
        if cutoff < 1 { throw ValidationError("--cutoff must be at least 1") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        _ = try parsedEpsilons()
    }

    /// The budgets of `--epsilons`.
    /// - Throws: `ValidationError` for an empty list, a value that is not a number, or ε < 0.
    func parsedEpsilons() throws -> [Float] {
        let parts = epsilons.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty, !parts.contains(where: \.isEmpty) else {
            throw ValidationError("--epsilons needs comma-separated numbers, e.g. 0.1,0.5,1,2")
        }
        return try parts.map { text in
            guard let value = Float(text), value.isFinite else { throw ValidationError("--epsilons: '\(text)' is not a number") }
            guard value >= 0 else { throw ValidationError("--epsilons: ε must be ≥ 0, got \(text)") }
            return value
        }
    }

    /// The attack these flags describe (ε is replaced per point of the curve).
    func perturbation(defaultTarget: PerturbationTarget) -> EmbeddingPerturbation {
        let method: EmbeddingPerturbation.Method
        switch kind {
        case .random: method = .random
        case .fgsm: method = .fgsm
        case .pgd: method = .pgd(steps: steps ?? 10, stepSize: stepSize)
        }
        return EmbeddingPerturbation(
            method: method, budget: PerturbationBudget(epsilon: 0, scale: scale, norm: norm),
            target: target ?? defaultTarget, seed: seed)
    }

    func run() throws {
        print(try output(), terminator: "")
    }

    /// Loads or trains the model, measures the curve and returns what `run()` prints.
    func output() throws -> String {
        let clean = try dataOptions.load(data).dataset
        let choice = split ?? .automatic(for: clean)
        let parts = try choice.split(clean, seed: splitSeed)
        let report = try measure(split: parts, splitName: choice.name(seed: splitSeed))
        return json ? try JSONOutput.text(report) : report.table()
    }
}

extension PerturbationTarget: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}

extension PerturbationNorm: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}

extension PerturbationBudget.Scale: EnumerableFlag {}
