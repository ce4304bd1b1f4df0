#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The xoshiro256** generator: RecShield's seeded source of randomness.
///
/// Every stochastic API in RecShield takes a generator (or a seed that builds one), so the same seed
/// and thread count always give the same numbers. The state is filled from the seed with
/// ``SplitMix64``, as the authors recommend. It works with every standard-library API that takes
/// `using: inout some RandomNumberGenerator`.
///
/// ```
/// result = rotl(s1 * 5, 7) * 9
/// t = s1 << 17
/// s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45)
/// ```
///
/// References:
/// - Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 2021.
///
/// Not suitable for cryptography.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// Creates a generator from a 64-bit seed, expanded through SplitMix64.
    @inlinable public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// Creates the generator of one independent stream derived from `seed`, e.g. one per thread or
    /// per user: the same `(seed, stream)` always gives the same sequence.
    @inlinable public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        self.init(seed: mixer.next())
    }

    /// Creates a generator from its raw state words (for golden tests against the reference stream).
    /// - Precondition: the state is not all zero.
    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        precondition(state != (0, 0, 0, 0), "xoshiro256** state must not be all zero")
        (s0, s1, s2, s3) = state
    }

    @inlinable public mutating func next() -> UInt64 {
        let result = (s1 &* 5).rotatedLeft(by: 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3.rotatedLeft(by: 45)
        return result
    }
}

extension UInt64 {
    @inlinable @inline(__always) func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 &- count))
    }
}

extension RandomNumberGenerator {
    /// A uniform `Float` in `[0, 1)` built from the top 24 bits of one draw.
    @inlinable public mutating func nextUnitFloat() -> Float {
        Float(next() >> 40) * 0x1p-24
    }

    /// A uniform `Double` in `[0, 1)` built from the top 53 bits of one draw.
    @inlinable public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift; the bias is below 2⁻³² for the
    /// bounds RecShield uses, and it costs one draw).
    /// - Precondition: `bound > 0`.
    @inlinable public mutating func nextIndex(below bound: Int) -> Int {
        Int(truncatingIfNeeded: (next().multipliedFullWidth(by: UInt64(bound))).high)
    }

    /// A standard-normal sample (Box–Muller, one value per call).
    public mutating func nextGaussian() -> Double {
        var u1 = nextUnitDouble()
        while u1 <= .leastNormalMagnitude { u1 = nextUnitDouble() }
        let u2 = nextUnitDouble()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
