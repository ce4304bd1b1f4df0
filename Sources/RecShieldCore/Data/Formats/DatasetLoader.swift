/// Reads interaction files in the formats of ``DataFormat`` into an ``InteractionDataset``.
///
/// Every loader reads the whole file into memory once and scans its bytes directly — no
/// per-line `String` — so loading is linear in the file size (see `Benchmarks/README.md` for
/// the measured speed). Input is checked strictly: a malformed row, a non-finite rating, a
/// missing header column or bytes that are not UTF-8 raise a ``DataError`` naming the file,
/// the 1-based line and the offending text. CRLF line ends, a UTF-8 byte-order mark, blank
/// lines at the end and RFC 4180 quoted fields (in CSV files) are accepted.
///
/// Raw IDs are kept exactly as written (`"007"` and `"7"` are two IDs) and get dense indices in
/// order of first appearance.
///
/// ```swift
/// let loaded = try DatasetLoader.load("ml-latest-small")          // a folder or a file
/// print(loaded.dataset.count, loaded.report.format)               // 100836 movielens-csv
/// let genres = loaded.itemCategories                              // from movies.csv
/// ```
public enum DatasetLoader {
    /// Loads a data set and the side information found next to it.
    /// - Parameters:
    ///   - path: an interaction file, or a folder holding exactly one of `u.data`, `ratings.dat`,
    ///     `ratings.csv` or `*.inter`.
    ///   - format: the format, or ``DataFormat/auto`` to detect it from the name, then the
    ///     first line. With `.auto`, setting a delimited-file option selects
    ///     ``DataFormat/delimited``; with another format they are an error.
    ///   - options: bad-row and duplicate policies, and the layout of delimited files.
    /// - Returns: the data set, a report, and item genres and tags when present.
    /// - Throws: ``DataError`` for missing, unreadable, undecodable, empty or malformed input,
    ///   and for duplicates under ``LoadOptions/DuplicatePolicy/error``.
    /// - Complexity: O(file size + users + items).
    public static func load(
        _ path: String, format: DataFormat = .auto, options: LoadOptions = LoadOptions()
    ) throws -> LoadedDataset {
        let requested = format == .auto && options.setsDelimitedLayout ? DataFormat.delimited : format
        if options.setsDelimitedLayout && requested != .delimited {
            throw DataError.invalidParameter(
                name: "format", value: format.rawValue,
                expected: "delimited (or auto) when a separator, columns or a header are given")
        }
        let source = try FormatDetection.locate(path, format: requested)
        let file = try TextFile.read(source.path)
        try file.validateUTF8()
        let resolved = try source.format ?? FormatDetection.sniff(file)
        let table = try readTable(file, format: resolved, options: options)
        let merged = try DuplicateMerger.merge(table, policy: options.duplicatePolicy, path: file.path)
        let dataset = InteractionDataset(
            userIDs: try merged.table.userIDs.idMap(), itemIDs: try merged.table.itemIDs.idMap(),
            users: merged.table.users, items: merged.table.items,
            ratings: merged.table.ratings, timestamps: merged.table.timestamps)
        var skipped = table.skipped
        var sourceFiles = [file.path]
        var categories: ItemCategories?
        var tags: ItemCategories?
        if options.readsSideInformation {
            let side = try sideInformation(of: resolved, interactionsPath: file.path, policy: options.badRowPolicy)
            for names in [side.categories, side.tags].compactMap({ $0 }) {
                sourceFiles += names.paths
                skipped.append(names.skipped)
            }
            categories = side.categories.map { ItemSideInformation.aligned($0, to: dataset.itemIDs) }
            tags = side.tags.map { ItemSideInformation.aligned($0, to: dataset.itemIDs) }
        }
        let report = LoadReport(
            format: resolved, sourceFiles: sourceFiles, rowsRead: table.count,
            rowsSkipped: skipped.count, firstSkippedRows: skipped.first,
            duplicatePairs: merged.pairs, duplicateRowsMerged: merged.mergedRows)
        return LoadedDataset(dataset: dataset, report: report, itemCategories: categories, itemTags: tags)
    }

    /// Reads the interaction rows of `file` in a known format.
    static func readTable(_ file: TextFile, format: DataFormat, options: LoadOptions) throws -> InteractionTable {
        let allColumns = RowLayout(roles: [.user, .item, .rating, .timestamp])
        let policy = options.badRowPolicy
        switch format {
        case .movielens100k:
            let dialect = TextDialect(separator: "\t", allowsQuotes: false)
            return try InteractionTableReader.read(
                file, dialect: dialect, layout: allColumns, from: file.bodyStart, line: 1, policy: policy)
        case .movielens1m:
            let dialect = TextDialect(separator: "::", allowsQuotes: false)
            return try InteractionTableReader.read(
                file, dialect: dialect, layout: allColumns, from: file.bodyStart, line: 1, policy: policy)
        case .movielensCSV:
            let dialect = TextDialect(separator: ",", allowsQuotes: true)
            let header = try HeaderLine.read(file, dialect: dialect)
            let layout = try header.layout(named: [
                "userId": .user, "movieId": .item, "rating": .rating, "timestamp": .timestamp,
            ])
            return try InteractionTableReader.read(
                file, dialect: dialect, layout: layout, from: header.dataStart, line: 2, policy: policy)
        case .recbole:
            let dialect = TextDialect(separator: "\t", allowsQuotes: false)
            let header = try HeaderLine.read(file, dialect: dialect)
            let layout = try RecBoleHeader.layout(of: header.fields, path: file.path)
            return try InteractionTableReader.read(
                file, dialect: dialect, layout: layout, from: header.dataStart, line: 2, policy: policy)
        case .delimited:
            return try readDelimited(file, options: options)
        case .auto:
            preconditionFailure("the format is resolved before reading")
        }
    }

    private static func readDelimited(_ file: TextFile, options: LoadOptions) throws -> InteractionTable {
        let separator = try options.separator ?? HeaderLine.guessSeparator(file)
        guard !separator.isEmpty else {
            throw DataError.invalidParameter(name: "separator", value: "", expected: "at least one character")
        }
        let dialect = TextDialect(separator: separator, allowsQuotes: true)
        let header = options.hasHeader ? try HeaderLine.read(file, dialect: dialect) : nil
        let start = header?.dataStart ?? file.bodyStart
        let line = header == nil ? 1 : 2
        let columnCount = try header?.fields.count ?? HeaderLine.columnCount(file, dialect: dialect, from: start)
        let layout: RowLayout
        if let spec = options.columns {
            layout = try RowLayout.resolving(spec, header: header?.fields, columnCount: columnCount, path: file.path)
        } else if let byCount = RowLayout.byCount(columnCount) {
            layout = byCount
        } else {
            throw DataError.malformedRow(
                path: file.path, line: line, text: file.lineText(startingAt: start),
                reason: "found \(columnCount) columns; say which holds what with --columns "
                    + "(e.g. user,item,rating,timestamp,_)")
        }
        return try InteractionTableReader.read(
            file, dialect: dialect, layout: layout, from: start, line: line, policy: options.badRowPolicy)
    }
}
