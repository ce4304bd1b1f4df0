import RecShield

/// Clean utility of trained models under random, FGSM and PGD perturbations of the same
/// per-row budgets (``RobustnessCurve``), averaged over model seeds.
struct PerturbationStudy {
    let split: DataSplit
    let seeds: [UInt64]
    let featuresPath: String
    let epsilons: [Float] = [0.5, 1.0]

    /// One curve setting: method × scale × target.
    struct Setting {
        let method: EmbeddingPerturbation.Method
        let scale: PerturbationBudget.Scale
        let target: PerturbationTarget
    }

    func run() throws {
        let training = split.train.byUser()
        let test = split.test.byUser()
        let ranking: [UtilityMetric] = [.ranking(.ndcg(10)), .ranking(.hitRatio(10))]
        var rows: [[String]] = []
        let methods: [EmbeddingPerturbation.Method] = [.random, .fgsm, .pgd(steps: 10)]
        let embeddingSettings = [PerturbationBudget.Scale.absolute, .relative].flatMap { scale in
            methods.map { Setting(method: $0, scale: scale, target: .both) }
        }
        rows += try curves("bpr-mf", settings: embeddingSettings, metrics: ranking, training: training, test: test) { seed in
            var configuration = BPRMatrixFactorization.Configuration()
            configuration.training.seed = seed
            return try BPRMatrixFactorization.train(on: split.train, configuration: configuration)
        }
        rows += try curves("neumf", settings: embeddingSettings, metrics: ranking, training: training, test: test) { seed in
            var configuration = NeuMF.Configuration()
            configuration.seed = seed
            configuration.epochs = 5
            return try NeuMF.train(on: split.train, configuration: configuration)
        }
        rows += try curves(
            "explicit-mf", settings: embeddingSettings, metrics: [.rmse], training: training, test: test
        ) { seed in
            var configuration = ExplicitMatrixFactorization.Configuration()
            configuration.training.seed = seed
            return try ExplicitMatrixFactorization.train(on: split.train, configuration: configuration)
        }
        let features = try ItemFeatureLoader.load(featuresPath, itemIDs: split.itemIDs)
        let featureSettings = methods.map { Setting(method: $0, scale: .relative, target: .features) }
        rows += try curves("vbpr", settings: featureSettings, metrics: ranking, training: training, test: test) { seed in
            var configuration = VBPR.Configuration()
            configuration.seed = seed
            return try VBPR.train(on: split.train, features: features, configuration: configuration)
        }
        printTable(["model", "target", "ε scale", "method", "metric", "clean", "ε = 0.5", "drop", "ε = 1.0", "drop"], rows)
    }

    /// Rows for one model: per setting and metric, the clean value and each ε's value and relative
    /// drop, as mean ± CI over seeds (the model is retrained per seed; the attack seed is the same).
    private func curves<Model: PerturbableRecommender>(
        _ name: String, settings: [Setting], metrics: [UtilityMetric], training: SparseMatrix, test: SparseMatrix,
        train: (UInt64) throws -> Model
    ) throws -> [[String]] {
        var results: [[RobustnessCurve]] = settings.map { _ in [] }
        for seed in seeds {
            let model = try train(seed)
            for (index, setting) in settings.enumerated() {
                let attack = EmbeddingPerturbation(
                    method: setting.method, budget: PerturbationBudget(epsilon: 0, scale: setting.scale, norm: .l2),
                    target: setting.target, seed: seed)
                results[index].append(try RobustnessCurve.measure(
                    model, name: name, perturbation: attack, epsilons: epsilons, training: training, test: test,
                    metrics: metrics, threads: 2))
                progress("\(name) \(setting.scale) \(setting.method.name) seed \(seed) done")
            }
        }
        var rows: [[String]] = []
        for (index, setting) in settings.enumerated() {
            let curves = results[index]
            for (m, metric) in metrics.enumerated() {
                var row = [name, setting.target.rawValue, setting.scale.rawValue, setting.method.name, metric.name,
                           SeedSummary(values: curves.map { $0.clean[m].value }).text()]
                for point in epsilons.indices {
                    row.append(SeedSummary(values: curves.map { $0.points[point].metrics[m].after }).text())
                    row.append(SeedSummary(values: curves.map { ($0.points[point].metrics[m].relativeDegradation ?? 0) * 100 }).text(1) + "%")
                }
                rows.append(row)
            }
        }
        return rows
    }
}
