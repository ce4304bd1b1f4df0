import RecShield
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Mean and 95% Student-t confidence half-width of per-seed values, formatted for tables.
struct SeedSummary {
    let values: [Double]

    /// `mean ± half-width` with `digits` decimals (no ± for a single seed).
    func text(_ digits: Int = 4) -> String {
        let summary = MetricSummary(values: values)
        let mean = format(summary.mean, digits)
        guard let margin = summary.marginOfError else { return mean }
        return "\(mean) ± \(format(margin, digits))"
    }

    private func format(_ value: Double, _ digits: Int) -> String {
        if digits == 0 { return "\(Int(value.rounded()))" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = "\(rounded)"
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }
}

/// Prints a markdown table.
func printTable(_ header: [String], _ rows: [[String]]) {
    print("| " + header.joined(separator: " | ") + " |")
    print("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
    for row in rows { print("| " + row.joined(separator: " | ") + " |") }
    print()
}

/// Writes a progress line to stderr.
func progress(_ text: String) {
    var standardError = StandardErrorStream()
    print(text, to: &standardError)
}

struct StandardErrorStream: TextOutputStream {
    mutating func write(_ string: String) {
        var bytes = Array(string.utf8)
        #if canImport(Glibc)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
        #elseif canImport(Darwin)
        _ = bytes.withUnsafeMutableBytes { Darwin.write(2, $0.baseAddress, $0.count) }
        #endif
    }
}
