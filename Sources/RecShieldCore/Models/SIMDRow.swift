/// Unaligned 16-lane loads and stores on rows of a factor matrix — the access pattern of every SGD
/// kernel. Rows of 16·k floats in a ``FactorMatrix`` are 64-byte aligned, so these never split a
/// cache line there; other rows work too, just a little slower. Public and `@inlinable` for the
/// kernels of other modules.
public enum SIMDRow {
    /// The 16 floats at `row + offset`.
    @inlinable @inline(__always)
    public static func load(_ row: UnsafeMutablePointer<Float>, _ offset: Int) -> SIMD16<Float> {
        UnsafeRawPointer(row).loadUnaligned(fromByteOffset: offset &* 4, as: SIMD16<Float>.self)
    }

    /// Writes `value` to the 16 floats at `row + offset`.
    @inlinable @inline(__always)
    public static func store(_ value: SIMD16<Float>, _ row: UnsafeMutablePointer<Float>, _ offset: Int) {
        UnsafeMutableRawPointer(row).storeBytes(of: value, toByteOffset: offset &* 4, as: SIMD16<Float>.self)
    }
}
