import RecShieldCore

/// The real users' profiles as the GAN sees them: one sparse row of ``GANRatingEncoding`` values
/// per user with at least one interaction, over every item of the data set.
///
/// Users without interactions (possible in a split that shares the full ID map) are left out: an
/// empty row is not a real profile. Rows are densified a mini-batch at a time, so memory stays
/// proportional to the interactions, not to users × items.
public struct GANProfileMatrix: Sendable {
    /// How ratings were turned into profile values.
    public let encoding: GANRatingEncoding
    /// The number of items, the width of every profile vector.
    public let itemCount: Int
    /// The data set's user index of each row.
    public let userIndices: [Int32]
    /// `rowCount + 1` offsets into ``items`` and ``values``.
    public let rowOffsets: [Int]
    /// The item indices of each row, ascending.
    public let items: [Int32]
    /// The encoded value of each stored entry.
    public let values: [Float]

    /// Builds the profile rows of a data set.
    /// - Parameter dataset: the real interactions.
    /// - Throws: ``GANError/emptyData`` when there is no interaction.
    /// - Complexity: O(interactions · log(profile length) + users).
    public init(_ dataset: InteractionDataset) throws {
        guard dataset.count > 0 else { throw GANError.emptyData }
        let encoding = GANRatingEncoding(dataset)
        let matrix = dataset.byUser()
        var userIndices: [Int32] = []
        var offsets = [0]
        var items: [Int32] = []
        var values: [Float] = []
        items.reserveCapacity(matrix.entryCount)
        values.reserveCapacity(matrix.entryCount)
        for user in 0..<matrix.rowCount where matrix.count(ofRow: user) > 0 {
            userIndices.append(Int32(user))
            for entry in matrix.entryRange(ofRow: user) {
                items.append(matrix.columns[entry])
                values.append(encoding.encode(dataset.isRated ? matrix.values[entry] : nil))
            }
            offsets.append(items.count)
        }
        self.encoding = encoding
        self.itemCount = dataset.itemCount
        self.userIndices = userIndices
        self.rowOffsets = offsets
        self.items = items
        self.values = values
    }

    /// The number of profiles (users with at least one interaction).
    public var rowCount: Int { userIndices.count }

    /// The number of items in each profile, row by row.
    public var profileLengths: [Int] {
        (0..<rowCount).map { rowOffsets[$0 + 1] - rowOffsets[$0] }
    }

    /// The item indices of one row, ascending.
    public func items(ofRow row: Int) -> ArraySlice<Int32> {
        items[rowOffsets[row]..<rowOffsets[row + 1]]
    }

    /// The profile of one row with its ratings decoded back to the rating scale (none on implicit
    /// data).
    public func profile(ofRow row: Int) -> GANProfile {
        let range = rowOffsets[row]..<rowOffsets[row + 1]
        return GANProfile(
            items: Array(items[range]), ratings: encoding.isRated ? values[range].map(encoding.decode) : nil)
    }

    /// Writes the dense profile vectors of the given rows, one after another, zero where a user
    /// has no interaction.
    /// - Parameters:
    ///   - rows: the row numbers to write.
    ///   - output: receives `rows.count × itemCount` values.
    public func densify(rows: some Collection<Int>, into output: UnsafeMutablePointer<Float>) {
        output.update(repeating: 0, count: rows.count * itemCount)
        items.withUnsafeBufferPointer { items in
            values.withUnsafeBufferPointer { values in
                for (position, row) in rows.enumerated() {
                    let target = output + position * itemCount
                    for entry in rowOffsets[row]..<rowOffsets[row + 1] {
                        target[Int(items[entry])] = values[entry]
                    }
                }
            }
        }
    }
}
