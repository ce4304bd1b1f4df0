extension DatasetWriter {
    /// The file name the interactions of `format` are written to, chosen so that
    /// ``DatasetLoader/load(_:format:options:)`` finds the file in its folder (except for
    /// ``DataFormat/delimited``, whose file must be named).
    ///
    /// | Format | File |
    /// |---|---|
    /// | `movielens-csv` | `ratings.csv` |
    /// | `movielens-100k` | `u.data` |
    /// | `movielens-1m` | `ratings.dat` |
    /// | `recbole` | `interactions.inter` |
    /// | `delimited` | `interactions.csv` |
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for ``DataFormat/auto``.
    public static func interactionsFileName(for format: DataFormat) throws -> String {
        switch format {
        case .movielensCSV: return ratingsFileName
        case .movielens100k: return "u.data"
        case .movielens1m: return "ratings.dat"
        case .recbole: return "interactions.inter"
        case .delimited: return "interactions.csv"
        case .auto: throw DataError.invalidParameter(name: "format", value: "auto", expected: "a concrete output format")
        }
    }

    /// The text of `dataset`'s interactions in `format`, one row per interaction in stored order,
    /// raw IDs as written:
    ///
    /// - `movielens-csv`: ``ratingsCSV(_:)`` (header `userId,movieId,rating,timestamp`).
    /// - `movielens-100k`: `user⇥item⇥rating⇥timestamp`, no header.
    /// - `movielens-1m`: `user::item::rating::timestamp`, no header.
    /// - `recbole`: header `user_id:token⇥item_id:token[⇥rating:float][⇥timestamp:float]`, then tab-separated rows.
    /// - `delimited`: CSV with header `user,item[,rating][,timestamp]` (RFC 4180 quoting); read it
    ///   back with ``delimitedReadOptions(isRated:hasTimestamps:)``.
    ///
    /// Whole ratings are written without a fraction (`4`) in the MovieLens 100K/1M and RecBole
    /// formats, as their distributions do, and in Swift's shortest form (`4.0`, `3.5`) in the CSV
    /// formats, as MovieLens latest does.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for ``DataFormat/auto``, for
    ///   the MovieLens formats on data without ratings or timestamps (their loaders need all four
    ///   columns), and for a raw ID holding the format's separator or a line break.
    public static func interactionsText(_ dataset: InteractionDataset, format: DataFormat) throws -> String {
        switch format {
        case .auto:
            throw DataError.invalidParameter(name: "format", value: "auto", expected: "a concrete output format")
        case .movielensCSV, .movielens100k, .movielens1m:
            guard dataset.isRated && dataset.hasTimestamps else {
                throw DataError.invalidParameter(
                    name: "format", value: format.rawValue,
                    expected: "data with ratings and timestamps (MovieLens files have all four columns)")
            }
            if format == .movielensCSV { return ratingsCSV(dataset) }
            return try separatedText(dataset, separator: format == .movielens1m ? "::" : "\t", header: nil)
        case .recbole:
            var header = ["user_id:token", "item_id:token"]
            if dataset.isRated { header.append("rating:float") }
            if dataset.hasTimestamps { header.append("timestamp:float") }
            return try separatedText(dataset, separator: "\t", header: header)
        case .delimited:
            var text = CSVLineFormatter.line(delimitedColumns(isRated: dataset.isRated, hasTimestamps: dataset.hasTimestamps))
            for position in 0..<dataset.count {
                CSVLineFormatter.appendLine(fields(of: dataset, at: position, wholeRatings: false), to: &text)
            }
            return text
        }
    }

    /// Writes ``interactionsText(_:format:)`` to ``interactionsFileName(for:)`` inside `directory`
    /// (created when missing) and returns the file's path.
    /// - Throws: the errors of ``interactionsText(_:format:)`` and ``DataError/unwritable(path:reason:)``.
    @discardableResult
    public static func writeInteractions(
        _ dataset: InteractionDataset, format: DataFormat, toDirectory directory: String
    ) throws -> String {
        let text = try interactionsText(dataset, format: format)
        try OutputFile.createDirectory(directory)
        let path = OutputFile.path(directory, try interactionsFileName(for: format))
        try OutputFile.write(text, to: path)
        return path
    }

    /// The load options that read a ``DataFormat/delimited`` file written by this writer back:
    /// comma-separated, with a header whose column names say which role each column holds.
    /// - Parameters:
    ///   - isRated: whether the written data had ratings.
    ///   - hasTimestamps: whether the written data had timestamps.
    public static func delimitedReadOptions(isRated: Bool, hasTimestamps: Bool) -> LoadOptions {
        var references: [ColumnRole: ColumnReference] = [:]
        for name in delimitedColumns(isRated: isRated, hasTimestamps: hasTimestamps) {
            if let role = ColumnRole(rawValue: name) { references[role] = .name(name) }
        }
        return LoadOptions(separator: ",", columns: .byReference(references), hasHeader: true, readsSideInformation: false)
    }

    /// The header of the delimited layout: `user,item[,rating][,timestamp]`.
    static func delimitedColumns(isRated: Bool, hasTimestamps: Bool) -> [String] {
        var columns = ["user", "item"]
        if isRated { columns.append("rating") }
        if hasTimestamps { columns.append("timestamp") }
        return columns
    }

    /// Rows joined by a separator that no field may contain, each ending in `\n`.
    private static func separatedText(_ dataset: InteractionDataset, separator: String, header: [String]?) throws -> String {
        for map in [dataset.userIDs, dataset.itemIDs] {
            if let bad = map.rawIDs.first(where: { $0.contains(separator) || $0.contains("\n") || $0.contains("\r") }) {
                throw DataError.invalidParameter(
                    name: "raw ID", value: DataError.shortened(bad),
                    expected: "IDs without '\(separator == "\t" ? "\\t" : separator)' or line breaks in this format; write CSV instead")
            }
        }
        var text = header.map { $0.joined(separator: separator) + "\n" } ?? ""
        text.reserveCapacity(dataset.count * 24)
        for position in 0..<dataset.count {
            text += fields(of: dataset, at: position, wholeRatings: true).joined(separator: separator)
            text += "\n"
        }
        return text
    }

    /// The raw user ID, raw item ID, and rating and timestamp when present, of one interaction.
    private static func fields(of dataset: InteractionDataset, at position: Int, wholeRatings: Bool) -> [String] {
        var fields = [
            dataset.userIDs.rawID(at: Int(dataset.users[position])),
            dataset.itemIDs.rawID(at: Int(dataset.items[position])),
        ]
        if let ratings = dataset.ratings {
            let rating = ratings[position]
            let isWhole = rating == rating.rounded() && abs(rating) < 1e9
            fields.append(wholeRatings && isWhole ? String(Int(rating)) : rating.description)
        }
        if let timestamps = dataset.timestamps { fields.append(String(timestamps[position])) }
        return fields
    }
}
