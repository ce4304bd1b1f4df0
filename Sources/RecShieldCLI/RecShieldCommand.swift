import ArgumentParser
import RecShield

/// The `recshield` command: attack, measure and harden recommender systems.
@main
struct RecShieldCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recshield",
        abstract: "Attack, measure and harden recommender systems.",
        discussion: """
            Start with `recshield demo`: it runs the main job on built-in synthetic data.
            Exit codes: 0 success, 64 bad usage, 65 bad data, 66 missing input, 1 other failure.
            """,
        subcommands: [
            DemoCommand.self, DataCommand.self, TrainCommand.self, EvaluateCommand.self, RecommendCommand.self,
            MetricsCommand.self, AttackCommand.self, AttackEffectCommand.self, PerturbCommand.self,
            DetectCommand.self, DefendCommand.self, StudyCommand.self,
        ]
    )

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: CommandFailure.wrapping(error))
        }
    }
}
