/// What a column of an interaction file holds.
public enum ColumnRole: String, CaseIterable, Sendable {
    /// The raw user ID.
    case user
    /// The raw item ID.
    case item
    /// The rating (a finite decimal number).
    case rating
    /// The Unix timestamp in whole seconds.
    case timestamp
}

/// A column of a file with a header, named or counted from 1.
public enum ColumnReference: Sendable, Hashable {
    /// The column whose header text is exactly this.
    case name(String)
    /// The column at this 1-based position.
    case position(Int)
}

/// Which column of a delimited file holds the user, item, rating and timestamp.
///
/// Written on the command line as `--columns`:
/// - `user,item,_,rating` — one role per column in file order, `_` skips a column
///   (``positional(_:)``); the row must have exactly that many columns.
/// - `user=userId,item=movieId,rating=3` — each role picks a column by header name or by
///   1-based position (``byReference(_:)``); names need a header. A reference made only of
///   digits is always a position.
///
/// `user` and `item` are required; `rating` and `timestamp` are optional (no rating means
/// implicit feedback). No role may appear twice.
public enum ColumnSpec: Sendable, Equatable {
    /// One role per column in file order; `nil` skips the column.
    case positional([ColumnRole?])
    /// Each role picks one column of the header.
    case byReference([ColumnRole: ColumnReference])

    /// Parses the `--columns` syntax described above.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` naming what is wrong.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { String($0).trimmingSpaces() }
        func invalid(_ expected: String) -> DataError {
            DataError.invalidParameter(name: "columns", value: text, expected: expected)
        }
        let syntax = "user,item[,rating][,timestamp] in file order (_ skips a column) or role=column pairs"
        if parts.contains(where: { $0.contains("=") }) {
            var references: [ColumnRole: ColumnReference] = [:]
            for part in parts {
                let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces() }
                guard pair.count == 2, let role = ColumnRole(rawValue: pair[0]), !pair[1].isEmpty else {
                    throw invalid(syntax)
                }
                guard references[role] == nil else { throw invalid("each role at most once ('\(role.rawValue)' repeats)") }
                if pair[1].allSatisfy(\.isASCIIDigit) {
                    guard let position = Int(pair[1]), position >= 1 else { throw invalid("positions counted from 1") }
                    references[role] = .position(position)
                } else {
                    references[role] = .name(pair[1])
                }
            }
            self = .byReference(references)
        } else {
            var roles: [ColumnRole?] = []
            for part in parts {
                if part == "_" {
                    roles.append(nil)
                } else if let role = ColumnRole(rawValue: part) {
                    guard !roles.contains(role) else { throw invalid("each role at most once ('\(part)' repeats)") }
                    roles.append(role)
                } else {
                    throw invalid(syntax)
                }
            }
            self = .positional(roles)
        }
        guard roles.contains(.user), roles.contains(.item) else { throw invalid("both a user and an item column") }
    }

    /// The roles this spec assigns.
    var roles: Set<ColumnRole> {
        switch self {
        case let .positional(roles): return Set(roles.compactMap { $0 })
        case let .byReference(references): return Set(references.keys)
        }
    }
}

extension String {
    /// The text without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}

extension Character {
    /// Whether the character is one of `0`–`9`.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
