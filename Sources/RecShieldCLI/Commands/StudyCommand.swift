import ArgumentParser

/// `recshield study`: config-driven robustness studies.
struct StudyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "study",
        abstract: "Run robustness studies from a YAML configuration: grid, resume, shards, reports.",
        discussion: """
            Start with `recshield study defaults > study.yaml`, edit it, check it with \
            `recshield study validate study.yaml`, then `recshield study run study.yaml`. \
            Results go to output_dir: results.sqlite, config.yaml, metrics.csv, metrics.json, \
            epochs.jsonl, report.html and report.md.
            """,
        subcommands: [
            StudyValidateCommand.self, StudyDefaultsCommand.self, StudyRunCommand.self, StudyMergeCommand.self,
            StudyReportCommand.self,
        ]
    )
}
