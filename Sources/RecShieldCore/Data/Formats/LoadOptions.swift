/// How a loader treats rows it cannot read, duplicate interactions and generic delimited files.
///
/// - `badRowPolicy` (default `.error`): stop at the first malformed row, or skip and report it.
/// - `duplicatePolicy` (default `.keepLast`): what to do when a (user, item) pair appears again.
/// - `separator` (default: the first of tab, `::`, `,`, `;` and `|` found in the first line):
///   the field separator of a ``DataFormat/delimited`` file; any non-empty text.
/// - `columns` (default: `user,item[,rating][,timestamp]` by column count): which column holds
///   what in a ``DataFormat/delimited`` file.
/// - `hasHeader` (default `false`): whether a ``DataFormat/delimited`` file starts with a header.
/// - `readsSideInformation` (default `true`): whether genres and tags next to the file are read.
///
/// Setting `separator`, `columns` or `hasHeader` with ``DataFormat/auto`` selects
/// ``DataFormat/delimited``; with any other format it is an error rather than ignored.
public struct LoadOptions: Sendable, Equatable {
    /// What happens to a malformed row.
    public enum BadRowPolicy: String, Sendable, CaseIterable {
        /// Throw a ``DataError`` naming the row.
        case error
        /// Skip the row; the ``LoadReport`` counts it and keeps the first few.
        case skip
    }

    /// What happens when a (user, item) pair appears more than once.
    public enum DuplicatePolicy: String, Sendable, CaseIterable {
        /// The last row in file order wins (rating and timestamp).
        case keepLast = "keep-last"
        /// The ratings are averaged and the latest timestamp is kept.
        case mean
        /// Throw ``DataError/duplicateInteraction(path:line:user:item:)`` at the first repeat.
        case error
    }

    /// What happens to a malformed row.
    public var badRowPolicy: BadRowPolicy
    /// What happens to repeated (user, item) pairs.
    public var duplicatePolicy: DuplicatePolicy
    /// The field separator of a delimited file, or `nil` to guess it.
    public var separator: String?
    /// The column layout of a delimited file, or `nil` for the default.
    public var columns: ColumnSpec?
    /// Whether a delimited file starts with a header line.
    public var hasHeader: Bool
    /// Whether side information (genres, tags) found next to the file is read.
    public var readsSideInformation: Bool

    /// Creates options; every argument has the documented default.
    public init(
        badRowPolicy: BadRowPolicy = .error, duplicatePolicy: DuplicatePolicy = .keepLast,
        separator: String? = nil, columns: ColumnSpec? = nil, hasHeader: Bool = false,
        readsSideInformation: Bool = true
    ) {
        self.badRowPolicy = badRowPolicy
        self.duplicatePolicy = duplicatePolicy
        self.separator = separator
        self.columns = columns
        self.hasHeader = hasHeader
        self.readsSideInformation = readsSideInformation
    }

    /// Whether any option that only a delimited file uses is set.
    var setsDelimitedLayout: Bool {
        separator != nil || columns != nil || hasHeader
    }
}
