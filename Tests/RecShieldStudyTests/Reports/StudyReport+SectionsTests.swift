import Foundation
import Testing
@testable import RecShieldStudy

@Suite struct StudyReportSectionsTests {
    @Test func eachConditionGetsANarrowTableWithTheWideTablesCells() throws {
        let report = StudyReport(try StudyReportTests.fixtureRun())
        let wide = report.table()
        let sections = report.sectionTables()
        #expect(sections.map(\.title) == ["clean", "bandwagon", "fgsm ε=1"])
        #expect(sections[0].table.headers == ["model / defense", "seeds", "hr@10", "ndcg@10", "target_hr@10"])
        #expect(sections[1].table.headers == [
            "model / defense", "seeds", "hr@10", "ndcg@10", "target_hr@10", "prediction_shift",
            "pca.precision", "pca.recall", "pca.f1",
        ])
        // Every cell of the wide table appears once, in its row and under its own header.
        for section in sections {
            for row in section.table.rows {
                let wideRow = try #require(wide.rows.first { $0[0] == row[0] })
                for (column, header) in section.table.headers.enumerated().dropFirst(2) {
                    let wideHeader = section.title == "clean" ? header : "\(section.title): \(header)"
                    let wideColumn = try #require(wide.headers.firstIndex(of: wideHeader))
                    #expect(row[column] == wideRow[wideColumn])
                }
            }
        }
        #expect(sections.allSatisfy { $0.table.rows.count == 6 })
    }

    @Test func terminalTextHasEverySectionAndThePairedTests() throws {
        let report = StudyReport(try StudyReportTests.fixtureRun())
        let text = report.terminalText()
        #expect(text.hasPrefix("clean\nmodel / defense"))
        #expect(text.contains("\nbandwagon\nmodel / defense") && text.contains("\nfgsm ε=1\nmodel / defense"))
        #expect(text.contains("Defended versus undefended (paired t-test over seeds)"))
        let widest = text.split(separator: "\n").map(\.count).max() ?? 0
        let wideTable = report.table().text().split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest < wideTable)
    }
}
