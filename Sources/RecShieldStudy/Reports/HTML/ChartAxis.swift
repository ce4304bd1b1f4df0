import Foundation

/// A linear axis with "nice" ticks (steps of 1, 2 or 5 × 10ᵏ), mapping data values to pixels.
struct ChartAxis {
    /// The lowest value on the axis (tick-aligned).
    let lower: Double
    /// The highest value on the axis (tick-aligned).
    let upper: Double
    /// The tick values.
    let ticks: [Double]
    /// The pixel position of `lower`.
    let pixelLower: Double
    /// The pixel position of `upper`.
    let pixelUpper: Double

    /// An axis covering `values` with about `targetTicks` ticks, drawn from pixel `pixelStart`
    /// (its lower end) to `pixelEnd`; `includeZero` forces 0 into the range.
    init(covering values: [Double], includeZero: Bool, targetTicks: Int = 5, from pixelStart: Double, to pixelEnd: Double) {
        var low = values.filter(\.isFinite).min() ?? 0
        var high = values.filter(\.isFinite).max() ?? 1
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if high - low < 1e-12 {
            let pad = abs(high) > 0 ? abs(high) * 0.1 : 1
            low -= pad
            high += pad
        }
        var step = Self.niceStep((high - low) / Double(max(targetTicks, 1)))
        // Whole-number data (epochs) gets whole-number ticks.
        if !values.isEmpty && values.allSatisfy({ $0 == $0.rounded() }) { step = max(step, 1) }
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        lower = first
        upper = last
        ticks = (0...Int(((last - first) / step).rounded())).map { first + Double($0) * step }
        pixelLower = pixelStart
        pixelUpper = pixelEnd
    }

    /// The pixel position of `value`.
    func position(_ value: Double) -> Double {
        pixelLower + (value - lower) / (upper - lower) * (pixelUpper - pixelLower)
    }

    /// A step of 1, 2 or 5 × 10ᵏ at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        let magnitude = pow(10, floor(log10(raw)))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }

    /// A tick label with as few decimals as the step needs.
    func label(_ value: Double) -> String {
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let decimals = max(0, min(6, -Int(floor(log10(step)))))
        let text = String(format: "%.\(decimals)f", value)
        return text == "-0" ? "0" : text
    }
}
