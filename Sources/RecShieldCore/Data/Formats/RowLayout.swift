/// The resolved meaning of each column of an interaction file: exactly ``columnCount`` columns
/// per row, each holding one role or nothing RecShield reads.
struct RowLayout: Equatable {
    /// The role of each column in file order (`nil`: ignored).
    let roles: [ColumnRole?]

    /// Creates a layout from roles in file order.
    init(roles: [ColumnRole?]) {
        self.roles = roles
    }

    /// The number of columns each row must have.
    var columnCount: Int { roles.count }
    /// Whether a column holds ratings.
    var hasRating: Bool { roles.contains(.rating) }
    /// Whether a column holds timestamps.
    var hasTimestamp: Bool { roles.contains(.timestamp) }

    /// The default layout of a file with `count` columns: `user,item[,rating][,timestamp]`.
    static func byCount(_ count: Int) -> RowLayout? {
        let all: [ColumnRole] = [.user, .item, .rating, .timestamp]
        guard (2...4).contains(count) else { return nil }
        return RowLayout(roles: Array(all.prefix(count)))
    }

    /// Resolves a column spec against a header (or, without one, against the column count).
    /// - Parameters:
    ///   - spec: the user's column spec.
    ///   - header: the header fields, or `nil` when the file has none.
    ///   - columnCount: the header's column count, or the first data row's without a header.
    ///   - path: the file, for errors.
    /// - Throws: ``DataError/missingColumn(path:column:header:)`` for a name the header lacks,
    ///   ``DataError/invalidParameter(name:value:expected:)`` for a spec that cannot fit.
    static func resolving(
        _ spec: ColumnSpec, header: [String]?, columnCount: Int, path: String
    ) throws -> RowLayout {
        let headerText = header?.joined(separator: ",") ?? ""
        switch spec {
        case let .positional(roles):
            if let header, header.count != roles.count {
                throw DataError.invalidParameter(
                    name: "columns", value: roles.map { $0?.rawValue ?? "_" }.joined(separator: ","),
                    expected: "one role per header column (\(header.count) columns in \(path))")
            }
            return RowLayout(roles: roles)
        case let .byReference(references):
            var roles: [ColumnRole?] = Array(repeating: nil, count: columnCount)
            for role in ColumnRole.allCases {
                guard let reference = references[role] else { continue }
                let index: Int
                switch reference {
                case let .position(position):
                    index = position - 1
                    if index >= roles.count {
                        guard header == nil else {
                            throw DataError.missingColumn(path: path, column: "#\(position)", header: headerText)
                        }
                        roles += Array(repeating: nil, count: index + 1 - roles.count)
                    }
                case let .name(name):
                    guard let header else {
                        throw DataError.invalidParameter(
                            name: "columns", value: name, expected: "column positions, or --header to use names")
                    }
                    guard let found = header.firstIndex(of: name) else {
                        throw DataError.missingColumn(path: path, column: name, header: headerText)
                    }
                    index = found
                }
                guard roles[index] == nil else {
                    throw DataError.invalidParameter(
                        name: "columns", value: role.rawValue, expected: "a column no other role uses")
                }
                roles[index] = role
            }
            return RowLayout(roles: roles)
        }
    }
}
