import ArgumentParser
import Foundation
import RecShield

/// `recshield attack --data PATH --kind KIND --out DIR`: injects fake profiles (shilling, gradient
/// poisoning or GAN) into a data set and writes the poisoned data (in the input's format),
/// `labels.txt` and `provenance.json`.
struct AttackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attack",
        abstract: "Inject fake profiles into a data set and write the poisoned data, labels and provenance.",
        discussion: """
            Kinds (Lam & Riedl 2004; Burke et al. 2005; Mobasher et al. 2007): random and average rate \
            fillers around the global or the item mean; bandwagon adds the most popular items, segment \
            the items most co-rated with the targets, reverse-bandwagon the least popular ones; \
            love-hate rates the fillers at the opposite extreme of the target. Ratings use only values \
            real users gave. Unrated data gets the same items without ratings (push only).
            gradient (white box, push only) chooses each profile's items by the gradient of a target \
            objective through an ALS surrogate (Li et al. 2016; Tang et al. 2020), with the same fake-user \
            and filler budget; it is the attack that moves BPR-MF, most with short profiles \
            (e.g. --filler-count 20).
            gan (black box, AUSH-style; Lin et al. 2020) trains a GAN on the real profiles \
            (--gan-* options; WGAN-GP by default) and turns generated vectors into profiles whose \
            lengths follow the real users' (or --filler-count/--filler-fraction fillers each), \
            ratings on the real scale, targets at the highest (push) or lowest (nuke) used rating. \
            The summary adds the last epoch's losses and discriminator accuracy and the training \
            diagnostics of the generator: stealth distances of a sample of its profiles against real \
            ones (beside those of a real sample, the noise floor), their lengths and the \
            mode-collapse verdict, measured with the default post-processing (real-user lengths, no \
            targets, whatever the options chose for the injected profiles); epoch progress goes \
            to stderr on a terminal (--quiet hides it). Training is single-threaded and seeded, so \
            the artefact replays byte for byte.
            DIR receives the poisoned data in the input's format (ratings.csv, u.data, ratings.dat, \
            interactions.inter or interactions.csv), labels.txt ('user 1' for fake, 'user 0' for \
            real) and provenance.json, from which the files can be made again byte for byte.
            """
    )

    @Option(help: "An interaction file, or a folder holding u.data, ratings.dat, ratings.csv or one *.inter file.")
    var data: String

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "The attack.")
    var kind: AttackKindChoice

    @Option(help: ArgumentHelp("Fake profiles as a share of the real users, in (0, 1] (default 0.03).", valueName: "F"))
    var fakeUserFraction: Double?

    @Option(help: ArgumentHelp("Fake profiles as a number.", valueName: "N"))
    var fakeUserCount: Int?

    @Option(help: ArgumentHelp("Filler items per profile as a share of the rated items, in (0, 1] (default 0.02; gan: lengths like real users').", valueName: "F"))
    var fillerFraction: Double?

    @Option(help: ArgumentHelp("Filler items per profile as a number.", valueName: "N"))
    var fillerCount: Int?

    @Option(help: ArgumentHelp(
        "Selected items of bandwagon, segment and reverse-bandwagon (default \(AttackConfiguration.defaultSelectedCount)).",
        valueName: "N"))
    var selectedCount: Int?

    @Option(help: ArgumentHelp(
        "Targets drawn from a pool: random, popular or unpopular (a fifth of the rated items) with a count (default unpopular:5).",
        valueName: "pool:count"))
    var targets: String?

    @Option(name: .customLong("target-ids"), help: ArgumentHelp("Target items by raw ID, comma-separated.", valueName: "ids"))
    var targetIDs: String?

    @Option(help: "Push the targets up or nuke them down (gradient: push only; nuke needs ratings).")
    var goal: AttackGoal = .push

    @Option(help: ArgumentHelp(
        "Gradient poisoning: surrogate retrainings, each with a gradient search (default \(GradientPoisoningConfiguration().rounds)).",
        valueName: "N"))
    var rounds: Int?

    @Option(help: ArgumentHelp(
        "Gradient poisoning: the ALS surrogate's latent dimension (default \(GradientPoisoningConfiguration().surrogateFactors)).",
        valueName: "D"))
    var surrogateFactors: Int?

    @OptionGroup(title: "GAN options (--kind gan)") var ganOptions: GANOptions

    @Option(help: "The seed of every random choice.")
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("The output folder (created when missing).", valueName: "dir"))
    var out: String

    @Flag(help: "Print the summary as JSON (snake_case keys) instead of a table.")
    var json = false

    @Flag(help: "No progress bar on stderr.")
    var quiet = false

    mutating func validate() throws {
        func exclusive(_ a: Bool, _ b: Bool, _ names: String) throws {
            if a && b { throw ValidationError("give either \(names), not both") }
        }
        try exclusive(fakeUserFraction != nil, fakeUserCount != nil, "--fake-user-fraction or --fake-user-count")
        try exclusive(fillerFraction != nil, fillerCount != nil, "--filler-fraction or --filler-count")
        try exclusive(targets != nil, targetIDs != nil, "--targets or --target-ids")
        if kind == .gradient {
            if goal == .nuke { throw ValidationError("--kind gradient pushes its targets; --goal nuke is not available") }
            if selectedCount != nil { throw ValidationError("--selected-count does not apply to --kind gradient") }
        } else if rounds != nil || surrogateFactors != nil {
            throw ValidationError("--rounds and --surrogate-factors apply to --kind gradient only")
        }
        if kind == .gan {
            if selectedCount != nil { throw ValidationError("--selected-count does not apply to --kind gan") }
        } else if let flag = ganOptions.givenFlags.first {
            throw ValidationError("\(flag) applies to --kind gan only")
        }
        do {
            let recipe = try attackRecipe()
            _ = try recipe.fakeUsers.resolved(realUsers: 1)
            _ = try recipe.filler?.resolved(catalogue: 1, available: .max)
            if case let .gradient(configuration) = recipe { try configuration.validate() }
        } catch let error as DataError {
            throw ValidationError(error.description)
        }
        if selectedCount != nil, let shilling = kind.shilling, !shilling.attack.usesSelectedItems {
            throw ValidationError("--selected-count applies to bandwagon, segment and reverse-bandwagon, not \(kind.rawValue)")
        }
    }

    /// The library configuration these flags describe.
    /// - Throws: ``DataError`` for malformed `--targets` or `--target-ids`.
    func attackRecipe() throws -> AttackRecipe {
        let defaults = AttackConfiguration()
        let fakeUsers = fakeUserCount.map(FakeUserAmount.count) ?? fakeUserFraction.map(FakeUserAmount.fraction) ?? defaults.fakeUsers
        let givenFiller = fillerCount.map(FillerAmount.count) ?? fillerFraction.map(FillerAmount.fraction)
        let filler = givenFiller ?? defaults.filler
        var selection = defaults.targets
        if let targets { selection = try TargetSelection(parsing: targets) }
        if let targetIDs {
            let ids = targetIDs.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard !ids.contains(where: \.isEmpty) else {
                throw DataError.invalidParameter(name: "target IDs", value: targetIDs, expected: "comma-separated raw item IDs")
            }
            selection = .ids(ids)
        }
        if kind == .gan {
            return .gan(GANAttackRecipe(
                fakeUsers: fakeUsers, filler: givenFiller, targets: selection, goal: goal, seed: seed,
                gan: try ganOptions.configuration(), fillerSelection: ganOptions.fillerSelection?.selection ?? .topScores,
                ratingMapping: ganOptions.ratingMapping ?? .nearest))
        }
        guard let shilling = kind.shilling else {
            let gradientDefaults = GradientPoisoningConfiguration()
            return .gradient(GradientPoisoningConfiguration(
                fakeUsers: fakeUsers, filler: filler, targets: selection, seed: seed, rounds: rounds ?? gradientDefaults.rounds,
                surrogateFactors: surrogateFactors ?? gradientDefaults.surrogateFactors))
        }
        return .shilling(AttackConfiguration(
            kind: shilling, fakeUsers: fakeUsers, filler: filler, selectedCount: selectedCount, targets: selection,
            goal: goal, seed: seed))
    }

    func run() throws {
        print(try output(), terminator: "")
    }

    /// Runs the attack, writes the artefact and returns what `run()` prints.
    func output() throws -> String {
        let loaded = try dataOptions.load(data)
        let recipe = try attackRecipe()
        let artefact: AttackArtefact
        var gan: GANTrainingSummary?
        if case let .gan(ganRecipe) = recipe {
            let bar = ProgressBar(title: "GAN epochs", total: ganRecipe.gan.epochs, quiet: quiet)
            defer { bar.finish() }
            let outcome = try ganRecipe.inject(into: loaded.dataset) { report in
                bar.update(done: report.epoch, note: "D loss \(String(format: "%.4f", report.discriminatorLoss))")
            }
            artefact = try AttackArtefact(
                injection: outcome.injection, recipe: recipe, clean: loaded.dataset, format: loaded.report.format)
            gan = GANTrainingSummary(training: outcome.attack.training)
        } else {
            artefact = try AttackArtefact(attacking: loaded.dataset, format: loaded.report.format, recipe: recipe)
        }
        try artefact.write(to: out)
        let summary = AttackSummary(
            outputDirectory: out,
            files: [artefact.provenance.dataFile, AttackArtefact.labelsFileName, AttackArtefact.provenanceFileName],
            provenance: artefact.provenance, cost: AttackCost(artefact), gan: gan)
        return json ? try JSONOutput.text(summary) : summary.table(input: loaded)
    }
}

extension AttackGoal: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}
