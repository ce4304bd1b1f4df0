/// SIMD kernels on contiguous `Float` storage, used by every hot loop (SGD updates, scoring).
///
/// They take raw pointers so callers borrow their buffers once per epoch or batch; they are
/// `@inlinable` so other modules get them specialised and inlined. Results do not depend on thread
/// count; the summation order is fixed (16 lanes, then a pairwise horizontal sum, then the tail).
public enum VectorKernels {
    /// The inner product `Σ a[i]·b[i]` of two vectors of length `count`.
    /// - Complexity: O(count).
    @inlinable @inline(__always)
    public static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int) -> Float {
        var accumulator = SIMD16<Float>()
        var index = 0
        let rawA = UnsafeRawPointer(a)
        let rawB = UnsafeRawPointer(b)
        while index + 16 <= count {
            let x = rawA.loadUnaligned(fromByteOffset: index &* 4, as: SIMD16<Float>.self)
            let y = rawB.loadUnaligned(fromByteOffset: index &* 4, as: SIMD16<Float>.self)
            accumulator += x * y
            index &+= 16
        }
        var result = horizontalSum(accumulator)
        while index < count {
            result += a[index] * b[index]
            index &+= 1
        }
        return result
    }

    /// `y[i] += alpha · x[i]` for `i` in `0..<count`.
    /// - Complexity: O(count).
    @inlinable @inline(__always)
    public static func addScaled(
        _ x: UnsafePointer<Float>, scale alpha: Float, to y: UnsafeMutablePointer<Float>, count: Int
    ) {
        var index = 0
        let rawX = UnsafeRawPointer(x)
        let rawY = UnsafeMutableRawPointer(y)
        let scale = SIMD16<Float>(repeating: alpha)
        while index + 16 <= count {
            let offset = index &* 4
            let vx = rawX.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
            let vy = rawY.loadUnaligned(fromByteOffset: offset, as: SIMD16<Float>.self)
            rawY.storeBytes(of: vy + scale * vx, toByteOffset: offset, as: SIMD16<Float>.self)
            index &+= 16
        }
        while index < count {
            y[index] += alpha * x[index]
            index &+= 1
        }
    }

    /// Sums the 16 lanes pairwise (8+8, 4+4, 2+2, 1+1); cheaper than `SIMD.sum()`.
    @inlinable @inline(__always)
    public static func horizontalSum(_ v: SIMD16<Float>) -> Float {
        let halves = unsafeBitCast(v, to: (SIMD8<Float>, SIMD8<Float>).self)
        let eight = halves.0 + halves.1
        let quarters = unsafeBitCast(eight, to: (SIMD4<Float>, SIMD4<Float>).self)
        let four = quarters.0 + quarters.1
        return (four[0] + four[2]) + (four[1] + four[3])
    }
}
