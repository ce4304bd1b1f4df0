import ArgumentParser
import Foundation
import RecShield

/// The `--gan-*` options of `recshield attack --kind gan`: how the GAN is trained and how its
/// vectors become profiles. Unset options keep the library defaults of ``GANConfiguration`` for
/// the chosen loss (WGAN-GP unless `--gan-loss standard`, as in studies).
struct GANOptions: ParsableArguments {
    /// The adversarial objective, by its flag value.
    enum LossChoice: String, CaseIterable, ExpressibleByArgument {
        case standard
        case wganGP = "wgan-gp"

        var defaultValueDescription: String { rawValue }
    }

    /// How filler items are picked from a generated vector, by its flag value.
    enum FillerSelectionChoice: String, CaseIterable, ExpressibleByArgument {
        case topScores = "top-scores"
        case proportional

        var defaultValueDescription: String { rawValue }

        /// The library's selection.
        var selection: GANFillerSelection { self == .topScores ? .topScores : .proportional }
    }

    @Option(name: .customLong("gan-epochs"), help: ArgumentHelp(
        "GAN: passes of the discriminator over the real profiles (default \(GANConfiguration().epochs)).", valueName: "N"))
    var epochs: Int?

    @Option(name: .customLong("gan-loss"), help: "GAN: the objective, standard (non-saturating) or wgan-gp (default wgan-gp).")
    var loss: LossChoice?

    @Option(name: .customLong("gan-lambda"), help: ArgumentHelp("GAN: WGAN-GP's gradient-penalty weight (default 10).", valueName: "λ"))
    var lambda: Float?

    @Option(name: .customLong("gan-generator-layers"), help: ArgumentHelp(
        "GAN: the generator's hidden widths, comma-separated (default 128,256).", valueName: "widths"))
    var generatorLayers: String?

    @Option(name: .customLong("gan-discriminator-layers"), help: ArgumentHelp(
        "GAN: the discriminator's hidden widths, comma-separated (default 256,64).", valueName: "widths"))
    var discriminatorLayers: String?

    @Option(name: .customLong("gan-noise-dimension"), help: ArgumentHelp(
        "GAN: length of the generator's noise input (default \(GANConfiguration().noiseDimension)).", valueName: "N"))
    var noiseDimension: Int?

    @Option(name: .customLong("gan-batch-size"), help: ArgumentHelp(
        "GAN: profiles per mini-batch (default \(GANConfiguration().batchSize)).", valueName: "N"))
    var batchSize: Int?

    @Option(name: .customLong("gan-learning-rate"), help: ArgumentHelp(
        "GAN: Adam's step size for both networks (default 0.001 under wgan-gp, 0.0001 under standard).", valueName: "α"))
    var learningRate: Float?

    @Option(name: .customLong("gan-critic-steps"), help: ArgumentHelp(
        "GAN: discriminator steps per generator step (default 5 under wgan-gp, 1 under standard).", valueName: "N"))
    var criticSteps: Int?

    @Option(name: .customLong("gan-diagnostic-sample"), help: ArgumentHelp(
        "GAN: generated profiles compared with real ones after each epoch (default \(GANConfiguration().diagnosticSampleSize)).",
        valueName: "N"))
    var diagnosticSample: Int?

    @Option(name: .customLong("gan-filler-selection"), help: "GAN: filler items are the top-scores of a generated vector, or drawn proportional to them (default top-scores).")
    var fillerSelection: FillerSelectionChoice?

    @Option(name: .customLong("gan-rating-mapping"), help: "GAN: filler ratings are the nearest used value, or the real quantiles by rank (default nearest).")
    var ratingMapping: GANRatingMapping?

    /// The flags given, as typed, for a usage error when the attack is not a GAN.
    var givenFlags: [String] {
        let flags: [(String, Bool)] = [
            ("--gan-epochs", epochs != nil), ("--gan-loss", loss != nil), ("--gan-lambda", lambda != nil),
            ("--gan-generator-layers", generatorLayers != nil), ("--gan-discriminator-layers", discriminatorLayers != nil),
            ("--gan-noise-dimension", noiseDimension != nil), ("--gan-batch-size", batchSize != nil),
            ("--gan-learning-rate", learningRate != nil), ("--gan-critic-steps", criticSteps != nil),
            ("--gan-diagnostic-sample", diagnosticSample != nil), ("--gan-filler-selection", fillerSelection != nil),
            ("--gan-rating-mapping", ratingMapping != nil),
        ]
        return flags.filter(\.1).map(\.0)
    }

    mutating func validate() throws {
        if let epochs, epochs < 1 { throw ValidationError("--gan-epochs must be ≥ 1, got \(epochs)") }
        if lambda != nil && loss == .standard { throw ValidationError("--gan-lambda applies to --gan-loss wgan-gp only") }
        _ = try configuration()
    }

    /// The GAN settings these options describe (the seed is set by the recipe).
    /// - Throws: `ValidationError` for a malformed width list or a setting out of range.
    func configuration() throws -> GANConfiguration {
        var configuration = GANConfiguration(loss: loss == .standard ? .standard : .wassersteinGP(lambda: lambda ?? 10))
        if let epochs { configuration.epochs = epochs }
        if let generatorLayers { configuration.generatorHiddenLayers = try Self.widths(generatorLayers, flag: "--gan-generator-layers") }
        if let discriminatorLayers {
            configuration.discriminatorHiddenLayers = try Self.widths(discriminatorLayers, flag: "--gan-discriminator-layers")
        }
        if let noiseDimension { configuration.noiseDimension = noiseDimension }
        if let batchSize { configuration.batchSize = batchSize }
        if let learningRate {
            configuration.generatorLearningRate = learningRate
            configuration.discriminatorLearningRate = learningRate
        }
        configuration.discriminatorSteps = criticSteps
        if let diagnosticSample { configuration.diagnosticSampleSize = diagnosticSample }
        do {
            try configuration.validate()
        } catch let error as GANError {
            guard case let .invalidSetting(name, _, _) = error, let flag = Self.flags[name] else {
                throw ValidationError(error.description)
            }
            throw ValidationError("\(flag): \(error.description)")
        }
        return configuration
    }

    /// The flag that sets each ``GANConfiguration`` key, for error messages.
    private static let flags = [
        "noise_dimension": "--gan-noise-dimension", "generator_hidden_layers": "--gan-generator-layers",
        "discriminator_hidden_layers": "--gan-discriminator-layers", "loss.lambda": "--gan-lambda",
        "epochs": "--gan-epochs", "batch_size": "--gan-batch-size", "generator_learning_rate": "--gan-learning-rate",
        "discriminator_learning_rate": "--gan-learning-rate", "discriminator_steps": "--gan-critic-steps",
        "diagnostic_sample_size": "--gan-diagnostic-sample",
    ]

    /// Hidden widths from `128,256` (an empty text means no hidden layer).
    private static func widths(_ text: String, flag: String) throws -> [Int] {
        if text.isEmpty { return [] }
        return try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            guard let width = Int(part.trimmingCharacters(in: .whitespaces)), width >= 1 else {
                throw ValidationError("\(flag) takes comma-separated widths ≥ 1 such as 128,256; '\(part)' is not one")
            }
            return width
        }
    }
}

extension GANRatingMapping: ExpressibleByArgument {
    public var defaultValueDescription: String { rawValue }
}
