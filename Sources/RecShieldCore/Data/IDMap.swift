/// A two-way map between the raw IDs found in a user's files and dense indices `0..<count`.
///
/// Raw IDs are kept exactly as written (`"007"` and `"7"` are different IDs); dense indices are
/// assigned in order of first appearance, so the same file always gives the same indices.
/// Models and matrices work on dense indices; everything a person reads uses raw IDs.
public struct IDMap: Sendable, Equatable {
    /// The raw IDs in dense-index order: `rawIDs[i]` is the raw ID of index `i`.
    public private(set) var rawIDs: [String]
    private var indexByRawID: [String: Int32]

    /// Creates an empty map.
    public init() {
        rawIDs = []
        indexByRawID = [:]
    }

    /// Creates a map whose index `i` is `rawIDs[i]`.
    /// - Throws: ``DataError/duplicateID(_:)`` when a raw ID appears twice.
    public init(rawIDs: [String]) throws {
        self.init()
        indexByRawID.reserveCapacity(rawIDs.count)
        for raw in rawIDs {
            guard index(of: raw) == nil else { throw DataError.duplicateID(raw) }
            insert(raw)
        }
    }

    /// The number of distinct IDs.
    public var count: Int { rawIDs.count }

    /// The dense index of `raw`, or `nil` when the ID is unknown.
    public func index(of raw: String) -> Int? {
        indexByRawID[raw].map(Int.init)
    }

    /// The raw ID of a dense index.
    /// - Precondition: `0 <= index < count`.
    public func rawID(at index: Int) -> String {
        rawIDs[index]
    }

    /// Returns the index of `raw`, adding it at the end when it is new.
    @discardableResult
    public mutating func insert(_ raw: String) -> Int {
        if let existing = indexByRawID[raw] { return Int(existing) }
        let index = Int32(rawIDs.count)
        rawIDs.append(raw)
        indexByRawID[raw] = index
        return Int(index)
    }

    public static func == (lhs: IDMap, rhs: IDMap) -> Bool {
        lhs.rawIDs == rhs.rawIDs
    }
}
