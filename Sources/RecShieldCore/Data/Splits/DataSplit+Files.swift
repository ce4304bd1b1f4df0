import Foundation

extension DataSplit {
    /// The name of the manifest file inside a split directory.
    public static let manifestFileName = "split.json"

    /// Writes the split into `directory` (created when missing): `train.csv`, `test.csv`,
    /// `validation.csv` when there is a validation part, and ``manifestFileName``.
    ///
    /// Each CSV file has the header `user,item,rating,timestamp` and one row per interaction in
    /// part order, with raw IDs (quoted when they contain commas or quotes), ratings in Swift's
    /// shortest round-trip form (`4.0`, `3.5`) and empty fields for absent ratings or timestamps.
    /// Existing files of the same names are replaced; a stale `validation.csv` is ignored by
    /// ``read(from:)`` because the manifest says whether a validation part exists.
    /// - Throws: ``DataError/unwritable(path:reason:)``.
    public func write(to directory: String) throws {
        try OutputFile.createDirectory(directory)
        for (part, data) in parts {
            try OutputFile.write(Self.csv(of: data), to: OutputFile.path(directory, part.fileName))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(manifest), as: UTF8.self) + "\n"
        try OutputFile.write(json, to: OutputFile.path(directory, Self.manifestFileName))
    }

    /// Reads a split written by ``write(to:)``.
    ///
    /// The parts get shared ID maps built in order of first appearance over `train.csv`, then
    /// `validation.csv`, then `test.csv`, so indices can differ from those of the split that was
    /// written; raw IDs, order, ratings and timestamps are preserved.
    /// - Throws: ``DataError`` for a missing file, a malformed row (with file and line), rows that
    ///   disagree on having ratings or timestamps, a (user, item) pair that occurs twice, or counts
    ///   that differ from the manifest.
    public static func read(from directory: String) throws -> DataSplit {
        let manifestPath = OutputFile.path(directory, manifestFileName)
        let manifest = try readManifest(manifestPath)
        let parts = SplitPart.allCases.filter { $0 != .validation || manifest.counts.validation != nil }
        let files = try parts.map { try SplitCSVReader(path: OutputFile.path(directory, $0.fileName)) }
        let data = try datasets(of: files, parts: parts)
        let split = DataSplit(
            train: data[0], test: data[data.count - 1], validation: data.count == 3 ? data[1] : nil,
            strategy: manifest.strategy, seed: manifest.seed, parameters: manifest.parameters)
        guard split.manifest.counts == manifest.counts else {
            throw DataError.unreadable(
                path: manifestPath,
                reason: "its counts \(describe(manifest.counts)) differ from the CSV files' "
                    + "\(describe(split.manifest.counts)); rewrite the split")
        }
        return split
    }

    /// One data set per file, all sharing ID maps built in file order.
    /// - Throws: ``DataError/malformedRow(path:line:text:reason:)`` for a row whose rating or
    ///   timestamp presence differs from the first row, or a pair seen before.
    private static func datasets(of files: [SplitCSVReader], parts: [SplitPart]) throws -> [InteractionDataset] {
        let first = files.lazy.flatMap(\.rows).first
        let isRated = first?.rating != nil
        let isTimed = first?.timestamp != nil
        var userIDs = IDMap()
        var itemIDs = IDMap()
        // Where each pair first occurs: line × 4 + the index of its file.
        var firstSeen: [Int64: Int] = [:]
        var columns: [(users: [Int32], items: [Int32])] = []
        for (fileIndex, file) in files.enumerated() {
            var users: [Int32] = []
            var items: [Int32] = []
            users.reserveCapacity(file.rows.count)
            items.reserveCapacity(file.rows.count)
            for row in file.rows {
                if (row.rating != nil) != isRated || (row.timestamp != nil) != isTimed {
                    throw DataError.malformedRow(
                        path: file.path, line: row.line, text: file.text(of: row),
                        reason: "every row of a split must have a rating (and a timestamp) or none")
                }
                let user = userIDs.insert(row.user)
                let item = itemIDs.insert(row.item)
                let pair = Int64(user) << 32 | Int64(item)
                if let seen = firstSeen[pair] {
                    throw DataError.malformedRow(
                        path: file.path, line: row.line, text: file.text(of: row),
                        reason: "user \(row.user) and item \(row.item) already occur at "
                            + "\(parts[seen % 4].fileName):\(seen / 4); a split holds each pair once")
                }
                firstSeen[pair] = row.line * 4 + fileIndex
                users.append(Int32(user))
                items.append(Int32(item))
            }
            columns.append((users, items))
        }
        return zip(files, columns).map { file, columns in
            InteractionDataset(
                userIDs: userIDs, itemIDs: itemIDs, users: columns.users, items: columns.items,
                ratings: isRated ? file.rows.compactMap(\.rating) : nil,
                timestamps: isTimed ? file.rows.compactMap(\.timestamp) : nil)
        }
    }

    /// The CSV text of one part.
    static func csv(of data: InteractionDataset) -> String {
        var text = CSVLineFormatter.line(SplitCSVReader.columns)
        for position in 0..<data.count {
            CSVLineFormatter.appendLine(
                [
                    data.userIDs.rawID(at: Int(data.users[position])),
                    data.itemIDs.rawID(at: Int(data.items[position])),
                    data.ratings.map { $0[position].description } ?? "",
                    data.timestamps.map { $0[position].description } ?? "",
                ], to: &text)
        }
        return text
    }

    private static func readManifest(_ path: String) throws -> SplitManifest {
        let bytes = try OutputFile.read(path)
        let manifest: SplitManifest
        do {
            manifest = try JSONDecoder().decode(SplitManifest.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw DataError.unreadable(path: path, reason: "not a split manifest: \(describe(error))")
        }
        guard manifest.formatVersion <= SplitManifest.currentFormatVersion else {
            throw DataError.unreadable(
                path: path,
                reason: "format_version \(manifest.formatVersion) is newer than this RecShield reads "
                    + "(\(SplitManifest.currentFormatVersion)); update RecShield")
        }
        return manifest
    }

    private static func describe(_ counts: SplitCounts) -> String {
        "train \(counts.train), validation \(counts.validation.map(String.init) ?? "none"), test \(counts.test), "
            + "users \(counts.users), items \(counts.items)"
    }

    private static func describe(_ error: DecodingError) -> String {
        func key(_ path: [any CodingKey]) -> String { path.map(\.stringValue).joined(separator: ".") }
        switch error {
        case let .keyNotFound(missing, context):
            return "missing key '\(key(context.codingPath + [missing]))'"
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            return "wrong value at '\(key(context.codingPath))'"
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty
                ? "not valid JSON" : "invalid value at '\(key(context.codingPath))' (\(context.debugDescription))"
        @unknown default:
            return "\(error)"
        }
    }
}
