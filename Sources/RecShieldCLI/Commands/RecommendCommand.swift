import ArgumentParser
import RecShield

/// `recshield recommend --model MODEL --user RAW_ID`: the best items for one user from a saved
/// model, by raw ID, without the user's training items.
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Print the top items for a user from a saved model, by raw ID.",
        discussion: """
            Items the user trained on are left out; ties go to the item seen first in the training \
            data. A user the model was not trained on is an error (exit code 65).
            --json keys: model, user, recommendations (a list of {item, score}, best first).
            """
    )

    @Option(name: .customLong("model"), help: ArgumentHelp("A model file saved by `recshield train`.", valueName: "model"))
    var modelPath: String

    @Option(help: ArgumentHelp("The user's raw ID, as in the training data.", valueName: "id"))
    var user: String

    @Option(help: "How many items to recommend.")
    var count = 10

    @Flag(help: "Print JSON (snake_case keys) instead of a table.")
    var json = false

    mutating func validate() throws {
        if count < 1 { throw ValidationError("--count must be at least 1") }
    }

    func run() throws {
        let file = try ModelFile.load(from: modelPath)
        let recommendations = try file.recommendations(forUser: user, count: count)
        if json {
            try JSONOutput.print(RecommendReport(
                model: file.kind?.rawValue ?? type(of: file.model).archiveKind, user: user,
                recommendations: recommendations.map { RecommendReport.Item(item: $0.item, score: $0.score) }))
        } else {
            var table = TextTable(headers: ["rank", "item", "score"])
            for (rank, recommendation) in recommendations.enumerated() {
                table.append(["\(rank + 1)", recommendation.item, "\(recommendation.score)"])
            }
            print(table.rendered(), terminator: "")
        }
    }
}

/// What `recshield recommend --json` prints.
struct RecommendReport: Encodable {
    /// One recommended item.
    struct Item: Encodable {
        var item: String
        var score: Float
    }

    var model: String
    var user: String
    var recommendations: [Item]
}
