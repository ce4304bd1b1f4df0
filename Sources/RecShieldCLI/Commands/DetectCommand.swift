import ArgumentParser
import Foundation
import RecShield

/// `recshield detect --data PATH --detector NAME`: scores every user as a possible fake profile,
/// flags users by the detector's rule, and — with labels — reports precision, recall, F1 and
/// ROC-AUC.
struct DetectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "detect",
        abstract: "Score every user as a possible fake (shilling) profile and flag the suspicious ones.",
        discussion: """
            PATH is an interaction file or folder, or an attack artefact folder from `recshield attack` \
            (its labels.txt then scores the detection). --labels FILE gives labels for other data: one \
            'raw_user_id label' line per user, label 1 fake, 0 real (spaces, a tab or a comma between).
            Rules: robust, rdma and degsim flag robust z-scores ≥ 3 by default (median + 3 scaled MADs, \
            no attack size needed); pca needs --top-n; supervised and mlp flag P(fake) ≥ 0.5. \
            --threshold T flags calibrated values ≥ T: P(fake) for supervised detectors, the score's \
            percentile for the others.
            Supervised training never uses the judged data's labels. With --train-artefacts the detector \
            learns from those artefacts. Without, RecShield generates training attacks (every other \
            heuristic kind, sizes 3/5/10 %, fillers 1/3 %, seeds never equal to the judged attack's) from \
            --clean DATA when given, else from PATH itself with every user taken as real — existing fake \
            profiles then count as real examples, which makes the detector more cautious, never optimistic.
            """
    )

    @Option(help: ArgumentHelp("An interaction file or folder, or an attack artefact folder.", valueName: "path"))
    var data: String

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("A labels file: 'raw_user_id label' per line (1 fake, 0 real).", valueName: "file"))
    var labels: String?

    @Option(help: ArgumentHelp(
        "Clean data to generate supervised training attacks from (read with the same data options).", valueName: "path"))
    var clean: String?

    @OptionGroup var detectorOptions: DetectorOptions

    @Option(help: ArgumentHelp(
        "Write every user's score to this file (tab-separated: user, score, probability, flagged[, label]) "
            + "instead of printing them.",
        valueName: "file"))
    var scoresOut: String?

    @Flag(help: "Print the results as JSON (snake_case keys) instead of tables.")
    var json = false

    mutating func validate() throws {
        if clean != nil && !detectorOptions.detector.isSupervised {
            throw ValidationError("--clean applies to --detector supervised or mlp (it is where training attacks come from)")
        }
        if clean != nil && !detectorOptions.trainArtefacts.isEmpty {
            throw ValidationError("give either --clean or --train-artefacts, not both")
        }
    }

    func run() throws {
        print(try output(), terminator: "")
    }

    /// Runs the detection, writes `--scores-out` when given, and returns what `run()` prints.
    func output() throws -> String {
        let input = try DetectionInput.load(data, labels: labels, options: dataOptions)
        let base: (data: InteractionDataset, format: DataFormat, description: String)
        if let clean {
            let loaded = try dataOptions.load(clean)
            base = (loaded.dataset, loaded.report.format, clean)
        } else {
            base = (input.data, input.format, "\(data) (every user taken as real)")
        }
        let (detector, training) = try detectorOptions.makeDetector(base: base, test: input.provenance)
        let result = try detector.detect(
            in: input.data, decision: detectorOptions.decision, threads: detectorOptions.threads)
        var quality: DetectionQuality?
        if let userLabels = input.labels {
            do {
                quality = try DetectionQuality(result, labels: userLabels)
            } catch let error as DataError {
                StandardError.write("recshield: warning: no detection quality: \(error.description)\n")
            }
        }
        let report = DetectionReport(
            path: data, input: input, result: result, quality: quality, training: training,
            includesScores: scoresOut == nil)
        if let scoresOut { try OutputFile.write(report.scoresText(), to: scoresOut) }
        return json ? try JSONOutput.text(report) : report.table()
    }
}
