/// A hash that never changes between runs, processes or machines (Swift's `Hasher` is seeded per
/// process), for cell folders and derived seeds.
enum StableHash {
    /// FNV-1a, 64 bits, over the UTF-8 bytes of `text`:
    /// ```
    /// h = 0xcbf29ce484222325;  for each byte b: h = (h XOR b) · 0x100000001b3  (mod 2⁶⁴)
    /// ```
    /// References: Fowler, Noll & Vo, "FNV hash" (IETF draft-eastlake-fnv).
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
