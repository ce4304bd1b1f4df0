import ArgumentParser
import Foundation
import RecShield

/// `recshield study run CONFIG`: runs (or resumes) a study or one shard of it.
struct StudyRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the cells of a study, or resume them, or run one shard of the grid.",
        discussion: """
            Each finished cell is stored in results.sqlite in one transaction: a killed run loses \
            at most the cell in flight, and --resume finishes the rest with the same results. \
            With --shard I/N (0 ≤ I < N) only the cells whose grid index is I modulo N run, into \
            <output_dir>/shard-I-of-N; --shard-from-env takes I from JOB_COMPLETION_INDEX \
            (Kubernetes Indexed Job) or SLURM_ARRAY_TASK_ID (Slurm array) and N from --shard-count, \
            RECSHIELD_SHARD_COUNT or SLURM_ARRAY_TASK_COUNT. Merge shards with `recshield study merge`.
            """
    )

    @Argument(help: "The study's YAML file.")
    var config: String

    @Flag(help: "Finish a run directory that already holds results of this configuration.")
    var resume = false

    @Option(help: ArgumentHelp("Worker threads per cell (default: experiment.threads).", valueName: "N"))
    var threads: Int?

    @Option(help: ArgumentHelp("Run shard I of N (0-based).", valueName: "I/N"))
    var shard: String?

    @Flag(help: "Take the shard from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID.")
    var shardFromEnv = false

    @Option(help: ArgumentHelp("The number of shards, for --shard-from-env.", valueName: "N"))
    var shardCount: Int?

    @Option(help: ArgumentHelp("The run directory (default: experiment.output_dir).", valueName: "dir"))
    var outputDir: String?

    @Flag(help: "No progress bar and no log lines on stderr.")
    var quiet = false

    mutating func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if shard != nil && shardFromEnv { throw ValidationError("give either --shard or --shard-from-env, not both") }
        if shardCount != nil && !shardFromEnv { throw ValidationError("--shard-count goes with --shard-from-env") }
    }

    func run() throws {
        var configuration = try StudyConfiguration(contentsOf: config)
        if let threads { configuration.experiment.threads = threads }
        let grid = try StudyGrid(configuration)
        let selected = try selectedShard()
        var directory = URL(fileURLWithPath: outputDir ?? configuration.experiment.outputDirectory)
        if let selected { directory.appendPathComponent(selected.directoryName) }
        if ResultStore.exists(in: directory) && !resume {
            let stored = try ResultStore(directory: directory).completedKeys()
            if !stored.isEmpty { throw StudyError.runDirectoryNotEmpty(path: directory.path) }
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try ResultStore(directory: directory)
        let context = StudyContext(
            configuration: configuration,
            inputDirectory: URL(fileURLWithPath: config).deletingLastPathComponent(),
            runDirectory: directory, threads: configuration.experiment.threads)
        let runner = StudyRunner(grid: grid, shard: selected)
        let progress = StudyProgressReporter(quiet: quiet)
        let summary = try runner.run(executor: StudyCellExecutor(), store: store, context: context, progress: progress.report)
        progress.finish()
        let run = try store.snapshot()
        try RunExports.write(run, to: directory)
        let report = StudyReport(run)
        try RunExports.atomicWrite(report.html(), to: directory.appendingPathComponent("report.html"))
        try RunExports.atomicWrite(report.markdown(), to: directory.appendingPathComponent("report.md"))
        print(report.terminalText(), terminator: "")
        if !quiet { StandardError.write("results and report in \(directory.path)\n") }
        if summary.failed > 0 {
            throw StudyError.unsupported(
                "\(summary.failed) of \(summary.total) cells failed (see report.md); fix the cause and run again with --resume")
        }
    }

    /// The shard from `--shard` or the environment, or `nil` for the whole grid.
    func selectedShard() throws -> Shard? {
        if let shard { return try Shard(parsing: shard) }
        guard shardFromEnv else { return nil }
        guard let found = try Shard.fromEnvironment(ProcessInfo.processInfo.environment, count: shardCount) else {
            throw ValidationError("--shard-from-env: neither JOB_COMPLETION_INDEX nor SLURM_ARRAY_TASK_ID is set")
        }
        return found
    }
}
