import ArgumentParser
import RecShield

/// `recshield study defaults`: prints the commented default configuration.
struct StudyDefaultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "defaults",
        abstract: "Print a fully commented configuration with every key at its default."
    )

    func run() {
        print(StudyConfiguration.defaultsYAML, terminator: "")
    }
}
