extension StudyReport {
    /// Aggregates a run's finished cells.
    public init(_ run: StoredRun) {
        let cells = run.doneCells
        studyName = run.metadata?.studyName ?? "study"
        recshieldVersion = run.metadata?.recshieldVersion ?? ""
        createdAt = run.metadata?.createdAt ?? ""
        totalCells = run.metadata?.totalCells ?? run.cells.count
        doneCells = cells.count
        failures = run.cells.filter { $0.status == .failed }.map { Failure(key: $0.key, message: $0.message ?? "") }
        let names = Self.ordered(cells.flatMap { $0.result.metrics.map(\.name) })
        metrics = names.filter { !StudyMetric.isTargetMeasure($0) }
        targetMeasures = names.filter(StudyMetric.isTargetMeasure)
        let attackLabels = Self.ordered(cells.filter { $0.attack != StudyCell.noAttack }.map(\.attackLabel))
        let cleanMetrics = names.filter { !StudyMetric.isTargetMeasure($0) }
        attacks = attackLabels
        let rowLabels = Self.ordered(cells.map(\.rowLabel))
        let byRow = Dictionary(grouping: cells, by: \.rowLabel)
        let builtRows = rowLabels.map { label in Self.row(label, cells: byRow[label] ?? [], attacks: attackLabels, names: names) }
        rows = builtRows
        robustnessCurves = Self.curves(cells: cells, rows: rowLabels, attacks: attackLabels, metrics: cleanMetrics)
        lossCurves = Self.lossCurves(cells: cells, rows: rowLabels)
        datasetStatistics = Self.ordered(cells.flatMap { $0.result.statistics.map(\.name) }).map { name in
            Named(name: name, summary: SampleSummary(cells.flatMap { $0.result.statistics.filter { $0.name == name }.map(\.value) }))
        }
        comparisons = Self.comparisons(rows: builtRows, cells: byRow)
    }

    /// `values` without repeats, in first-seen order.
    static func ordered(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0).inserted }
    }

    /// The mean of `value(cell)` over the cells of each seed, by seed.
    static func perSeed(_ cells: [StoredCell], _ value: (StoredCell) -> Double?) -> [UInt64: Double] {
        var sums: [UInt64: (total: Double, count: Int)] = [:]
        for cell in cells {
            guard let number = value(cell) else { continue }
            sums[cell.seed, default: (0, 0)].total += number
            sums[cell.seed, default: (0, 0)].count += 1
        }
        return sums.mapValues { $0.total / Double($0.count) }
    }

    /// A summary over seeds, or `nil` when no cell has the value.
    static func summary(_ cells: [StoredCell], _ value: (StoredCell) -> Double?) -> SampleSummary? {
        let values = perSeed(cells, value)
        return values.isEmpty ? nil : SampleSummary(values.keys.sorted().compactMap { values[$0] })
    }

    /// The value of `name` after the cell's attack: defended phase if present, else attacked,
    /// else (perturbation attacks) perturbed at `epsilon`.
    static func afterValue(_ cell: StoredCell, _ name: String, epsilon: Double?) -> Double? {
        let metrics = cell.result.metrics.filter { $0.name == name }
        if let epsilon {
            return metrics.first { $0.phase == .perturbed && $0.epsilon == epsilon }?.value
        }
        return (metrics.first { $0.phase == .defended } ?? metrics.first { $0.phase == .attacked })?.value
    }

    private static func row(_ label: String, cells: [StoredCell], attacks: [String], names: [String]) -> Row {
        let clean = names.compactMap { name in
            summary(cells) { cell in cell.result.metrics.first { $0.phase == .clean && $0.name == name }?.value }
                .map { Named(name: name, summary: $0) }
        }
        let outcomes = attacks.compactMap { attack -> AttackOutcome? in
            let attackCells = cells.filter { $0.attackLabel == attack }
            guard !attackCells.isEmpty else { return nil }
            let epsilon = attackCells.flatMap { $0.result.metrics.compactMap(\.epsilon) }.max()
            let after = names.compactMap { name in
                summary(attackCells) { afterValue($0, name, epsilon: epsilon) }.map { Named(name: name, summary: $0) }
            }
            let detectors = ordered(attackCells.flatMap { $0.result.detections.map(\.detector) })
            let detection = detectors.flatMap { detector in
                [("precision", \DetectionRecord.precision), ("recall", \DetectionRecord.recall), ("f1", \DetectionRecord.f1)]
                    .compactMap { field, path in
                        summary(attackCells) { cell in cell.result.detections.first { $0.detector == detector }?[keyPath: path] }
                            .map { Named(name: "\(detector).\(field)", summary: $0) }
                    }
            }
            return AttackOutcome(attack: attack, epsilon: epsilon, after: after, detection: detection)
        }
        let separator = label.range(of: " / ", options: .backwards)
        return Row(
            label: label, modelLabel: separator.map { String(label[..<$0.lowerBound]) } ?? label,
            defenseKind: cells.first?.defenseKind ?? "", seeds: Set(cells.map(\.seed)).count, clean: clean, attacks: outcomes)
    }

    private static func curves(cells: [StoredCell], rows: [String], attacks: [String], metrics: [String]) -> [RobustnessCurve] {
        attacks.flatMap { attack -> [RobustnessCurve] in
            let attackCells = cells.filter { $0.attackLabel == attack }
            let epsilons = Array(Set(attackCells.flatMap { $0.result.metrics.filter { $0.phase == .perturbed }.compactMap(\.epsilon) })).sorted()
            guard !epsilons.isEmpty else { return [] }
            return metrics.map { metric in
                let series = rows.compactMap { row -> CurveSeries? in
                    let rowCells = attackCells.filter { $0.rowLabel == row }
                    let clean = summary(rowCells) { cell in cell.result.metrics.first { $0.phase == .clean && $0.name == metric }?.value }
                    let points = epsilons.compactMap { epsilon in
                        summary(rowCells) { afterValue($0, metric, epsilon: epsilon) }.map { CurvePoint(x: epsilon, summary: $0) }
                    }
                    guard !points.isEmpty else { return nil }
                    return CurveSeries(row: row, points: (clean.map { [CurvePoint(x: 0, summary: $0)] } ?? []) + points)
                }
                return RobustnessCurve(attack: attack, metric: metric, series: series)
            }
        }
    }

    private static func lossCurves(cells: [StoredCell], rows: [String]) -> [LossCurve] {
        rows.flatMap { row -> [LossCurve] in
            let rowCells = cells.filter { $0.rowLabel == row }
            var runs: [String] = []
            var losses: [String: [Int: [UInt64: [Double]]]] = [:]
            for cell in rowCells {
                for log in cell.result.epochs {
                    let run = log.model == "clean" ? log.model : "\(log.model) (\(cell.attackLabel))"
                    if losses[run] == nil { runs.append(run) }
                    losses[run, default: [:]][log.epoch, default: [:]][cell.seed, default: []].append(log.loss)
                }
            }
            return runs.map { run in
                let byEpoch = losses[run] ?? [:]
                let points = byEpoch.keys.sorted().map { epoch in
                    let seeds = byEpoch[epoch] ?? [:]
                    let values = seeds.keys.sorted().map { seed in (seeds[seed] ?? []).reduce(0, +) / Double(seeds[seed]?.count ?? 1) }
                    return CurvePoint(x: Double(epoch), summary: SampleSummary(values))
                }
                return LossCurve(row: row, run: run, points: points)
            }
        }
    }
}
