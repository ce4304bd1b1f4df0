/// Reads dense item features — one row per item: the raw item ID, then the feature values — into
/// an ``ItemFeatureMatrix`` aligned with a data set's item indices.
///
/// The file is comma- or tab-separated (a tab in the first line means tab), with or without a
/// header (a first line whose second field is not a number is a header). Every row must have
/// the first line's column count and finite values. Rows of items the data set does not know
/// are ignored and counted; items without a row get a zero vector and `hasFeatures == false`.
///
/// ```swift
/// let loaded = try DatasetLoader.load("ml-latest-small")
/// let features = try ItemFeatureLoader.load(
///     "ml-latest-small-features/item_text_embedding_64.csv", itemIDs: loaded.dataset.itemIDs)
/// ```
public enum ItemFeatureLoader {
    /// What reading a feature file found.
    public struct Report: Sendable, Equatable {
        /// The file read.
        public var path: String
        /// Data rows read (known and unknown items).
        public var rowsRead: Int
        /// Rows whose item ID the data set does not contain (ignored).
        public var unknownItemRows: Int
        /// Items of the data set without a row (zero vectors).
        public var itemsWithoutFeatures: Int
    }

    /// Loads features for the items of `itemIDs`.
    /// - Throws: ``DataError`` for a missing, undecodable or empty file, a row with the wrong
    ///   column count, a value that is not a finite number, or an item listed twice — with file
    ///   and line.
    /// - Complexity: O(file size + items).
    public static func load(_ path: String, itemIDs: IDMap) throws -> ItemFeatureMatrix {
        try loadWithReport(path, itemIDs: itemIDs).matrix
    }

    /// Loads features like ``load(_:itemIDs:)`` and also reports unknown and missing items.
    public static func loadWithReport(
        _ path: String, itemIDs: IDMap
    ) throws -> (matrix: ItemFeatureMatrix, report: Report) {
        let file = try TextFile.read(path)
        try file.validateUTF8()
        let firstLine = file.lineText(startingAt: file.bodyStart)
        let separator = firstLine.contains("\t") ? "\t" : ","
        let dialect = TextDialect(separator: separator, allowsQuotes: separator == ",")
        let first = try HeaderLine.read(file, dialect: dialect)
        let columnCount = first.fields.count
        guard columnCount >= 2 else {
            throw DataError.malformedRow(
                path: path, line: 1, text: firstLine,
                reason: "expected an item ID and at least one feature separated by '\(dialect.separatorDescription)'")
        }
        let hasHeader = Float(first.fields[1]) == nil
        let dimension = columnCount - 1
        var values = [Float](repeating: 0, count: itemIDs.count * dimension)
        var lineOfItem = [Int](repeating: 0, count: itemIDs.count)
        var report = Report(path: path, rowsRead: 0, unknownItemRows: 0, itemsWithoutFeatures: 0)
        try file.bytes.withUnsafeBufferPointer { buffer in
            let start = hasHeader ? first.dataStart : file.bodyStart
            var scanner = FieldScanner(buffer: buffer, start: start, line: hasHeader ? 2 : 1, dialect: dialect)
            var row = [Float](repeating: 0, count: dimension)
            while !scanner.isAtEnd {
                let recordStart = scanner.position
                let line = scanner.line
                func problem(_ reason: String) -> DataError {
                    DataError.malformedRow(path: path, line: line, text: file.lineText(startingAt: recordStart), reason: reason)
                }
                switch scanner.blankLine() {
                case .trailing: return
                case .inside: throw problem("empty row; remove blank lines between data rows")
                case .none: break
                }
                var rawID = ""
                var column = 0
                var ended = false
                do throws(RowProblem) {
                    while !ended {
                        let field = try scanner.nextField()
                        ended = field.endsRecord
                        if column == 0 {
                            rawID = scanner.text(of: field, encoding: .utf8)
                        } else if column < columnCount {
                            guard let value = NumberParsing.float(scanner.base, field.start, field.end), value.isFinite
                            else {
                                let text = scanner.text(of: field, encoding: .utf8)
                                throw RowProblem(reason: "feature \(column) '\(text)' is not a finite number")
                            }
                            row[column - 1] = value
                        }
                        column += 1
                    }
                } catch {
                    throw problem(error.reason)
                }
                guard column == columnCount else {
                    throw problem("expected \(columnCount) columns like the first line, found \(column)")
                }
                guard !rawID.isEmpty else { throw problem("empty item ID") }
                report.rowsRead += 1
                guard let item = itemIDs.index(of: rawID) else {
                    report.unknownItemRows += 1
                    continue
                }
                guard lineOfItem[item] == 0 else {
                    throw problem("item \(rawID) already has features on line \(lineOfItem[item])")
                }
                lineOfItem[item] = line
                values.replaceSubrange((item * dimension)..<((item + 1) * dimension), with: row)
            }
        }
        guard report.rowsRead > 0 else { throw DataError.emptyFile(path: path) }
        let hasFeatures = lineOfItem.map { $0 > 0 }
        report.itemsWithoutFeatures = hasFeatures.count { !$0 }
        return (ItemFeatureMatrix(dimension: dimension, values: values, hasFeatures: hasFeatures), report)
    }
}
