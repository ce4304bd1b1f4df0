/// ID maps for models built from bare matrices, which have no raw IDs of their own.
extension IDMap {
    /// The map whose raw ID of index `i` is the decimal text of `i` (`"0"`, `"1"`, …).
    /// - Complexity: O(count).
    static func positional(count: Int) -> IDMap {
        var map = IDMap()
        for index in 0..<count { map.insert(String(index)) }
        return map
    }
}
