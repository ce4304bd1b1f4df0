import ArgumentParser
import Foundation
import RecShield

/// `recshield study merge DIR… --out DIR`: merges shard run directories.
struct StudyMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge the run directories of a study's shards into one, with its exports and report.",
        discussion: """
            Idempotent: merging a shard twice, or into an earlier merge, changes nothing. A cell \
            present in two directories with different results is an error naming the cell.
            """
    )

    @Argument(help: "Run directories of shards (each with results.sqlite).")
    var directories: [String]

    @Option(help: ArgumentHelp("The merged run directory (created when missing).", valueName: "dir"))
    var out: String

    @Flag(help: "Print the merge summary as JSON (snake_case keys).")
    var json = false

    func run() throws {
        let target = URL(fileURLWithPath: out)
        let summary = try ResultStore.merge(shardDirectories: directories.map { URL(fileURLWithPath: $0) }, into: target)
        let run = try ResultStore(directory: target).snapshot()
        try RunExports.write(run, to: target)
        let report = StudyReport(run)
        try RunExports.atomicWrite(report.html(), to: target.appendingPathComponent("report.html"))
        try RunExports.atomicWrite(report.markdown(), to: target.appendingPathComponent("report.md"))
        if json {
            try JSONOutput.print(summary)
        } else {
            print("\(out): \(summary.doneCells) of \(summary.totalCells) cells (\(summary.added) added, "
                + "\(summary.unchanged) already present, \(summary.failed) failed)")
        }
    }
}
