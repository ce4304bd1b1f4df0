/// The 64-bit FNV-1a hash: a fast, non-cryptographic checksum (model files use it to detect
/// corruption; it does not protect against deliberate tampering).
///
/// ```
/// hash = 0xCBF29CE484222325
/// for each byte: hash = (hash XOR byte) · 0x100000001B3   (mod 2⁶⁴)
/// ```
///
/// References:
/// - Fowler, Noll & Vo, "FNV hash", IETF draft-eastlake-fnv (2019).
public struct FNV1a64: Sendable {
    /// The hash of the bytes combined so far.
    public private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Creates a hash of no bytes.
    public init() {}

    /// Mixes `bytes` into the hash.
    /// - Complexity: O(bytes.count).
    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        value = hash
    }

    /// The hash of `bytes`.
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = FNV1a64()
        hasher.combine(bytes)
        return hasher.value
    }
}
