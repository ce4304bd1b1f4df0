/// Writes data sets in the MovieLens CSV layout (`ratings.csv`, `movies.csv`), the format most
/// recommender tools read.
///
/// - Ratings: header `userId,movieId,rating,timestamp`, one row per interaction in stored order,
///   raw IDs (quoted when they contain commas or quotes), ratings in Swift's shortest round-trip
///   form (`4.0`, `3.5`), Unix timestamps. The rating column is left out for implicit data and
///   the timestamp column for data without timestamps.
/// - Items: header `movieId,title,genres`, one row per item of the ID map in index order, titles
///   quoted when needed, genres joined by `|`, `(no genres listed)` for an item without genres.
///
/// Output depends only on the data, so equal data sets give byte-identical files.
public enum DatasetWriter {
    /// The ratings file name of the MovieLens layout.
    public static let ratingsFileName = "ratings.csv"
    /// The items file name of the MovieLens layout.
    public static let itemsFileName = "movies.csv"
    /// The genres field of an item without genres, as in MovieLens.
    public static let noGenres = "(no genres listed)"

    /// The ratings CSV text of `dataset`.
    public static func ratingsCSV(_ dataset: InteractionDataset) -> String {
        var header = ["userId", "movieId"]
        if dataset.isRated { header.append("rating") }
        if dataset.hasTimestamps { header.append("timestamp") }
        var text = CSVLineFormatter.line(header)
        for position in 0..<dataset.count {
            var fields = [
                dataset.userIDs.rawID(at: Int(dataset.users[position])),
                dataset.itemIDs.rawID(at: Int(dataset.items[position])),
            ]
            if let ratings = dataset.ratings { fields.append(ratings[position].description) }
            if let timestamps = dataset.timestamps { fields.append(timestamps[position].description) }
            CSVLineFormatter.appendLine(fields, to: &text)
        }
        return text
    }

    /// The items CSV text: every item of `itemIDs` with its title and categories.
    /// - Parameters:
    ///   - itemIDs: the items, written in index order.
    ///   - categories: the genres, rows aligned with `itemIDs`.
    ///   - titles: a title per item index, or `nil` for `Item <raw ID>`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when a category name
    ///   contains `|` (it could not be read back).
    public static func itemsCSV(itemIDs: IDMap, categories: ItemCategories, titles: [String]? = nil) throws -> String {
        precondition(titles == nil || titles!.count == itemIDs.count, "one title per item")
        if let bad = categories.categoryIDs.rawIDs.first(where: { $0.contains("|") }) {
            throw DataError.invalidParameter(name: "genre name", value: bad, expected: "a name without '|'")
        }
        var text = CSVLineFormatter.line(["movieId", "title", "genres"])
        for item in 0..<itemIDs.count {
            let raw = itemIDs.rawID(at: item)
            let genres = categories.categories(ofItem: item)
            CSVLineFormatter.appendLine(
                [raw, titles?[item] ?? "Item \(raw)", genres.isEmpty ? noGenres : genres.joined(separator: "|")],
                to: &text)
        }
        return text
    }

    /// Writes ``ratingsCSV(_:)`` to `path`.
    /// - Throws: ``DataError/unwritable(path:reason:)``.
    public static func writeRatings(_ dataset: InteractionDataset, to path: String) throws {
        try OutputFile.write(ratingsCSV(dataset), to: path)
    }

    /// Writes ``itemsCSV(itemIDs:categories:titles:)`` to `path`.
    /// - Throws: ``DataError/unwritable(path:reason:)`` or the errors of `itemsCSV`.
    public static func writeItems(
        itemIDs: IDMap, categories: ItemCategories, titles: [String]? = nil, to path: String
    ) throws {
        try OutputFile.write(try itemsCSV(itemIDs: itemIDs, categories: categories, titles: titles), to: path)
    }

    /// Writes a synthetic data set as a MovieLens directory: ``ratingsFileName`` and
    /// ``itemsFileName`` inside `directory` (created when missing).
    /// - Throws: ``DataError/unwritable(path:reason:)``.
    public static func write(_ synthetic: SyntheticDataset, toDirectory directory: String) throws {
        try OutputFile.createDirectory(directory)
        try writeRatings(synthetic.interactions, to: OutputFile.path(directory, ratingsFileName))
        try writeItems(
            itemIDs: synthetic.interactions.itemIDs, categories: synthetic.categories, titles: synthetic.titles,
            to: OutputFile.path(directory, itemsFileName))
    }
}
