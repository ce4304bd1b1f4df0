import ArgumentParser
import Foundation
import RecShield

/// `recshield study report RUN_DIR`: prints a run's report.
struct StudyReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the report of a run directory as a table, JSON, CSV, Markdown or HTML."
    )

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, markdown, html
    }

    @Argument(help: "A run directory written by `study run` or `study merge`.")
    var runDirectory: String

    @Option(help: "The output format.")
    var format: Format = .table

    func run() throws {
        print(try output(), terminator: "")
    }

    /// The report text in the chosen format.
    func output() throws -> String {
        let directory = URL(fileURLWithPath: runDirectory)
        guard ResultStore.exists(in: directory) else { throw StudyError.noResults(path: directory.path) }
        let report = StudyReport(try ResultStore(directory: directory).snapshot())
        switch format {
        case .table:
            return report.terminalText()
        case .json: return try report.jsonText()
        case .csv: return report.csv()
        case .markdown: return report.markdown()
        case .html: return report.html()
        }
    }
}
