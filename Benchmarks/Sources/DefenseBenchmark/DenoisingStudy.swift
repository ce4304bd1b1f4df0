import Foundation
import RecShield

/// Denoising on ml-latest-small: false positives are added to the training split only, models
/// are trained on the noisy data with and without a denoising defense, and HR@10/NDCG@10 are
/// measured on the clean leave-one-out test split.
enum DenoisingStudy {
    struct Options {
        var seeds = 3
        var noise = 0.2
        var neuMFEpochs = 5
        var skipsNeuMF = false
    }

    struct Row {
        var name: String
        var hr: [Double] = []
        var ndcg: [Double] = []
    }

    static func run(_ options: Options) throws {
        let split = try Experiment.movieLensSplit()
        let settings = DefenseSettings()
        var rows: [String: Row] = [:]
        var order: [String] = []
        var precision: [Double] = []
        var recall: [Double] = []
        func record(_ name: String, _ model: some Recommender, training: InteractionDataset) throws {
            let result = try Experiment.evaluate(model, test: split.test, training: training)
            if rows[name] == nil {
                rows[name] = Row(name: name)
                order.append(name)
            }
            rows[name]?.hr.append(result.hr)
            rows[name]?.ndcg.append(result.ndcg)
        }
        for seed in 0..<options.seeds {
            let noisy = try InteractionNoise(kind: .addFalsePositives, fraction: options.noise, seed: 500 + UInt64(seed))
                .apply(to: split.train)
            let bpr = BPRMatrixFactorization.Configuration(
                training: TrainingConfiguration(
                    epochs: 50, learningRate: 0.05, regularization: 0.001, initialStandardDeviation: 0.01, seed: UInt64(seed)))
            try record("BPR on clean data", BPRMatrixFactorization.train(on: split.train, configuration: bpr), training: split.train)
            try record("BPR on noisy data", BPRMatrixFactorization.train(on: noisy.data, configuration: bpr), training: noisy.data)
            try record("BPR + T-CE (drop 0.2, warm-up 5 epochs)",
                       DenoisedBPR.train(on: noisy.data, configuration: bpr, loss: settings.truncatedLoss(modelEpochs: 50)),
                       training: noisy.data)
            try record("BPR + R-CE (β 0.25)",
                       DenoisedBPR.train(on: noisy.data, configuration: bpr, loss: settings.reweightedLoss), training: noisy.data)
            let share = Double(noisy.alterations.count) / Double(noisy.data.count)
            let cleaner = NoisyInteractionCleaner(folds: 5, negatives: 50, flagging: .topFraction(share), seed: UInt64(seed), threads: 2)
            let flags = try cleaner.flag(noisy.data) { fold in try BPRMatrixFactorization.train(on: fold, configuration: bpr) }
            let quality = flags.quality(against: noisy.alterations, in: noisy.data)
            precision.append(quality.precision)
            recall.append(quality.recall)
            let cleaned = flags.cleaned(noisy.data)
            try record("BPR on cleaned data (5-fold cleaner, top \(String(format: "%.1f", 100 * share))%)",
                       BPRMatrixFactorization.train(on: cleaned, configuration: bpr), training: noisy.data)
            Experiment.log("denoise: seed \(seed) BPR rows done (cleaner precision \(quality.precision))")
            if !options.skipsNeuMF {
                var neuMF = NeuMF.Configuration()
                neuMF.epochs = options.neuMFEpochs
                neuMF.seed = UInt64(seed)
                try record("NeuMF on clean data",
                           NeuMF.train(on: split.train.byUser(), configuration: neuMF), training: split.train)
                try record("NeuMF on noisy data",
                           NeuMF.train(on: noisy.data.byUser(), configuration: neuMF), training: noisy.data)
                try record("NeuMF + T-CE (drop 0.2, warm-up a tenth of the epochs)",
                           DenoisedNeuMF.train(
                               on: noisy.data.byUser(), configuration: neuMF,
                               loss: settings.truncatedLoss(modelEpochs: options.neuMFEpochs)),
                           training: noisy.data)
                try record("NeuMF + R-CE (β 0.25)",
                           DenoisedNeuMF.train(on: noisy.data.byUser(), configuration: neuMF, loss: settings.reweightedLoss),
                           training: noisy.data)
                Experiment.log("denoise: seed \(seed) NeuMF rows done")
            }
        }
        print("Denoising on ml-latest-small: \(Int(100 * options.noise))% false positives added to the training split "
            + "(uniform users × items), clean leave-one-out test, \(options.seeds) seeds, mean ± 95% CI; "
            + "NeuMF \(options.neuMFEpochs) epochs\n")
        Experiment.table(["training", "HR@10", "NDCG@10"], order.compactMap { rows[$0] }.map {
            [$0.name, Experiment.summary($0.hr), Experiment.summary($0.ndcg)]
        })
        print("Cleaner (BPR, 5 folds, 50 negatives, flags the injected share): precision "
            + "\(Experiment.summary(precision, digits: 3)), recall \(Experiment.summary(recall, digits: 3)); "
            + "chance precision \(String(format: "%.3f", options.noise / (1 + options.noise)))\n")
    }
}
