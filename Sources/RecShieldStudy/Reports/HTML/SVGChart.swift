import Foundation

/// Self-contained SVG charts (no scripts, no external assets): line charts with interval bands
/// and grouped bar charts with error bars. Every text is escaped.
enum SVGChart {
    /// A data point with an optional 95 % half-width.
    struct Point {
        var x: Double
        var y: Double
        var halfWidth: Double?
    }

    /// A named line.
    struct Line {
        var name: String
        var points: [Point]
    }

    /// A group of bars sharing an x label, one bar per series.
    struct BarGroup {
        var label: String
        var values: [Point?]
    }

    /// Okabe–Ito colours, distinguishable with colour-vision deficiencies.
    static let palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    static let width = 640.0
    static let plotLeft = 64.0
    static let plotRight = 620.0
    static let plotTop = 44.0

    /// A line chart of `lines` with shaded 95 % bands where half-widths are known.
    static func lineChart(title: String, xLabel: String, yLabel: String, lines: [Line]) -> String {
        let legendRows = (lines.count + 1) / 2
        let plotBottom = 270.0
        let height = plotBottom + 58 + Double(legendRows) * 18
        let bandOpacity = lines.count > 3 ? "0.08" : "0.15"
        let all = lines.flatMap(\.points)
        let xAxis = ChartAxis(covering: all.map(\.x), includeZero: false, from: plotLeft, to: plotRight)
        let yValues = all.flatMap { point in [point.y - (point.halfWidth ?? 0), point.y + (point.halfWidth ?? 0)] }
        let yAxis = ChartAxis(covering: yValues, includeZero: false, from: plotBottom, to: plotTop)
        var svg = header(title: title, height: height)
        svg += axes(xAxis: xAxis, yAxis: yAxis, plotBottom: plotBottom, xLabel: xLabel, yLabel: yLabel)
        for (index, line) in lines.enumerated() {
            let colour = palette[index % palette.count]
            let points = line.points.sorted { $0.x < $1.x }
            if points.allSatisfy({ $0.halfWidth != nil }) && points.count > 1 {
                let upper = points.map { "\(f(xAxis.position($0.x))),\(f(yAxis.position($0.y + ($0.halfWidth ?? 0))))" }
                let lower = points.reversed().map { "\(f(xAxis.position($0.x))),\(f(yAxis.position($0.y - ($0.halfWidth ?? 0))))" }
                svg += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(colour)\" fill-opacity=\"\(bandOpacity)\" stroke=\"none\"/>"
            }
            let path = points.map { "\(f(xAxis.position($0.x))),\(f(yAxis.position($0.y)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            for point in points {
                svg += "<circle cx=\"\(f(xAxis.position(point.x)))\" cy=\"\(f(yAxis.position(point.y)))\" r=\"3\" fill=\"\(colour)\">"
                svg += "<title>\(HTMLText.escape(line.name)): \(HTMLText.escape(xAxis.label(point.x))) → \(ReportTable.format(point.y))</title></circle>"
            }
        }
        svg += legend(lines.map(\.name), top: plotBottom + 56)
        return svg + "</svg>"
    }

    /// A grouped bar chart: one group per label, one bar per series, whiskers for 95 % intervals
    /// (cut at 0 when every value is non-negative, as rates and shares cannot go below it).
    static func barChart(title: String, yLabel: String, series: [String], groups: [BarGroup]) -> String {
        let legendRows = (series.count + 1) / 2
        let plotBottom = 250.0
        let height = plotBottom + 62 + Double(legendRows) * 18
        let values = groups.flatMap { $0.values.compactMap { $0 } }
        // Non-negative measures (rates, shares) keep their whiskers at or above 0.
        let floor = values.allSatisfy { $0.y >= 0 } ? 0.0 : -Double.infinity
        let yAxis = ChartAxis(
            covering: values.flatMap { [max(floor, $0.y - ($0.halfWidth ?? 0)), $0.y + ($0.halfWidth ?? 0)] }, includeZero: true,
            from: plotBottom, to: plotTop)
        var svg = header(title: title, height: height)
        svg += axes(xAxis: nil, yAxis: yAxis, plotBottom: plotBottom, xLabel: "", yLabel: yLabel)
        let groupWidth = (plotRight - plotLeft) / Double(max(groups.count, 1))
        let barWidth = min(36, groupWidth * 0.8 / Double(max(series.count, 1)))
        let zero = yAxis.position(0)
        for (groupIndex, group) in groups.enumerated() {
            let centre = plotLeft + groupWidth * (Double(groupIndex) + 0.5)
            let start = centre - barWidth * Double(series.count) / 2
            for (seriesIndex, value) in group.values.enumerated() {
                guard let value, value.y.isFinite else { continue }
                let x = start + barWidth * Double(seriesIndex)
                let top = yAxis.position(value.y)
                let colour = palette[seriesIndex % palette.count]
                svg += "<rect x=\"\(f(x + 1))\" y=\"\(f(min(top, zero)))\" width=\"\(f(barWidth - 2))\" height=\"\(f(abs(zero - top)))\" fill=\"\(colour)\">"
                svg += "<title>\(HTMLText.escape(group.label)) · \(HTMLText.escape(series[seriesIndex])): \(ReportTable.format(value.y))</title></rect>"
                if let halfWidth = value.halfWidth {
                    let middle = f(x + barWidth / 2)
                    let high = f(yAxis.position(value.y + halfWidth))
                    let low = f(yAxis.position(max(floor, value.y - halfWidth)))
                    svg += "<path d=\"M\(middle) \(high)V\(low)M\(f(x + barWidth / 2 - 4)) \(high)h8M\(f(x + barWidth / 2 - 4)) \(low)h8\" stroke=\"#222\" stroke-width=\"1.2\"/>"
                }
            }
            let parts = wrap(group.label, width: groupWidth)
            for (lineIndex, part) in parts.enumerated() {
                svg += "<text x=\"\(f(centre))\" y=\"\(f(plotBottom + 16 + Double(lineIndex) * 13))\" text-anchor=\"middle\" class=\"tick\">\(HTMLText.escape(part))</text>"
            }
        }
        svg += legend(series, top: plotBottom + 58)
        return svg + "</svg>"
    }

    private static func header(title: String, height: Double) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">"
            + "<text x=\"\(f(width / 2))\" y=\"22\" text-anchor=\"middle\" class=\"title\">\(HTMLText.escape(title))</text>"
    }

    private static func axes(xAxis: ChartAxis?, yAxis: ChartAxis, plotBottom: Double, xLabel: String, yLabel: String) -> String {
        var svg = ""
        for tick in yAxis.ticks {
            let y = f(yAxis.position(tick))
            svg += "<line x1=\"\(f(plotLeft))\" x2=\"\(f(plotRight))\" y1=\"\(y)\" y2=\"\(y)\" class=\"grid\"/>"
            svg += "<text x=\"\(f(plotLeft - 6))\" y=\"\(y)\" text-anchor=\"end\" dominant-baseline=\"middle\" class=\"tick\">\(yAxis.label(tick))</text>"
        }
        if let xAxis {
            for tick in xAxis.ticks {
                let x = f(xAxis.position(tick))
                svg += "<line x1=\"\(x)\" x2=\"\(x)\" y1=\"\(f(plotBottom))\" y2=\"\(f(plotBottom + 4))\" class=\"axis\"/>"
                svg += "<text x=\"\(x)\" y=\"\(f(plotBottom + 17))\" text-anchor=\"middle\" class=\"tick\">\(xAxis.label(tick))</text>"
            }
            svg += "<text x=\"\(f((plotLeft + plotRight) / 2))\" y=\"\(f(plotBottom + 34))\" text-anchor=\"middle\" class=\"label\">\(HTMLText.escape(xLabel))</text>"
        }
        svg += "<line x1=\"\(f(plotLeft))\" x2=\"\(f(plotRight))\" y1=\"\(f(plotBottom))\" y2=\"\(f(plotBottom))\" class=\"axis\"/>"
        svg += "<line x1=\"\(f(plotLeft))\" x2=\"\(f(plotLeft))\" y1=\"\(f(plotTop))\" y2=\"\(f(plotBottom))\" class=\"axis\"/>"
        let middle = f((plotTop + plotBottom) / 2)
        svg += "<text transform=\"translate(16 \(middle)) rotate(-90)\" text-anchor=\"middle\" class=\"label\">\(HTMLText.escape(yLabel))</text>"
        return svg
    }

    /// Two legend entries per line under the plot.
    private static func legend(_ names: [String], top: Double) -> String {
        var svg = ""
        let columnWidth = (plotRight - plotLeft) / 2
        for (index, name) in names.enumerated() {
            let x = plotLeft + Double(index % 2) * columnWidth
            let y = top + Double(index / 2) * 18
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y - 9))\" width=\"12\" height=\"12\" fill=\"\(palette[index % palette.count])\"/>"
            let maximum = Int(columnWidth / 6.2) - 4
            let shown = name.count > maximum ? String(name.prefix(maximum - 1)) + "…" : name
            svg += "<text x=\"\(f(x + 18))\" y=\"\(f(y + 1))\" class=\"legend\">\(HTMLText.escape(shown))<title>\(HTMLText.escape(name))</title></text>"
        }
        return svg
    }

    /// A label split at " / " into lines, each cut to what fits `width` pixels (≈ 6 px a character).
    static func wrap(_ label: String, width: Double) -> [String] {
        let maximum = max(4, Int(width / 6.2))
        let parts = label.components(separatedBy: " / ")
        return parts.prefix(3).map { $0.count > maximum ? String($0.prefix(maximum - 1)) + "…" : $0 }
    }

    /// A coordinate with one decimal.
    static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
