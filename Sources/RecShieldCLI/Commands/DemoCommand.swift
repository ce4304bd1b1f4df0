import ArgumentParser
import Foundation
import RecShield

/// `recshield demo`: a small but complete robustness study on the built-in synthetic data, with
/// no set-up and no arguments.
///
/// BPR-MF and explicit MF, undefended, adversarially trained (APR) and with sanitise-and-retrain
/// (robust detector), under a bandwagon shilling attack, the GAN attack and FGSM perturbations of
/// the embeddings, over two seeds — the configuration is
/// ``studyYAML(seed:threads:)``. The run (results.sqlite, metrics.csv/json, report.html,
/// report.md) goes to `./recshield-demo/`, replacing an earlier demo run there; the console
/// table and the report's path are printed.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run a small robustness study on built-in synthetic data and write its report to ./recshield-demo/."
    )

    @Option(help: "Seed of the data; the study runs seeds N and N+1.")
    var seed: UInt64 = 42

    @Option(help: "Worker threads (default: all cores).")
    var threads = ParallelLoop.availableThreads

    @Flag(help: "No progress lines on stderr.")
    var quiet = false

    /// The folder the demo writes to, relative to the working directory.
    static let directoryName = "recshield-demo"

    mutating func validate() throws {
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        if seed == .max { throw ValidationError("--seed must be below \(UInt64.max): the demo also runs seed N+1") }
    }

    /// The demo's study: 1000 users × 1500 items × 50 000 ratings, leave-one-out, two models ×
    /// three defenses × three attacks × two seeds = 36 cells.
    static func studyYAML(seed: UInt64, threads: Int) -> String {
        """
        experiment:
          name: recshield-demo
          seeds: [\(seed), \(seed + 1)]
          output_dir: \(directoryName)
          threads: \(threads)
        dataset:
          synthetic: {users: 1000, items: 1500, interactions: 50000, seed: \(seed)}
        split:
          strategy: leave-one-out
        models:
          - {name: bpr-mf, kind: bpr, factors: 32, epochs: 30}
          - {name: mf, kind: mf, factors: 32, epochs: 20}
        attacks:
          - {kind: bandwagon, fake_user_fraction: 0.03, filler_fraction: 0.02, targets: {pool: unpopular, count: 5}}
          - {kind: gan, fake_user_fraction: 0.03, epochs: 30, targets: {pool: unpopular, count: 5}}
          - {kind: fgsm, epsilons: [0.5, 1.0]}
        defenses:
          - {kind: none}
          - {kind: apr, epsilon: 0.5, adversarial_weight: 1.0}
          - {kind: sanitize, detector: robust}
        detectors:
          - {kind: robust}
        evaluation:
          metrics: [hr, ndcg, rmse]
          cutoffs: [10]
          target_cutoffs: [10, 20]

        """
    }

    func run() throws {
        let started = Date()
        let configuration = try StudyConfiguration(yaml: Self.studyYAML(seed: seed, threads: threads), file: "recshield demo")
        let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(Self.directoryName)
        if ResultStore.exists(in: directory) { try FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try ResultStore(directory: directory)
        let context = StudyContext(
            configuration: configuration, inputDirectory: directory, runDirectory: directory, threads: threads)
        let progress = StudyProgressReporter(quiet: quiet)
        let summary = try StudyRunner(grid: try StudyGrid(configuration)).run(
            executor: StudyCellExecutor(), store: store, context: context, progress: progress.report)
        progress.finish()
        let run = try store.snapshot()
        try RunExports.write(run, to: directory)
        let report = StudyReport(run)
        let page = directory.appendingPathComponent("report.html")
        try RunExports.atomicWrite(report.html(), to: page)
        try RunExports.atomicWrite(report.markdown(), to: directory.appendingPathComponent("report.md"))
        print(report.terminalText(), terminator: "")
        print("\nReport: \(page.path)")
        if !quiet {
            StandardError.write("recshield: demo finished in \(String(format: "%.1f", Date().timeIntervalSince(started))) s\n")
        }
        if summary.failed > 0 {
            throw StudyError.unsupported("\(summary.failed) of \(summary.total) demo cells failed (see \(directory.path)/report.md)")
        }
    }
}
