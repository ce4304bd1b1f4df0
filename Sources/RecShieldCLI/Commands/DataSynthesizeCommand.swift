import ArgumentParser
import RecShield

/// `recshield data synthesize`: writes the built-in synthetic data set (or a resized one) as
/// MovieLens-style CSV files.
struct DataSynthesizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synthesize",
        abstract: "Write a synthetic MovieLens-style data set (ratings.csv + movies.csv).",
        discussion: """
            Ratings come from a latent-factor model with Zipf item popularity, genres correlated \
            with the factors and tastes that drift over time. The same options and seed give \
            byte-identical files. --out names the ratings file; movies.csv (genres) is written \
            beside it, where the movielens-csv loader finds it.
            """
    )

    @Option(help: "Number of users.")
    var users = SyntheticDataConfiguration().userCount

    @Option(help: "Number of items.")
    var items = SyntheticDataConfiguration().itemCount

    @Option(help: "Number of interactions (no repeated user-item pair).")
    var interactions = SyntheticDataConfiguration().interactionCount

    @Option(help: "Rating scale: 0.5-5 (half stars) or 1-5 (whole stars).")
    var ratingScale: RatingScale = SyntheticDataConfiguration().ratingScale

    @Option(help: "How far tastes move over the time span (0 = no drift).")
    var drift = SyntheticDataConfiguration().driftRate

    @Option(help: "The seed; the same seed gives the same files.")
    var seed = SyntheticDataConfiguration().seed

    @Option(help: ArgumentHelp("Where to write the ratings (a .csv file path).", valueName: "file"))
    var out: String

    func run() throws {
        var configuration = SyntheticDataConfiguration()
        configuration.userCount = users
        configuration.itemCount = items
        configuration.interactionCount = interactions
        configuration.ratingScale = ratingScale
        configuration.driftRate = drift
        configuration.seed = seed
        let synthetic = try SyntheticDataGenerator(configuration: configuration)
            .generate(threads: ParallelLoop.availableThreads)
        let folder = Self.folder(of: out)
        let moviesPath = folder + DatasetWriter.itemsFileName
        if !folder.isEmpty { try OutputFile.createDirectory(folder) }
        try DatasetWriter.writeRatings(synthetic.interactions, to: out)
        try DatasetWriter.writeItems(
            itemIDs: synthetic.interactions.itemIDs, categories: synthetic.categories,
            titles: synthetic.titles, to: moviesPath)
        print("wrote \(synthetic.interactions.count) interactions of \(users) users on \(items) items to \(out); genres in \(moviesPath)")
    }

    /// The folder part of `path` including its final slash ("" for a bare file name).
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }
}

extension RatingScale: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}
