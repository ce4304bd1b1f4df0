/// Number parsing straight from bytes, exact and strict: a value is either read exactly as the
/// standard library would read it or rejected — never silently changed.
enum NumberParsing {
    /// `10^k` for `k` in `0...10`; every one is exact in `Float` (10^10 = 2^10 · 5^10, 5^10 < 2^24).
    private static let powersOfTen: [Float] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10]

    /// Reads a decimal floating-point number.
    ///
    /// Fast exact path: `[-]digits[.digits]` with an integer mantissa `m < 2^24` and `k ≤ 10`
    /// fraction digits gives `Float(m) / Float(10^k)` — both operands are exact, so the single
    /// IEEE division is the correctly rounded value of the decimal, the same result as
    /// `Float(String)`. Anything else (exponents, long mantissas, a `+` sign) goes through the
    /// standard `Float(Substring)` parser.
    /// - Returns: the value, or `nil` when the text is not a number. Non-finite results
    ///   (`nan`, `inf`, overflow such as `1e50`) are returned as such; callers reject them.
    @inline(__always)
    static func float(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Float? {
        var index = start
        var negative = false
        if index < end && base[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawPoint = false
        while index < end {
            let byte = base[index]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                digits += 1
                if sawPoint { fractionDigits += 1 }
                if digits > 18 { return slowFloat(base, start, end) }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return slowFloat(base, start, end)
            }
            index += 1
        }
        guard digits > 0, mantissa < (1 << 24), fractionDigits <= 10 else {
            return slowFloat(base, start, end)
        }
        let value = Float(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    private static func slowFloat(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Float? {
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
        return Float(Substring(text))
    }

    /// Reads a whole number of seconds: `[-]digits`, optionally followed by `.` and zeros only
    /// (RecBole writes timestamps as `float`). A non-zero fraction is rejected rather than cut off.
    /// - Returns: the value, or `nil` when the text is not a whole number that fits in `Int64`.
    @inline(__always)
    static func wholeNumber(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int64? {
        var index = start
        var negative = false
        if index < end && base[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        var value: Int64 = 0
        var digits = 0
        while index < end {
            let digit = base[index] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times.addingReportingOverflow(Int64(digit))
            guard !overflowA && !overflowB else { return nil }
            value = sum
            digits += 1
            index += 1
        }
        guard digits > 0 else { return nil }
        if index < end {
            guard base[index] == UInt8(ascii: ".") else { return nil }
            index += 1
            while index < end {
                guard base[index] == UInt8(ascii: "0") else { return nil }
                index += 1
            }
        }
        return negative ? -value : value
    }

    /// Reads a raw ID that is a canonical decimal integer — digits only, no sign, no leading zero
    /// (except `"0"` itself), at most 18 digits — so it can be keyed by its value without losing
    /// how it was written. Any other ID (`"007"`, `"u12"`, `"-3"`) returns `nil` and must be kept
    /// as text.
    @inline(__always)
    static func canonicalInteger(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let length = end - start
        guard length > 0, length <= 18 else { return nil }
        if length > 1 && base[start] == UInt8(ascii: "0") { return nil }
        var value = 0
        var index = start
        while index < end {
            let digit = base[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int(digit)
            index += 1
        }
        return value
    }
}
