/// Finds the interaction file behind a path and tells its format: first from the file name
/// (`u.data`, `ratings.dat`, `ratings.csv`, `*.inter`), then from the first line.
enum FormatDetection {
    /// The interaction file to read and its format when the name or the caller decides it.
    struct Source {
        /// The interaction file.
        var path: String
        /// The format, or `nil` when only the content can tell.
        var format: DataFormat?
    }

    /// Resolves a file or folder path to the interaction file.
    /// - Throws: ``DataError/fileNotFound(path:)`` when the path or the format's file in the folder
    ///   is missing, ``DataError/unknownFormat(path:reason:)`` when a folder holds no (or more
    ///   than one) known interaction file.
    static func locate(_ path: String, format: DataFormat) throws -> Source {
        guard TextFile.exists(path) else { throw DataError.fileNotFound(path: path) }
        guard TextFile.isDirectory(path) else {
            return Source(path: path, format: format == .auto ? formatFromName(path) : format)
        }
        let entries = TextFile.directoryEntries(path)
        let candidates: [(name: String, format: DataFormat)] = entries.compactMap { name in
            guard let found = formatFromName(name), format == .auto || format == found else { return nil }
            return (name, found)
        }
        guard candidates.count == 1, let only = candidates.first else {
            if format == .delimited {
                throw DataError.unknownFormat(path: path, reason: "a delimited file must be named, not its folder")
            }
            let wanted = format == .auto
                ? "u.data, ratings.dat, ratings.csv or a *.inter file"
                : format.standardFileName ?? "a *.inter file"
            let reason = candidates.isEmpty
                ? "the folder holds no \(wanted)"
                : "the folder holds \(candidates.map(\.name).joined(separator: ", ")); name one file"
            throw DataError.unknownFormat(path: path, reason: reason)
        }
        return Source(path: FilePaths.joining(path, only.name), format: only.format)
    }

    /// The format a file name implies, if any.
    static func formatFromName(_ path: String) -> DataFormat? {
        let name = FilePaths.lastComponent(of: path)
        for format in DataFormat.allCases where format.standardFileName == name { return format }
        return name.hasSuffix(".inter") && name.count > ".inter".count ? .recbole : nil
    }

    /// The format the first line of `file` implies.
    /// - Throws: ``DataError/emptyFile(path:)`` for a file without data,
    ///   ``DataError/unknownFormat(path:reason:)`` when the line fits no known format.
    static func sniff(_ file: TextFile) throws -> DataFormat {
        var start = file.bodyStart
        while start < file.bytes.count, [0x0A, 0x0D, 0x20, 0x09].contains(file.bytes[start]) { start += 1 }
        guard start < file.bytes.count else { throw DataError.emptyFile(path: file.path) }
        let line = file.lineText(startingAt: start)
        let commaFields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if commaFields.contains("userId") && commaFields.contains("movieId") { return .movielensCSV }
        let tabFields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        if RecBoleHeader.matches(tabFields) { return .recbole }
        let colonFields = line.parts(separatedBy: "::")
        if colonFields.count == 4 && colonFields.allSatisfy(isNumber) { return .movielens1m }
        if tabFields.count == 4 && tabFields.allSatisfy(isNumber) { return .movielens100k }
        throw DataError.unknownFormat(
            path: file.path,
            reason: "its first line \"\(DataError.shortened(line, limit: 60))\" fits no known format; "
                + "for other files use --format delimited with --separator and --columns")
    }

    private static func isNumber(_ text: String) -> Bool {
        !text.isEmpty && Float(text) != nil
    }
}

extension String {
    /// The parts of the string between occurrences of `separator` (which must not be empty).
    func parts(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.firstRange(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
