import ArgumentParser
import RecShield

/// `recshield study validate CONFIG`: checks a configuration without running it.
struct StudyValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a study configuration and count its cells, without running anything."
    )

    @Argument(help: "The study's YAML file.")
    var config: String

    func run() throws {
        let configuration = try StudyConfiguration(contentsOf: config)
        let grid = try StudyGrid(configuration)
        print(Self.summary(config, configuration, cells: grid.cells.count))
    }

    /// `study.yaml: valid — 24 cells (2 models × 2 defenses × 2 attacks × 2 seeds, with sweep)`.
    static func summary(_ path: String, _ configuration: StudyConfiguration, cells: Int) -> String {
        var parts = [
            "\(configuration.models.count) model\(configuration.models.count == 1 ? "" : "s")",
            "\(configuration.effectiveDefenses.count) defense\(configuration.effectiveDefenses.count == 1 ? "" : "s")",
        ]
        if !configuration.attacks.isEmpty {
            parts.append("\(configuration.attacks.count) attack\(configuration.attacks.count == 1 ? "" : "s")")
        }
        parts.append("\(configuration.experiment.seeds.count) seed\(configuration.experiment.seeds.count == 1 ? "" : "s")")
        let sweep = configuration.sweep.axes.isEmpty ? "" : ", times the sweep points that apply"
        return "\(path): valid — \(cells) cell\(cells == 1 ? "" : "s") (" + parts.joined(separator: " × ") + sweep + ")"
    }
}
