extension StudyReport {
    /// The report as one self-contained HTML page: inline CSS and inline SVG charts, no scripts
    /// and no network assets, legible from 1280 px wide screens down to print. All text from the
    /// configuration and results is escaped.
    ///
    /// Sections: results table with 95 % intervals; robustness curves (metric vs ε per model);
    /// before/after bars per attack with intervals; detection precision/recall/F1; paired tests
    /// of each defense against no defense; training loss curves; data-set statistics; failures.
    public func html() -> String {
        var body = "<header><h1>\(HTMLText.escape(studyName))</h1><p class=\"meta\">"
        body += "\(doneCells) of \(totalCells) cells finished"
        if !createdAt.isEmpty { body += " · started \(HTMLText.escape(createdAt))" }
        if !recshieldVersion.isEmpty { body += " · RecShield \(HTMLText.escape(recshieldVersion))" }
        body += "</p></header>"
        body += section("Results", note: "Mean ± half-width of the 95 % Student-t interval over seeds.", content: Self.htmlTable(table(intervals: true)))
        if !robustnessCurves.isEmpty {
            let charts = robustnessCurves.map { curve in
                SVGChart.lineChart(
                    title: "\(curve.metric) under \(curve.attack)", xLabel: "perturbation size ε", yLabel: curve.metric,
                    lines: curve.series.map { series in
                        SVGChart.Line(name: series.row, points: series.points.map {
                            SVGChart.Point(x: $0.x, y: $0.summary.mean, halfWidth: $0.summary.halfWidth)
                        })
                    })
            }
            body += section("Robustness curves", note: "ε = 0 is the clean model; bands are 95 % intervals over seeds.", content: grid(charts))
        }
        let beforeAfter = beforeAfterCharts()
        if !beforeAfter.isEmpty {
            body += section("Before and after each attack", note: "Whiskers are 95 % intervals over seeds, cut at 0 for measures that cannot be negative.", content: grid(beforeAfter))
        }
        let detection = detectionCharts()
        if !detection.isEmpty {
            body += section("Detection", note: "How well each detector finds the injected fake users.", content: grid(detection))
        }
        if !comparisons.isEmpty {
            body += section(
                "Defended versus undefended",
                note: "Paired t test over seeds of defended − undefended; p < 0.05 is marked; t and p are n/a when every "
                    + "seed gives the same difference (no spread, so no test).",
                content: Self.htmlTable(comparisonTable(), highlight: { row in (Double(row[6]) ?? 1) < 0.05 }))
        }
        let losses = lossCharts()
        if !losses.isEmpty {
            body += section("Training loss", note: "Mean training loss per epoch over seeds.", content: grid(losses))
        }
        if !datasetStatistics.isEmpty {
            let table = ReportTable(
                headers: ["statistic", "mean over cells"],
                rows: datasetStatistics.map { [$0.name, Self.statistic($0.summary.mean)] })
            body += section("Data", note: "Statistics of the data the cells trained on.", content: Self.htmlTable(table, compact: true))
        }
        if !failures.isEmpty {
            let items = failures.map { "<li><code>\(HTMLText.escape($0.key))</code>: \(HTMLText.escape($0.message))</li>" }
            body += section("Failed cells", note: "Run again with --resume to retry them.", content: "<ul>\(items.joined())</ul>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(studyName)) — RecShield study</title>
            <style>\(Self.style)</style></head>
            <body>\(body)<footer>Made by RecShield \(HTMLText.escape(recshieldVersion)). Self-contained page: no scripts, no external assets.</footer></body></html>

            """
    }

    private func section(_ title: String, note: String, content: String) -> String {
        "<section><h2>\(HTMLText.escape(title))</h2><p class=\"note\">\(HTMLText.escape(note))</p>\(content)</section>"
    }

    private func grid(_ charts: [String]) -> String {
        "<div class=\"charts\">" + charts.map { "<figure>\($0)</figure>" }.joined() + "</div>"
    }

    static func htmlTable(_ table: ReportTable, compact: Bool = false, highlight: ([String]) -> Bool = { _ in false }) -> String {
        var html = compact ? "<div class=\"table compact\"><table><thead><tr>" : "<div class=\"table\"><table><thead><tr>"
        html += table.headers.map { "<th>\(HTMLText.escape($0))</th>" }.joined()
        html += "</tr></thead><tbody>"
        for row in table.rows {
            html += highlight(row) ? "<tr class=\"marked\">" : "<tr>"
            html += row.map { cell in
                ReportTable.isNumeric(cell) ? "<td class=\"number\">\(HTMLText.escape(cell))</td>" : "<td>\(HTMLText.escape(cell))</td>"
            }.joined()
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// Per profile attack: the first clean metric and the first target measure, before and after.
    private func beforeAfterCharts() -> [String] {
        attacks.flatMap { attack -> [String] in
            let outcomes = rows.map { row in (row, row.attacks.first { $0.attack == attack }) }
            guard outcomes.contains(where: { $0.1 != nil && $0.1?.epsilon == nil }) else { return [] }
            let names = [metrics.first, targetMeasures.first].compactMap { $0 }
            return names.compactMap { name -> String? in
                let groups = outcomes.compactMap { row, outcome -> SVGChart.BarGroup? in
                    guard let outcome else { return nil }
                    let before = row.clean.first { $0.name == name }?.summary
                    let after = outcome.after.first { $0.name == name }?.summary
                    guard before != nil || after != nil else { return nil }
                    return SVGChart.BarGroup(label: row.label, values: [before, after].map { summary in
                        summary.map { SVGChart.Point(x: 0, y: $0.mean, halfWidth: $0.halfWidth) }
                    })
                }
                guard !groups.isEmpty else { return nil }
                return SVGChart.barChart(
                    title: "\(name): before and after \(attack)", yLabel: name, series: ["before", "after \(attack)"], groups: groups)
            }
        }
    }

    /// Per attack with detectors: precision, recall and F1 of each detector (from the first row
    /// that ran them; detectors see the data only, which every row of an attack shares).
    private func detectionCharts() -> [String] {
        attacks.compactMap { attack -> String? in
            guard let outcome = rows.lazy.compactMap({ $0.attacks.first { $0.attack == attack } }).first(where: { !$0.detection.isEmpty }) else {
                return nil
            }
            let detectors = Self.ordered(outcome.detection.map { String($0.name.split(separator: ".").first ?? "") })
            let fields = ["precision", "recall", "f1"]
            let groups = detectors.map { detector in
                SVGChart.BarGroup(label: detector, values: fields.map { field in
                    outcome.detection.first { $0.name == "\(detector).\(field)" }.map {
                        SVGChart.Point(x: 0, y: $0.summary.mean, halfWidth: $0.summary.halfWidth)
                    }
                })
            }
            return SVGChart.barChart(title: "Detection under \(attack)", yLabel: "share", series: fields, groups: groups)
        }
    }

    /// One chart per row with each training run's loss per epoch (at most eight runs).
    private func lossCharts() -> [String] {
        Self.ordered(lossCurves.map(\.row)).map { row in
            let curves = lossCurves.filter { $0.row == row }.prefix(8)
            return SVGChart.lineChart(
                title: "Training loss · \(row)", xLabel: "epoch", yLabel: "loss",
                lines: curves.map { curve in
                    SVGChart.Line(name: curve.run, points: curve.points.map {
                        SVGChart.Point(x: $0.x, y: $0.summary.mean, halfWidth: $0.summary.halfWidth)
                    })
                })
        }
    }

    static let style = """
        :root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d232a;background:#fff}
        body{max-width:1240px;margin:0 auto;padding:24px 20px 40px;line-height:1.45}
        h1{font-size:1.7rem;margin:0 0 4px}h2{font-size:1.25rem;margin:32px 0 4px;border-bottom:1px solid #d8dee4;padding-bottom:4px}
        .meta,.note{color:#57606a;margin:0 0 12px;font-size:.92rem}
        .table{overflow-x:auto;border:1px solid #d8dee4;border-radius:6px}.table.compact{display:inline-block;min-width:320px}
        table{border-collapse:collapse;font-size:.85rem;width:100%}
        th,td{padding:6px 10px;border-bottom:1px solid #eaeef2;text-align:left;white-space:nowrap}
        th{background:#f6f8fa;position:sticky;top:0;font-weight:600}
        td.number{text-align:right;font-variant-numeric:tabular-nums}
        tbody tr:nth-child(even){background:#fafbfc}tr.marked td{background:#fff4d6}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:16px}
        figure{margin:0;border:1px solid #d8dee4;border-radius:6px;padding:8px;background:#fff}
        svg{width:100%;height:auto;display:block}
        svg .title{font-size:14px;font-weight:600;fill:#1d232a}svg .tick{font-size:11px;fill:#57606a}
        svg .label{font-size:12px;fill:#1d232a}svg .legend{font-size:12px;fill:#1d232a}
        svg .grid{stroke:#eaeef2;stroke-width:1}svg .axis{stroke:#8c959f;stroke-width:1}
        code{font-size:.85rem}footer{margin-top:40px;color:#8c959f;font-size:.8rem}
        @media print{.charts{grid-template-columns:1fr}}
        """
}
