import ArgumentParser
import Foundation
import RecShield

/// `recshield data inspect PATH`: loads a data set and prints its statistics as a table, or as
/// JSON with `--json`.
struct DataInspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the size, sparsity, activity and popularity skew of a data set."
    )

    @Argument(help: "An interaction file, or a folder holding u.data, ratings.dat, ratings.csv or one *.inter file.")
    var path: String

    @OptionGroup var data: DataOptions

    @Flag(help: "Print the statistics as JSON (snake_case keys) instead of a table.")
    var json = false

    func run() throws {
        print(try output())
    }

    /// What `run()` prints.
    func output() throws -> String {
        let loaded = try data.load(path)
        let statistics = DatasetStatistics(loaded.dataset)
        return json ? try Self.json(statistics) : Self.summary(of: loaded, statistics: statistics)
    }

    /// The statistics as pretty-printed JSON with sorted keys.
    static func json(_ statistics: DatasetStatistics) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(statistics), as: UTF8.self)
    }

    /// A readable two-column summary of a loaded file, with the rating histogram below it when rated.
    static func summary(of loaded: LoadedDataset, statistics: DatasetStatistics) -> String {
        let report = loaded.report
        var extra: [(String, String)] = []
        if let genres = loaded.itemCategories {
            extra.append(("Genres", categorySummary(genres, noun: "genres")))
        }
        if let tags = loaded.itemTags {
            extra.append(("Tags", categorySummary(tags, noun: "distinct tags")))
        }
        if report.rowsSkipped > 0 { extra.append(("Rows skipped", grouped(report.rowsSkipped))) }
        if report.duplicateRowsMerged > 0 { extra.append(("Duplicates merged", grouped(report.duplicateRowsMerged))) }
        return summary(
            of: statistics, leading: [("Source", "\(report.sourceFiles[0]) (\(report.format.rawValue))")],
            trailing: extra)
    }

    /// A readable two-column summary of statistics, with extra rows before and after the standard
    /// ones and the rating histogram below when rated.
    static func summary(
        of statistics: DatasetStatistics, leading: [(String, String)] = [], trailing: [(String, String)] = []
    ) -> String {
        var rows: [(String, String)] = leading + [
            ("Users", grouped(statistics.users)),
            ("Items", grouped(statistics.items)),
            ("Interactions", grouped(statistics.interactions)),
            ("Density", percent(statistics.density, digits: 3)),
            ("Per user", summary(statistics.perUser)),
            ("Per item", summary(statistics.perItem)),
            ("Gini (item popularity)", String(format: "%.3f", statistics.gini)),
            ("Top 20% items' share", percent(statistics.top20Share, digits: 1)),
        ]
        if let span = statistics.timeSpan {
            rows.append(("Time span", "\(date(span.min)) to \(date(span.max))"))
        }
        rows += trailing
        var lines = table(rows)
        if let histogram = statistics.ratingHistogram {
            lines += ["", "Rating histogram"]
            let total = Double(max(statistics.interactions, 1))
            let countWidth = histogram.map { grouped($0.count).count }.max() ?? 0
            lines += table(histogram.map { bin in
                let share = Double(bin.count) / total
                let count = grouped(bin.count)
                let padding = String(repeating: " ", count: countWidth - count.count)
                let bar = String(repeating: "#", count: Int((share * 40).rounded()))
                return ("  \(bin.rating.description)", "\(padding)\(count)  \(percent(share, digits: 1).leftPadded(to: 6))  \(bar)")
            })
        }
        return lines.joined(separator: "\n")
    }

    private static func table(_ rows: [(String, String)]) -> [String] {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { label, value in
            label + String(repeating: " ", count: width - label.count + 2) + value
        }
    }

    private static func summary(_ counts: DatasetStatistics.CountSummary) -> String {
        let median = counts.median.rounded() == counts.median ? grouped(Int(counts.median)) : String(counts.median)
        return "min \(grouped(counts.min)), median \(median), mean \(String(format: "%.1f", counts.mean)), "
            + "max \(grouped(counts.max))"
    }

    private static func categorySummary(_ categories: ItemCategories, noun: String) -> String {
        let covered = (0..<categories.matrix.rowCount).count { categories.matrix.count(ofRow: $0) > 0 }
        return "\(grouped(categories.categoryIDs.count)) \(noun) on \(grouped(covered)) items"
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    private static func percent(_ share: Double, digits: Int) -> String {
        String(format: "%.\(digits)f%%", share * 100)
    }

    private static func date(_ timestamp: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(timestamp)))
    }
}

extension String {
    /// The text right-aligned in `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
