/// Assigns dense indices to raw IDs while a file is read, in order of first appearance.
///
/// Canonical decimal IDs (see ``NumberParsing/canonicalInteger(_:_:_:)``) are keyed by their
/// integer value, which avoids building a `String` per row; every other ID is keyed by its exact
/// text. The two key spaces cannot collide: a canonical integer has exactly one spelling, and that
/// spelling never reaches the text dictionary. So `"007"` and `"7"` stay different IDs.
struct RawIDInterner {
    private var indexByNumber: [Int: Int32] = [:]
    private var indexByText: [String: Int32] = [:]
    /// Raw IDs in index order.
    private(set) var rawIDs: [String] = []

    /// The number of distinct IDs so far.
    var count: Int { rawIDs.count }

    /// The index of a canonical integer ID, adding it when new.
    @inline(__always)
    mutating func index(ofNumber number: Int) -> Int32 {
        if let existing = indexByNumber[number] { return existing }
        let index = Int32(truncatingIfNeeded: rawIDs.count)
        indexByNumber[number] = index
        rawIDs.append(String(number))
        return index
    }

    /// The index of a non-canonical ID, adding it when new.
    mutating func index(ofText text: String) -> Int32 {
        if let existing = indexByText[text] { return existing }
        let index = Int32(truncatingIfNeeded: rawIDs.count)
        indexByText[text] = index
        rawIDs.append(text)
        return index
    }

    /// The index of a parsed ID, adding it when new.
    @inline(__always)
    mutating func index(of id: ParsedID) -> Int32 {
        switch id {
        case let .number(number): return index(ofNumber: number)
        case let .text(text): return index(ofText: text)
        }
    }

    /// The finished map from raw IDs to the indices handed out.
    func idMap() throws -> IDMap {
        try IDMap(rawIDs: rawIDs)
    }
}

/// A raw ID as read from a field: a canonical integer, or any other exact text.
enum ParsedID: Equatable {
    case number(Int)
    case text(String)

    /// The ID as the user wrote it.
    var rawText: String {
        switch self {
        case let .number(number): return String(number)
        case let .text(text): return text
        }
    }
}
