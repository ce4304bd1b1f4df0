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

    /// Writes `value` to the floats at `row + offset`.
    @inlinable @inline(__always)
    public static func store<Vector: SIMD>(_ value: Vector, _ row: UnsafeMutablePointer<Float>, _ offset: Int)
    where Vector.Scalar == Float {
        UnsafeMutableRawPointer(row).storeBytes(of: value, toByteOffset: offset &* 4, as: Vector.self)
    }

    /// The 8 floats at `row + offset`: the width of update loops, which keep three rows live —
    /// one AVX register each, and few enough SSE registers that nothing spills.
    @inlinable @inline(__always)
    public static func load8(_ row: UnsafeMutablePointer<Float>, _ offset: Int) -> SIMD8<Float> {
        UnsafeRawPointer(row).loadUnaligned(fromByteOffset: offset &* 4, as: SIMD8<Float>.self)
    }
}
