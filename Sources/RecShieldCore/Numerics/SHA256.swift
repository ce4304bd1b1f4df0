/// The SHA-256 hash function, used to fingerprint input data in attack provenance records.
///
/// Feed bytes with ``update(_:)`` any number of times, then read the 32-byte digest with
/// ``finalize()``. Each 64-byte block `M` is compressed into the state `H₀…H₇`:
///
/// ```
/// W_t = M_t                                              0 ≤ t < 16 (big-endian words)
/// W_t = σ₁(W_{t−2}) + W_{t−7} + σ₀(W_{t−15}) + W_{t−16}  16 ≤ t < 64
/// σ₀(x) = ROTR⁷ x ⊕ ROTR¹⁸ x ⊕ SHR³ x      σ₁(x) = ROTR¹⁷ x ⊕ ROTR¹⁹ x ⊕ SHR¹⁰ x
/// T₁ = h + Σ₁(e) + Ch(e, f, g) + K_t + W_t   T₂ = Σ₀(a) + Maj(a, b, c)
/// Σ₀(x) = ROTR² x ⊕ ROTR¹³ x ⊕ ROTR²² x    Σ₁(x) = ROTR⁶ x ⊕ ROTR¹¹ x ⊕ ROTR²⁵ x
/// ```
///
/// The message is padded with a `1` bit, zeros, and its bit length as a 64-bit big-endian number.
///
/// References:
/// - NIST FIPS 180-4, "Secure Hash Standard", 2015, §4.1.2, §4.2.2, §5.1.1, §6.2.
///
/// A fingerprint for reproducibility, not a security boundary: the implementation is not
/// written to run in constant time.
public struct SHA256: Sendable {
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    private var state: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    private var block: [UInt8] = []
    private var messageLength: UInt64 = 0

    /// Creates a hasher with the initial state of FIPS 180-4 §5.3.3.
    public init() {
        block.reserveCapacity(64)
    }

    /// The digest of `bytes` in one call.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of `bytes` as 64 lowercase hexadecimal digits.
    public static func hexDigest<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hexadecimal(hash(bytes))
    }

    /// `digest` as lowercase hexadecimal digits, two per byte.
    public static func hexadecimal(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(digest.count * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Adds `bytes` to the message.
    /// - Complexity: O(bytes).
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            block.append(byte)
            messageLength &+= 1
            if block.count == 64 {
                compressBlock()
                block.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Pads the message and returns its 32-byte digest; the hasher should not be used afterwards.
    public mutating func finalize() -> [UInt8] {
        let bitLength = messageLength &* 8
        block.append(0x80)
        if block.count > 56 {
            block += [UInt8](repeating: 0, count: 64 - block.count)
            compressBlock()
            block.removeAll(keepingCapacity: true)
        }
        block += [UInt8](repeating: 0, count: 56 - block.count)
        for shift in stride(from: 56, through: 0, by: -8) { block.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        compressBlock()
        block.removeAll(keepingCapacity: true)
        return state.flatMap { word in
            [UInt8(word >> 24), UInt8(truncatingIfNeeded: word >> 16), UInt8(truncatingIfNeeded: word >> 8), UInt8(truncatingIfNeeded: word)]
        }
    }

    /// Compresses the full 64-byte ``block`` into ``state`` (FIPS 180-4 §6.2.2).
    private mutating func compressBlock() {
        var schedule = [UInt32](repeating: 0, count: 64)
        for t in 0..<16 {
            schedule[t] = UInt32(block[4 * t]) << 24 | UInt32(block[4 * t + 1]) << 16
                | UInt32(block[4 * t + 2]) << 8 | UInt32(block[4 * t + 3])
        }
        for t in 16..<64 {
            let x = schedule[t - 15]
            let y = schedule[t - 2]
            let sigma0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
            let sigma1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
            schedule[t] = sigma1 &+ schedule[t - 7] &+ sigma0 &+ schedule[t - 16]
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        for t in 0..<64 {
            let bigSigma1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choice = (e & f) ^ (~e & g)
            let t1 = h &+ bigSigma1 &+ choice &+ Self.roundConstants[t] &+ schedule[t]
            let bigSigma0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = bigSigma0 &+ majority
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        for (index, word) in [a, b, c, d, e, f, g, h].enumerated() { state[index] &+= word }
    }

    private func rotr(_ x: UInt32, _ count: UInt32) -> UInt32 {
        (x >> count) | (x << (32 - count))
    }
}
