extension InteractionDataset {
    /// A byte encoding of everything that defines the data set, used to fingerprint it: equal
    /// data sets give equal bytes, and any change to an ID, an ID's index, the order of the
    /// interactions, a rating or a timestamp changes them.
    ///
    /// Layout (integers little-endian, strings as a `UInt32` byte count then their UTF-8 bytes):
    ///
    /// ```
    /// "recshield-interactions/1\n"
    /// UInt8 isRated, UInt8 hasTimestamps
    /// UInt64 userCount, userCount strings      raw user IDs in index order
    /// UInt64 itemCount, itemCount strings      raw item IDs in index order
    /// UInt64 count, then per interaction in stored order:
    ///   UInt32 user index, UInt32 item index, [UInt32 rating bit pattern], [Int64 timestamp]
    /// ```
    ///
    /// The encoding is independent of the file the data came from, so a data set built in memory
    /// and the same data loaded from any format give the same bytes.
    /// - Complexity: O(count + total ID length).
    public func canonicalBytes() -> [UInt8] {
        var bytes = Array("recshield-interactions/1\n".utf8)
        bytes.reserveCapacity(bytes.count + count * 20 + (userCount + itemCount) * 8)
        bytes.append(isRated ? 1 : 0)
        bytes.append(hasTimestamps ? 1 : 0)
        for map in [userIDs, itemIDs] {
            Self.append(UInt64(map.count), to: &bytes)
            for raw in map.rawIDs {
                Self.append(UInt32(raw.utf8.count), to: &bytes)
                bytes += raw.utf8
            }
        }
        Self.append(UInt64(count), to: &bytes)
        for position in 0..<count {
            Self.append(UInt32(bitPattern: users[position]), to: &bytes)
            Self.append(UInt32(bitPattern: items[position]), to: &bytes)
            if let ratings { Self.append(ratings[position].bitPattern, to: &bytes) }
            if let timestamps { Self.append(UInt64(bitPattern: timestamps[position]), to: &bytes) }
        }
        return bytes
    }

    /// The SHA-256 of ``canonicalBytes()`` as 64 lowercase hexadecimal digits — the fingerprint
    /// attack provenance records store for their input data.
    public func canonicalSHA256() -> String {
        SHA256.hexDigest(canonicalBytes())
    }

    private static func append<Word: FixedWidthInteger>(_ value: Word, to bytes: inout [UInt8]) {
        for index in 0..<(Word.bitWidth / 8) { bytes.append(UInt8(truncatingIfNeeded: value >> (index * 8))) }
    }
}
