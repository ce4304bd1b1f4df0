import Foundation
import RecShield

/// APR-trained BPR against plain BPR on ml-latest-small: clean HR@10/NDCG@10 and NDCG@10 under
/// FGSM at ε = 0.5 and 1.0 (the APR paper's Figure 3 protocol).
enum APRStudy {
    struct Options {
        var seeds = 5
        var pretraining = 50
        var adversarialEpochs = 50
        var epsilon: Float = 0.5
        var weight: Float = 1
        var usesBiases = true
        /// Adds gan-augment rows (GAN source, WGAN-GP with this many epochs, mix 0.1, weights 1
        /// and 0.3) trained for `pretraining + adversarialEpochs` epochs; `nil` leaves them out.
        var ganEpochs: Int?
    }

    struct Row {
        var name: String
        var hr: [Double] = []
        var ndcg: [Double] = []
        var attacked: [Float: [Double]] = [:]
        var drops: [Float: [Double]] = [:]
        var userNorm: [Double] = []
        var itemNorm: [Double] = []
    }

    static let attackEpsilons: [Float] = [0.5, 1.0]

    static func run(_ options: Options) throws {
        let split = try Experiment.movieLensSplit()
        Experiment.log("apr: \(split.train.count) training interactions, \(split.test.count) test users")
        var rows = [
            Row(name: "BPR, \(options.pretraining) epochs"),
            Row(name: "BPR, \(options.pretraining + options.adversarialEpochs) epochs"),
            Row(name: "APR, \(options.pretraining) + \(options.adversarialEpochs) epochs (ε \(options.epsilon), λ \(options.weight))"),
        ]
        let augmentationWeights: [Float] = options.ganEpochs == nil ? [] : [1, 0.3]
        rows += augmentationWeights.map {
            Row(name: "gan-augment, GAN source (mix 0.1, weight \($0)), \(options.pretraining + options.adversarialEpochs) epochs")
        }
        var generatorSeconds: [Double] = []
        for seed in 0..<options.seeds {
            func configuration(_ epochs: Int) -> BPRMatrixFactorization.Configuration {
                .init(
                    training: TrainingConfiguration(
                        epochs: epochs, learningRate: 0.05, regularization: 0.001, initialStandardDeviation: 0.01,
                        seed: UInt64(seed)),
                    usesItemBiases: options.usesBiases)
            }
            let pretrained = try BPRMatrixFactorization.train(on: split.train, configuration: configuration(options.pretraining))
            let longer = try BPRMatrixFactorization.fineTuned(pretrained, on: split.train, epochs: options.adversarialEpochs)
            let apr = try APR.fineTune(
                pretrained, on: split.train,
                adversarial: AdversarialTrainingConfiguration(
                    epsilon: options.epsilon, adversarialWeight: options.weight, epochs: options.adversarialEpochs),
                firstEpoch: options.pretraining)
            var models = [pretrained, longer, apr]
            if let ganEpochs = options.ganEpochs {
                var gan = GANConfiguration(loss: .wassersteinGP())
                gan.epochs = ganEpochs
                let source = TimedProfileSource(GANProfileSource(configuration: gan, data: split.train))
                for weight in augmentationWeights {
                    models.append(try GANAugmentedTraining.trainBPR(
                        on: split.train, source: source,
                        augmentation: GANAugmentation(mixRatio: 0.1, fakeProfileWeight: weight, seed: 700 + UInt64(seed)),
                        configuration: configuration(options.pretraining + options.adversarialEpochs)))
                }
                generatorSeconds += source.seconds
            }
            for (index, model) in models.enumerated() {
                let clean = try Experiment.evaluate(model, test: split.test, training: split.train)
                rows[index].hr.append(clean.hr)
                rows[index].ndcg.append(clean.ndcg)
                rows[index].userNorm.append(Experiment.meanRowNorm(model.userFactors))
                rows[index].itemNorm.append(Experiment.meanRowNorm(model.itemFactors))
                for epsilon in attackEpsilons {
                    let attacked = Experiment.fgsm(model, training: split.train, epsilon: epsilon, seed: 1000 + UInt64(seed))
                    let ndcg = try Experiment.evaluate(attacked, test: split.test, training: split.train).ndcg
                    rows[index].attacked[epsilon, default: []].append(ndcg)
                    rows[index].drops[epsilon, default: []].append(100 * (clean.ndcg - ndcg) / clean.ndcg)
                }
            }
            Experiment.log("apr: seed \(seed) done")
        }
        print("APR vs BPR on ml-latest-small (implicit, leave-one-out latest, full ranking), \(options.seeds) seeds, "
            + "mean ± 95% CI; item biases \(options.usesBiases ? "on" : "off")\n")
        Experiment.table(
            ["model", "HR@10", "NDCG@10", "NDCG@10 FGSM ε=0.5", "drop %", "NDCG@10 FGSM ε=1.0", "drop %", "mean ‖u‖", "mean ‖v‖"],
            rows.map { row in
                [row.name, Experiment.summary(row.hr), Experiment.summary(row.ndcg),
                 Experiment.summary(row.attacked[0.5] ?? []), Experiment.summary(row.drops[0.5] ?? [], digits: 1),
                 Experiment.summary(row.attacked[1.0] ?? []), Experiment.summary(row.drops[1.0] ?? [], digits: 1),
                 Experiment.summary(row.userNorm, digits: 2), Experiment.summary(row.itemNorm, digits: 2)]
            })
        if !generatorSeconds.isEmpty {
            print("Defender's GAN (training and generation) per retrain: \(Experiment.summary(generatorSeconds, digits: 1)) s.")
        }
    }
}

extension BPRMatrixFactorization {
    /// Plain BPR continued for `epochs` more epochs from a trained model (streams continue the
    /// model's own): APR's fine-tuning with λ = 0, which is bit-identical to longer BPR training.
    static func fineTuned(_ model: BPRMatrixFactorization, on data: InteractionDataset, epochs: Int) throws -> BPRMatrixFactorization {
        try APR.fineTune(
            model, on: data, adversarial: AdversarialTrainingConfiguration(adversarialWeight: 0, epochs: epochs),
            firstEpoch: model.configuration.training.epochs)
    }
}
