import RecShield

/// Target impact of heuristic and gradient attacks on victims trained on a leave-one-out split:
/// each attack runs on the whole data set (as `recshield attack` does), its fake rows are added
/// to the training part, and the victim is trained on clean and poisoned training data with the
/// same seed (`recshield attack-effect`'s protocol).
struct PoisoningStudy {
    let loaded: LoadedDataset
    let split: DataSplit
    let seeds: [UInt64]

    enum Victim: String, CaseIterable {
        case mf, bpr

        func train(_ data: InteractionDataset, seed: UInt64) throws -> any Recommender {
            switch self {
            case .mf:
                var configuration = ExplicitMatrixFactorization.Configuration()
                configuration.training.seed = seed
                return try ExplicitMatrixFactorization.train(on: data, configuration: configuration)
            case .bpr:
                var configuration = BPRMatrixFactorization.Configuration()
                configuration.training.seed = seed
                return try BPRMatrixFactorization.train(on: data, configuration: configuration)
            }
        }
    }

    /// One attack setting.
    struct Setting {
        let name: String
        let fraction: Double
        let filler: FillerAmount
        let recipe: (UInt64) -> AttackRecipe
    }

    /// Mean target impact over seeds: HR@10, HR@20 (after; before is 0 for unpopular targets
    /// unless printed), prediction shift, mean rank before → after.
    func run(victims: [Victim], settings: [Setting]) throws -> [[String]] {
        var rows: [[String]] = []
        let training = split.train.byUser()
        for victim in victims {
            var clean: [UInt64: any Recommender] = [:]
            for seed in seeds { clean[seed] = try victim.train(split.train, seed: seed) }
            for setting in settings {
                var hr10: [Double] = [], hr20: [Double] = [], before10: [Double] = [], shift: [Double] = []
                var rankBefore: [Double] = [], rankAfter: [Double] = []
                for seed in seeds {
                    let artefact = try AttackArtefact(attacking: loaded.dataset, format: loaded.report.format, recipe: setting.recipe(seed))
                    let poisoned = try victim.train(try artefact.injectingFakeProfiles(into: split.train), seed: seed)
                    guard let before = clean[seed] else { continue }
                    let impact = try measure(before, poisoned, training: training, targets: try artefact.targetItems())
                    before10.append(impact.hitRatios[0].before)
                    hr10.append(impact.hitRatios[0].after)
                    hr20.append(impact.hitRatios[1].after)
                    shift.append(impact.predictionShift)
                    rankBefore.append(impact.meanRankBefore)
                    rankAfter.append(impact.meanRankAfter)
                    progress("\(victim.rawValue) \(setting.name) seed \(seed): HR@10 \(impact.hitRatios[0].after)")
                }
                rows.append([
                    victim.rawValue, setting.name, "\(Int((setting.fraction * 100).rounded()))%", fillerText(setting.filler),
                    SeedSummary(values: before10).text(), SeedSummary(values: hr10).text(), SeedSummary(values: hr20).text(),
                    SeedSummary(values: shift).text(3),
                    "\(SeedSummary(values: rankBefore).text(0)) → \(SeedSummary(values: rankAfter).text(0))",
                ])
            }
        }
        return rows
    }

    private func measure(_ before: any Recommender, _ after: any Recommender, training: SparseMatrix, targets: [Int]) throws -> TargetImpact {
        func open<A: Recommender>(_ a: A) throws -> TargetImpact {
            func inner<B: Recommender>(_ b: B) throws -> TargetImpact {
                try TargetImpact.measure(before: a, after: b, training: training, targets: targets, cutoffs: [10, 20], threads: 2)
            }
            return try inner(after)
        }
        return try open(before)
    }

    private func fillerText(_ filler: FillerAmount) -> String {
        switch filler {
        case let .fraction(value): return "\(value * 100)%"
        case let .count(value): return "\(value)"
        }
    }
}
