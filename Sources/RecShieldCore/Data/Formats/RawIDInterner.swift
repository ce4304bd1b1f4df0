/// Assigns dense indices to raw IDs while a file is read, in order of first appearance.
///
/// Canonical decimal IDs (see ``NumberParsing/canonicalInteger(_:_:_:)``) are keyed by their
/// integer value, which avoids building a `String` per row; every other ID is keyed by its exact
/// text. The two key spaces cannot collide: a canonical integer has exactly one spelling, and that
/// spelling never reaches the text dictionary. So `"007"` and `"7"` stay different IDs.
///
/// Small integer IDs — the usual case, `1…n` — skip hashing too: a value below the size of a
/// direct table is its own slot. The table grows to cover a new value while its size stays
/// within `max(2^20, 16 × distinct IDs)` slots; larger values go to the integer dictionary.
struct RawIDInterner {
    /// Index + 1 per small integer ID (0: not seen), so a fresh table is all zeros.
    private var directIndex: [Int32] = []
    private var indexByNumber: [Int: Int32] = [:]
    private var indexByText: [String: Int32] = [:]
    /// Raw IDs in index order.
    private(set) var rawIDs: [String] = []

    /// The number of distinct IDs so far.
    var count: Int { rawIDs.count }

    /// The index of a canonical integer ID, adding it when new.
    @inline(__always)
    mutating func index(ofNumber number: Int) -> Int32 {
        if number < directIndex.count {
            let stored = directIndex[number]
            if stored > 0 { return stored - 1 }
            let index = Int32(truncatingIfNeeded: rawIDs.count)
            directIndex[number] = index + 1
            rawIDs.append(String(number))
            return index
        }
        if number < max(1 << 20, 16 * (rawIDs.count + 1)) {
            growDirectIndex(toCover: number)
            return index(ofNumber: number)
        }
        if let existing = indexByNumber[number] { return existing }
        let index = Int32(truncatingIfNeeded: rawIDs.count)
        indexByNumber[number] = index
        rawIDs.append(String(number))
        return index
    }

    /// Grows the direct table to a power of two above `number` and moves the dictionary's IDs
    /// that now fit into it, so every small ID lives in exactly one place.
    private mutating func growDirectIndex(toCover number: Int) {
        var size = max(1024, directIndex.count)
        while size <= number { size *= 2 }
        directIndex += [Int32](repeating: 0, count: size - directIndex.count)
        for (value, index) in indexByNumber where value < size {
            directIndex[value] = index + 1
            indexByNumber[value] = nil
        }
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
