import ArgumentParser

/// `recshield data`: look at and prepare interaction data.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Inspect and prepare interaction data.",
        discussion: """
            Formats: movielens-100k (u.data), movielens-1m (ratings.dat, also 10M), movielens-csv \
            (ratings.csv of latest/20M/25M), recbole (*.inter) and delimited (any separator, \
            --columns). Genres and tags next to the file are read too.
            """,
        subcommands: [DataInspectCommand.self, DataSplitCommand.self, DataSynthesizeCommand.self]
    )
}
