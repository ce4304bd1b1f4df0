/// The header of a RecBole atomic file: tab-separated `name:type` fields such as
/// `user_id:token`, `rating:float`, `genre:token_seq`.
///
/// Interactions use RecBole's default field names: `user_id`, `item_id`, `rating`, `timestamp`;
/// every other column is ignored.
///
/// References:
/// - RecBole documentation, "Atomic Files" (data format of `.inter`, `.user`, `.item`).
enum RecBoleHeader {
    /// The field types RecBole defines.
    static let types: Set<String> = ["token", "token_seq", "float", "float_seq"]

    /// The name part of a `name:type` header field (the whole text when it has no type).
    static func fieldName(of field: String) -> String {
        guard let colon = field.lastIndex(of: ":") else { return field }
        return String(field[..<colon])
    }

    /// The column roles of an `.inter` header.
    /// - Throws: ``DataError/malformedRow(path:line:text:reason:)`` when a field is not
    ///   `name:type`, ``DataError/missingColumn(path:column:header:)`` without `user_id` or `item_id`.
    static func layout(of header: [String], path: String) throws -> RowLayout {
        let headerText = header.joined(separator: "\t")
        var roles: [ColumnRole?] = []
        for field in header {
            guard let colon = field.lastIndex(of: ":"), types.contains(String(field[field.index(after: colon)...])) else {
                throw DataError.malformedRow(
                    path: path, line: 1, text: headerText,
                    reason: "RecBole header fields are name:type with type token, token_seq, float or float_seq")
            }
            switch fieldName(of: field) {
            case "user_id": roles.append(.user)
            case "item_id": roles.append(.item)
            case "rating": roles.append(.rating)
            case "timestamp": roles.append(.timestamp)
            default: roles.append(nil)
            }
        }
        if !roles.contains(.user) { throw DataError.missingColumn(path: path, column: "user_id:token", header: headerText) }
        if !roles.contains(.item) { throw DataError.missingColumn(path: path, column: "item_id:token", header: headerText) }
        return RowLayout(roles: roles)
    }

    /// Whether a first line looks like a RecBole header.
    static func matches(_ fields: [String]) -> Bool {
        fields.count >= 2 && fields.allSatisfy { field in
            guard let colon = field.lastIndex(of: ":") else { return false }
            return types.contains(String(field[field.index(after: colon)...]))
        }
    }
}
