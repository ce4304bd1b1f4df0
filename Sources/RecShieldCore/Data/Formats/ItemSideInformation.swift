/// Readers for the item metadata shipped next to interaction files. Each returns names per raw
/// item ID; ``aligned(_:to:)`` turns them into ``ItemCategories`` for a data set's items.
enum ItemSideInformation {
    /// Names per raw item ID, in the order found, plus the files read and their skipped rows.
    struct Names {
        var byItem: [String: [String]] = [:]
        var paths: [String]
        var skipped = SkipLog()

        mutating func add(_ names: [String], to item: String) {
            byItem[item, default: []] += names
        }
    }

    /// The genre names of MovieLens 100K when `u.genre` is absent, in flag order.
    static let movieLens100KGenres = [
        "unknown", "Action", "Adventure", "Animation", "Children's", "Comedy", "Crime", "Documentary",
        "Drama", "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller",
        "War", "Western",
    ]

    /// MovieLens' marker for a movie without genres; it becomes an empty list, not a genre.
    static let noGenresMarker = "(no genres listed)"

    /// Categories aligned with `itemIDs`: item `i` gets the names of raw ID `itemIDs.rawID(at: i)`.
    static func aligned(_ names: Names, to itemIDs: IDMap) -> ItemCategories {
        ItemCategories(categoriesByItem: itemIDs.rawIDs.map { names.byItem[$0] ?? [] })
    }

    /// Genres from MovieLens 100K's `u.item` (`id|title|release|video|url|` then one 0/1 flag per
    /// genre), named by `u.genre` (`name|index`) when present.
    static func movieLens100K(
        itemPath: String, genrePath: String, policy: LoadOptions.BadRowPolicy
    ) throws -> Names? {
        var genres = movieLens100KGenres
        var genreFilePaths: [String] = []
        var skipped = SkipLog()
        if var genreFile = try SideFile.readIfPresent(
            genrePath, separator: "|", allowsQuotes: false, encoding: .utf8OrLatin1, hasHeader: false, policy: policy)
        {
            var named: [Int: String] = [:]
            for record in try genreFile.records(withFieldCount: 2) {
                guard let index = Int(record.fields[1]), index >= 0, named[index] == nil else {
                    try genreFile.reject(record, reason: "the genre index must be a new whole number")
                    continue
                }
                named[index] = record.fields[0]
            }
            guard !named.isEmpty, named.keys.sorted() == Array(0..<named.count) else {
                throw DataError.malformedRow(
                    path: genrePath, line: 1, text: genreFile.file.lineText(startingAt: genreFile.file.bodyStart),
                    reason: "genre indices must run 0, 1, 2, … without gaps")
            }
            genres = (0..<named.count).map { named[$0] ?? "" }
            genreFilePaths = [genrePath]
            skipped.append(genreFile.skipped)
        }
        guard var itemFile = try SideFile.readIfPresent(
            itemPath, separator: "|", allowsQuotes: false, encoding: .utf8OrLatin1, hasHeader: false, policy: policy)
        else { return nil }
        var names = Names(paths: [itemPath])
        let fieldCount = 5 + genres.count
        for record in try itemFile.records(withFieldCount: fieldCount) {
            let flags = record.fields.suffix(genres.count)
            guard flags.allSatisfy({ $0 == "0" || $0 == "1" }) else {
                try itemFile.reject(record, reason: "genre flags must be 0 or 1")
                continue
            }
            names.add(zip(genres, flags).filter { $0.1 == "1" }.map(\.0), to: record.fields[0])
        }
        skipped.append(itemFile.skipped)
        names.skipped = skipped
        names.paths += genreFilePaths
        return names
    }

    /// Genres from a MovieLens `movies.dat` (`id::title::A|B`) or `movies.csv`
    /// (`movieId,title,genres` header, quoted titles).
    static func movieLensMovies(_ path: String, csv: Bool, policy: LoadOptions.BadRowPolicy) throws -> Names? {
        guard var file = try SideFile.readIfPresent(
            path, separator: csv ? "," : "::", allowsQuotes: csv, encoding: csv ? .utf8 : .utf8OrLatin1,
            hasHeader: csv, policy: policy)
        else { return nil }
        let idColumn = csv ? try file.column(named: "movieId") : 0
        let genreColumn = csv ? try file.column(named: "genres") : 2
        var names = Names(paths: [path])
        for record in try file.records(withFieldCount: csv ? file.header?.count ?? 3 : 3) {
            let genres = record.fields[genreColumn]
            let list = genres == noGenresMarker || genres.isEmpty
                ? [] : genres.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            names.add(list, to: record.fields[idColumn])
        }
        names.skipped = file.skipped
        return names
    }

    /// Tags from a MovieLens `tags.dat` (`user::item::tag::timestamp`) or `tags.csv`
    /// (`userId,movieId,tag,timestamp` header), each tag exactly as written.
    static func movieLensTags(_ path: String, csv: Bool, policy: LoadOptions.BadRowPolicy) throws -> Names? {
        guard var file = try SideFile.readIfPresent(
            path, separator: csv ? "," : "::", allowsQuotes: csv, encoding: csv ? .utf8 : .utf8OrLatin1,
            hasHeader: csv, policy: policy)
        else { return nil }
        let idColumn = csv ? try file.column(named: "movieId") : 1
        let tagColumn = csv ? try file.column(named: "tag") : 2
        var names = Names(paths: [path])
        for record in try file.records(withFieldCount: csv ? file.header?.count ?? 4 : 4) {
            names.add([record.fields[tagColumn]], to: record.fields[idColumn])
        }
        names.skipped = file.skipped
        return names
    }

    /// Categories from a RecBole `.item` file: the `item_id` column and a `genre` or `class`
    /// column of space-separated tokens. Returns `nil` when the file or such a column is absent.
    static func recBole(_ path: String, policy: LoadOptions.BadRowPolicy) throws -> Names? {
        guard var file = try SideFile.readIfPresent(
            path, separator: "\t", allowsQuotes: false, encoding: .utf8, hasHeader: true, policy: policy)
        else { return nil }
        let fieldNames = (file.header ?? []).map { RecBoleHeader.fieldName(of: $0) }
        guard let idColumn = fieldNames.firstIndex(of: "item_id") else {
            throw DataError.missingColumn(
                path: path, column: "item_id:token", header: file.header?.joined(separator: "\t") ?? "")
        }
        guard let classColumn = fieldNames.firstIndex(where: { $0 == "genre" || $0 == "class" }) else { return nil }
        var names = Names(paths: [path])
        for record in try file.records(withFieldCount: fieldNames.count) {
            let tokens = record.fields[classColumn].split(separator: " ").map(String.init)
            names.add(tokens, to: record.fields[idColumn])
        }
        names.skipped = file.skipped
        return names
    }
}
