// Measures fake-profile detection on ml-latest-small (../shared/data) under the leak-free protocol:
//   detection — precision/recall/F1/ROC-AUC of the robust-score, PCA-VarSelect and supervised
//               (logistic, MLP) detectors for each heuristic attack kind at 3 % and 5 % fake
//               users, over several seeds, with timing
//   features  — ROC-AUC of each single profile feature per attack kind (one seed, 5 %)
//   sanitize  — sanitise-and-retrain with the robust and the MLP detector (seed 1, 3 % and 5 %):
//               HR@10 and prediction shift of the clean, attacked and sanitised model, share
//               recovered, fake and real users removed; --model item-mean (default) or neumf
// Usage: swift run -c release --package-path Benchmarks detection-benchmark [detection] [features]
//        [sanitize] [--seeds N] [--threads N] [--data PATH] [--model item-mean|neumf] [--kinds a,b]
import RecShield

#if canImport(Glibc)
import Glibc
#endif

/// The value after `flag` on the command line, or `fallback`.
func option(_ flag: String, _ fallback: String) -> String {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return fallback }
    return arguments[index + 1]
}

/// `value` with `digits` decimals (no Foundation).
func fixed(_ value: Double, _ digits: Int = 2) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = "\(rounded)"
    let decimals = text.split(separator: ".").last?.count ?? 0
    if !text.contains(".") { text += "." }
    return text + String(repeating: "0", count: max(0, digits - decimals))
}

/// Seconds since `start`.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}

let modes = Set(CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") && Int($0) == nil && !$0.contains("/") })
let seedCount = Int(option("--seeds", "3")) ?? 3
let threads = Int(option("--threads", "2")) ?? 2
let path = option("--data", "../shared/data/ml-latest-small")

do {
    let loaded = try DatasetLoader.load(path)
    let clean = loaded.dataset
    print("data: \(path), \(clean.userCount) users, \(clean.itemCount) items, \(clean.count) ratings; threads \(threads)")
    let kinds = ShillingAttackKind.allCases

    if modes.isEmpty || modes.contains("features") {
        print("\nROC-AUC of single features (5 % fake users, seed 1; > 0.5 = fakes score higher)")
        let extractor = ProfileFeatureExtractor()
        var header = "feature".padding(24)
        for kind in kinds { header += kind.rawValue.padding(19) }
        print(header)
        var columns: [[Double]] = []
        var extractionSeconds = 0.0
        for kind in kinds {
            let artefact = try AttackArtefact(
                attacking: clean, format: loaded.report.format,
                configuration: AttackConfiguration(kind: kind, fakeUsers: .fraction(0.05), seed: 1))
            let started = ContinuousClock.now
            let matrix = try extractor.extract(from: artefact.poisoned, threads: threads)
            extractionSeconds += seconds(since: started)
            let active = matrix.isActive.indices.filter { matrix.isActive[$0] }
            columns.append(matrix.features.indices.map { index in
                let column = matrix.column(at: index)
                return DetectionQuality.rocAUC(scores: active.map { column[$0] }, labels: active.map { artefact.isFake[$0] })
            })
        }
        for (index, feature) in ProfileFeature.allCases.enumerated() {
            var line = feature.rawValue.padding(24)
            for column in columns { line += fixed(column[index], 3).padding(19) }
            print(line)
        }
        print("feature extraction: \(fixed(extractionSeconds * 1000 / Double(kinds.count), 1)) ms per poisoned data set")
    }

    if modes.isEmpty || modes.contains("detection") {
        let tests = kinds.flatMap { kind in
            [0.03, 0.05].flatMap { fraction in
                (1...seedCount).map { seed in
                    AttackConfiguration(kind: kind, fakeUsers: .fraction(fraction), seed: UInt64(seed))
                }
            }
        }
        let candidates: [DetectionCandidate] = [
            .unsupervised(RobustScoreDetector()),
            .unsupervised(PCAVarSelectDetector(), decision: .attackSize),
            .supervised(.logisticRegression(LogisticRegression.Configuration()), threads: threads),
            .supervised(.mlp(MLPProfileClassifier.Configuration()), threads: threads),
        ]
        let start = ContinuousClock.now
        let evaluation = try DetectionEvaluation.run(
            candidates: candidates, clean: clean, format: loaded.report.format, tests: tests, threads: threads)
        print("\n\(tests.count) test artefacts, \(fixed(seconds(since: start), 1)) s (training artefacts included)")
        printTable(evaluation)

        // The weaker variant: supervised detectors may also train on the test kind (other seeds).
        let seen = try DetectionEvaluation.run(
            candidates: Array(candidates.suffix(2)), clean: clean, format: loaded.report.format, tests: tests,
            trainingProtocol: LeakFreeProtocol(excludesTestKind: false), threads: threads)
        print("\nSupervised detectors trained on every kind including the test kind (other seeds only):")
        printTable(seen)
    }
    if modes.contains("sanitize") {
        let model = option("--model", "item-mean")
        let kindNames = option("--kinds", kinds.map(\.rawValue).joined(separator: ","))
        let chosenKinds = kindNames.split(separator: ",").compactMap { ShillingAttackKind(rawValue: String($0)) }
        func train(_ data: InteractionDataset) throws -> any Recommender {
            if model == "neumf" {
                var trainer = try NeuMFTrainer(interactions: data.byUser())
                trainer.train()
                return trainer.model
            }
            return try ItemMeanBaseline(training: data)
        }
        print("\nSanitise and retrain, model \(model), seed 1")
        print("| Attack | Fake users | Detector | Fake removed | Real removed | HR@10 clean / attacked / sanitised | "
            + "Shift attacked / sanitised | Recovered HR@10 | Recovered shift |")
        print("|---|---|---|---|---|---|---|---|---|")
        for kind in chosenKinds {
            let start = ContinuousClock.now
            let trainingAttacks = try LeakFreeProtocol().trainingArtefacts(
                clean: clean, format: loaded.report.format, avoiding: AttackConfiguration(kind: kind, seed: 1))
            let mlp = try SupervisedDetector.train(
                .mlp(MLPProfileClassifier.Configuration()), on: trainingAttacks.map(LabelledProfiles.init), threads: threads)
            for fraction in [0.03, 0.05] {
                let artefact = try AttackArtefact(
                    attacking: clean, format: loaded.report.format,
                    configuration: AttackConfiguration(kind: kind, fakeUsers: .fraction(fraction), seed: 1))
                for detector in [RobustScoreDetector(), mlp] as [any FakeProfileDetector] {
                    let report = try SanitizeAndRetrain.run(
                        clean: clean, artefact: artefact, detector: detector, threads: threads, train: train)
                    let hit = report.recovery[0]
                    let shift = report.recovery[2]
                    func percent(_ value: Double?) -> String { value.map { fixed($0 * 100, 1) + " %" } ?? "–" }
                    print("| \(kind.rawValue) | \(Int((fraction * 100).rounded())) % | \(report.detector) | "
                        + "\(report.fakeRemoved) / \(report.fakeUsers) | \(report.realRemoved) / \(report.realUsers) | "
                        + "\(fixed(hit.clean, 3)) / \(fixed(hit.attacked, 3)) / \(fixed(hit.sanitized, 3)) | "
                        + "\(fixed(shift.attacked, 3)) / \(fixed(shift.sanitized, 3)) | \(percent(hit.recovered)) | "
                        + "\(percent(shift.recovered)) |")
                }
            }
            print("(\(kind.rawValue): \(fixed(seconds(since: start), 1)) s)")
        }
    }
} catch {
    print("detection-benchmark: \(error)")
    exit(1)
}

/// The summary of an evaluation as a Markdown table body.
func printTable(_ evaluation: DetectionEvaluation) {
    print("| Attack | Fake users | Detector | Precision | Recall | F1 | ROC-AUC |")
    print("|---|---|---|---|---|---|---|")
    for row in evaluation.summary() {
        guard case let .fraction(fraction) = row.fakeUsers else { continue }
        let cells = [row.precision, row.recall, row.f1, row.rocAUC].map {
            fixed($0.mean) + " ± " + fixed($0.standardDeviation)
        }
        print("| \(row.kind.rawValue) | \(Int((fraction * 100).rounded())) % | \(row.detector) | "
            + cells.joined(separator: " | ") + " |")
    }
}

extension String {
    /// The text padded with spaces to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
