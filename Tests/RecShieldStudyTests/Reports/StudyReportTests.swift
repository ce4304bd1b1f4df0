import Foundation
import RecShieldTestSupport
import Testing
@testable import RecShieldStudy

@Suite struct StudyReportTests {
    /// The fixture study run through the deterministic executor.
    static func fixtureRun(name: String = "fixture") throws -> StoredRun {
        let folder = TemporaryDirectory()
        let directory = URL(fileURLWithPath: folder.path)
        var configuration = try StudyFixtures.configuration()
        configuration.experiment.name = name
        let store = try ResultStore(directory: directory)
        _ = try StudyRunner(grid: try StudyGrid(configuration)).run(
            executor: DeterministicExecutor(), store: store, context: StudyFixtures.context(configuration, run: directory))
        return try store.snapshot()
    }

    @Test func rowsAndAttacksFollowTheGrid() throws {
        let report = StudyReport(try Self.fixtureRun())
        #expect(report.rows.map(\.label) == [
            "bpr[factors=4] / none", "bpr[factors=8] / none", "bpr[factors=4] / apr", "bpr[factors=8] / apr", "mf / none", "mf / apr",
        ])
        #expect(report.attacks == ["bandwagon", "fgsm"])
        #expect(report.metrics == ["hr@10", "ndcg@10"])
        #expect(report.targetMeasures == ["target_hr@10", "prediction_shift"])
        #expect(report.rows.allSatisfy { $0.seeds == 2 })
        #expect(report.doneCells == 24 && report.totalCells == 24)
    }

    @Test func tableHasCleanAttackAndDetectionColumns() throws {
        let report = StudyReport(try Self.fixtureRun())
        let table = report.table()
        #expect(table.headers == [
            "model / defense", "seeds", "hr@10", "ndcg@10", "target_hr@10",
            "bandwagon: hr@10", "bandwagon: ndcg@10", "bandwagon: target_hr@10", "bandwagon: prediction_shift",
            "bandwagon: pca.precision", "bandwagon: pca.recall", "bandwagon: pca.f1",
            "fgsm ε=1: hr@10", "fgsm ε=1: ndcg@10",
        ])
        #expect(table.rows.count == 6)
        // The clean hr@10 of a row is the mean over seeds of the cells' values.
        let run = try Self.fixtureRun()
        let mf = run.doneCells.filter { $0.rowLabel == "mf / none" }
        let perSeed = [UInt64(1), 2].map { seed in
            let values = mf.filter { $0.seed == seed }.compactMap { $0.result.metrics.first { $0.name == "hr@10" && $0.phase == .clean }?.value }
            return values.reduce(0, +) / Double(values.count)
        }
        let row = try #require(table.rows.first { $0[0] == "mf / none" })
        #expect(row[2] == ReportTable.format((perSeed[0] + perSeed[1]) / 2))
        #expect(table.text().split(separator: "\n").count == 8)
        #expect(table.markdown().hasPrefix("| model / defense | seeds | hr@10 |"))
    }

    @Test func pairedTestsCompareEachDefenseWithNone() throws {
        let report = StudyReport(try Self.fixtureRun())
        let comparisons = report.comparisons.filter { $0.row == "mf / apr" }
        #expect(comparisons.allSatisfy { $0.baseline == "mf / none" && $0.test.n == 2 })
        #expect(Set(comparisons.map(\.condition)) == ["clean", "bandwagon", "fgsm"])
        // The fixture's apr lowers clean hr@10 by exactly 0.02 on every seed.
        let clean = try #require(comparisons.first { $0.condition == "clean" && $0.metric == "hr@10" })
        #expect(abs(clean.test.meanDifference + 0.02) < 1e-12)
        #expect(report.comparisons.allSatisfy { !$0.row.hasSuffix("/ none") })
    }

    /// The fixture's apr lowers clean hr@10 by the same 0.02 on both seeds: no spread, so the
    /// table, Markdown and HTML show t and p as n/a, JSON as null, and the row is not marked.
    @Test func pairedTestWithoutSpreadIsShownAsUndefined() throws {
        let report = StudyReport(try Self.fixtureRun())
        let clean = try #require(report.comparisons.first { $0.row == "mf / apr" && $0.condition == "clean" && $0.metric == "hr@10" })
        #expect(clean.test.t == nil && clean.test.pValue == nil)
        let line = "| mf / apr | mf / none | clean | hr@10 | -0.0200 | n/a | n/a |"
        #expect(report.comparisonTable().markdown().contains(line) && report.markdown().contains(line))
        let html = report.html()
        let cells = "<td>mf / apr</td><td>mf / none</td><td>clean</td><td>hr@10</td><td class=\"number\">-0.0200</td><td>n/a</td><td>n/a</td>"
        #expect(html.contains("<tr>" + cells) && !html.contains("<tr class=\"marked\">" + cells))
        let json = try JSONSerialization.jsonObject(with: Data(try report.jsonText().utf8)) as? [String: Any]
        let comparisons = try #require(json?["comparisons"] as? [[String: Any]])
        let test = try #require(comparisons.first { $0["row"] as? String == "mf / apr" && $0["condition"] as? String == "clean"
            && $0["metric"] as? String == "hr@10" }?["test"] as? [String: Any])
        #expect(test["p_value"] is NSNull && test["t"] is NSNull && test["n"] as? Int == 2)
    }

    @Test func robustnessCurvesStartAtTheCleanValue() throws {
        let report = StudyReport(try Self.fixtureRun())
        let curve = try #require(report.robustnessCurves.first { $0.attack == "fgsm" && $0.metric == "hr@10" })
        #expect(curve.series.count == 6)
        #expect(curve.series.allSatisfy { $0.points.map(\.x) == [0, 0.5, 1.0] })
        #expect(report.lossCurves.first?.points.map(\.x) == [1, 2, 3])
    }

    @Test func csvAndJSONShapes() throws {
        let report = StudyReport(try Self.fixtureRun())
        let lines = report.csv().split(separator: "\n")
        #expect(lines.first == "row,condition,epsilon,metric,n,mean,standard_deviation,ci95_half_width")
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 8 })
        let json = try JSONSerialization.jsonObject(with: Data(try report.jsonText().utf8)) as? [String: Any]
        let object = try #require(json)
        #expect(Set(object.keys) == [
            "study_name", "recshield_version", "created_at", "total_cells", "done_cells", "metrics", "target_measures",
            "attacks", "rows", "robustness_curves", "loss_curves", "dataset_statistics", "comparisons", "failures",
        ])
        let row = try #require((object["rows"] as? [[String: Any]])?.first)
        #expect(Set(row.keys) == ["label", "model_label", "defense_kind", "seeds", "clean", "attacks"])
    }

    @Test func htmlIsSelfContainedWithChartsAndEscapedText() throws {
        let html = StudyReport(try Self.fixtureRun(name: "<script>alert('x')</script> & co")).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count)
        #expect(!html.contains("https://"))
        // Robustness (2 metrics), before/after (2), detection (1), loss (6 rows).
        #expect(html.components(separatedBy: "<svg").count - 1 == 11)
        #expect(html.contains("Robustness curves") && html.contains("Defended versus undefended"))
    }

    @Test func failuresAreListed() throws {
        var run = try Self.fixtureRun()
        run.cells[0].status = .failed
        run.cells[0].message = "out of <memory>"
        let report = StudyReport(run)
        #expect(report.failures == [StudyReport.Failure(key: run.cells[0].key, message: "out of <memory>")])
        #expect(report.html().contains("out of &lt;memory&gt;"))
        #expect(report.markdown().contains("## Failed cells"))
    }
}
