import ArgumentParser
import RecShield

/// `recshield defend --data CLEAN --poisoned DIR --detector NAME --model MODEL`: sanitise and
/// retrain — detect fake profiles in an attack artefact, remove them, retrain the model and show
/// how much of the attack's effect on its targets is undone.
struct DefendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "defend",
        abstract: "Remove detected fake profiles from poisoned data, retrain, and measure what was undone.",
        discussion: """
            Trains MODEL three times — on the clean data, on the poisoned data and on the poisoned data \
            without the flagged users — and reports, for the real users, each target's hit ratio, the \
            prediction shift and the mean target rank: clean, attacked, sanitised, and the share of \
            the attack's effect recovered, (attacked − sanitised) / (attacked − clean). The artefact's \
            labels only count the fake and real users removed.
            Supervised detectors (supervised, mlp) are trained on --train-artefacts, or on attacks \
            generated from the clean data with every other heuristic kind and other seeds than the \
            judged attack's (leak-free protocol).
            """
    )

    @Option(help: ArgumentHelp("The clean interaction file or folder the artefact was made from.", valueName: "path"))
    var data: String

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("An attack artefact folder from `recshield attack`.", valueName: "dir"))
    var poisoned: String

    @OptionGroup var detectorOptions: DetectorOptions

    @Option(help: "The model to retrain: item-mean (damped item means, rated data) or neumf.")
    var model: DetectionModelChoice

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("Hit-ratio cut-offs K (default 10 20).", valueName: "K"))
    var cutoffs: [Int] = [10, 20]

    @Flag(help: "Print the report as JSON (snake_case keys) instead of tables.")
    var json = false

    mutating func validate() throws {
        if cutoffs.isEmpty || cutoffs.contains(where: { $0 < 1 }) {
            throw ValidationError("--cutoffs takes one or more integers ≥ 1")
        }
    }

    func run() throws {
        print(try output(), terminator: "")
    }

    /// Runs sanitise-and-retrain and returns what `run()` prints.
    func output() throws -> String {
        let loaded = try dataOptions.load(data)
        let artefact = try AttackArtefact.read(from: poisoned)
        let (detector, training) = try detectorOptions.makeDetector(
            base: (loaded.dataset, loaded.report.format, data), test: artefact.provenance)
        let report = try SanitizeAndRetrain.run(
            clean: loaded.dataset, artefact: artefact, detector: detector, decision: detectorOptions.decision,
            cutoffs: cutoffs, threads: detectorOptions.threads, train: model.train)
        let summary = DefenseSummary(
            data: data, poisoned: poisoned, model: model.rawValue, attack: artefact.provenance.attack, report: report,
            training: training)
        return json ? try JSONOutput.text(summary) : summary.table()
    }
}
