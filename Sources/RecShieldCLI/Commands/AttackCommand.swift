import ArgumentParser
import Foundation
import RecShield

/// `recshield attack --data PATH --kind KIND --out DIR`: injects shilling profiles into a data
/// set and writes the poisoned data (in the input's format), `labels.txt` and `provenance.json`.
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
            DIR receives the poisoned data in the input's format (ratings.csv, u.data, ratings.dat, \
            interactions.inter or interactions.csv), labels.txt ('user 1' for fake, 'user 0' for \
            real) and provenance.json, from which the files can be made again byte for byte.
            """
    )

    @Option(help: "An interaction file, or a folder holding u.data, ratings.dat, ratings.csv or one *.inter file.")
    var data: String

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "The attack.")
    var kind: ShillingAttackKind

    @Option(help: ArgumentHelp("Fake profiles as a share of the real users, in (0, 1] (default 0.03).", valueName: "F"))
    var fakeUserFraction: Double?

    @Option(help: ArgumentHelp("Fake profiles as a number.", valueName: "N"))
    var fakeUserCount: Int?

    @Option(help: ArgumentHelp("Filler items per profile as a share of the rated items, in (0, 1] (default 0.02).", valueName: "F"))
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

    @Option(help: "Push the targets up or nuke them down.")
    var goal: AttackGoal = .push

    @Option(help: "The seed of every random choice.")
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("The output folder (created when missing).", valueName: "dir"))
    var out: String

    @Flag(help: "Print the summary as JSON (snake_case keys) instead of a table.")
    var json = false

    mutating func validate() throws {
        func exclusive(_ a: Bool, _ b: Bool, _ names: String) throws {
            if a && b { throw ValidationError("give either \(names), not both") }
        }
        try exclusive(fakeUserFraction != nil, fakeUserCount != nil, "--fake-user-fraction or --fake-user-count")
        try exclusive(fillerFraction != nil, fillerCount != nil, "--filler-fraction or --filler-count")
        try exclusive(targets != nil, targetIDs != nil, "--targets or --target-ids")
        do {
            let configuration = try attackConfiguration()
            _ = try configuration.fakeUsers.resolved(realUsers: 1)
            _ = try configuration.filler.resolved(catalogue: 1, available: .max)
        } catch let error as DataError {
            throw ValidationError(error.description)
        }
        if selectedCount != nil && !kind.attack.usesSelectedItems {
            throw ValidationError("--selected-count applies to bandwagon, segment and reverse-bandwagon, not \(kind.rawValue)")
        }
    }

    /// The library configuration these flags describe.
    /// - Throws: ``DataError`` for malformed `--targets` or `--target-ids`.
    func attackConfiguration() throws -> AttackConfiguration {
        let defaults = AttackConfiguration()
        let fakeUsers = fakeUserCount.map(FakeUserAmount.count) ?? fakeUserFraction.map(FakeUserAmount.fraction) ?? defaults.fakeUsers
        let filler = fillerCount.map(FillerAmount.count) ?? fillerFraction.map(FillerAmount.fraction) ?? defaults.filler
        var selection = defaults.targets
        if let targets { selection = try TargetSelection(parsing: targets) }
        if let targetIDs {
            let ids = targetIDs.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard !ids.contains(where: \.isEmpty) else {
                throw DataError.invalidParameter(name: "target IDs", value: targetIDs, expected: "comma-separated raw item IDs")
            }
            selection = .ids(ids)
        }
        return AttackConfiguration(
            kind: kind, fakeUsers: fakeUsers, filler: filler, selectedCount: selectedCount, targets: selection,
            goal: goal, seed: seed)
    }

    func run() throws {
        print(try output(), terminator: "")
    }

    /// Runs the attack, writes the artefact and returns what `run()` prints.
    func output() throws -> String {
        let loaded = try dataOptions.load(data)
        let artefact = try AttackArtefact(
            attacking: loaded.dataset, format: loaded.report.format, configuration: try attackConfiguration())
        try artefact.write(to: out)
        let summary = AttackSummary(
            outputDirectory: out,
            files: [artefact.provenance.dataFile, AttackArtefact.labelsFileName, AttackArtefact.provenanceFileName],
            provenance: artefact.provenance, cost: AttackCost(artefact))
        return json ? try JSONOutput.text(summary) : summary.table(input: loaded)
    }
}

extension ShillingAttackKind: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}

extension AttackGoal: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}
