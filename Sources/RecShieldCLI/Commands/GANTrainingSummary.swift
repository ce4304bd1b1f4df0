import Foundation
import RecShield

/// What `recshield attack --kind gan` reports about the GAN's training: the last epoch's losses
/// and discriminator accuracy, how closely its generated profiles resemble real ones, and whether
/// the generator collapsed. The stealth, length and collapse figures are the training
/// diagnostics: a sample of the generator's profiles with the default post-processing
/// (real-user lengths, no targets), not the injected profiles, whose length, filler choice and
/// targets follow the attack's options.
///
/// JSON keys: `epochs` (completed), `loss` (`standard` | `wasserstein_gp`), `discriminator_loss`,
/// `generator_loss`, `discriminator_accuracy_real`, `discriminator_accuracy_fake`,
/// `wasserstein_estimate` (the last epoch's; null where they do not apply), `stealth` (the last
/// epoch's ``GANStealthReport``: `rating_tv`, `rating_js`, `item_tv`, `lengths`, `mode_collapse`),
/// `real_baseline` (the same distances for a sample of real profiles: the sampling-noise floor),
/// `mode_collapse` (the verdict), `discriminator_losses` and `generator_losses` (one per epoch).
struct GANTrainingSummary: Encodable {
    /// The training record.
    var training: GANTrainingResult

    /// The last epoch's report, or `nil` before any epoch.
    var last: GANEpochReport? { training.epochs.last }

    enum CodingKeys: String, CodingKey {
        case epochs, loss
        case discriminatorLoss = "discriminator_loss"
        case generatorLoss = "generator_loss"
        case discriminatorAccuracyReal = "discriminator_accuracy_real"
        case discriminatorAccuracyFake = "discriminator_accuracy_fake"
        case wassersteinEstimate = "wasserstein_estimate"
        case stealth
        case realBaseline = "real_baseline"
        case modeCollapse = "mode_collapse"
        case discriminatorLosses = "discriminator_losses"
        case generatorLosses = "generator_losses"
    }

    /// Encodes every key, `null` for values the run does not have.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(training.epochs.count, forKey: .epochs)
        try container.encode(training.configuration.loss == .standard ? "standard" : "wasserstein_gp", forKey: .loss)
        try container.encode(last?.discriminatorLoss, forKey: .discriminatorLoss)
        try container.encode(last?.generatorLoss, forKey: .generatorLoss)
        try container.encode(last?.discriminatorAccuracyReal, forKey: .discriminatorAccuracyReal)
        try container.encode(last?.discriminatorAccuracyFake, forKey: .discriminatorAccuracyFake)
        try container.encode(last?.wassersteinEstimate, forKey: .wassersteinEstimate)
        try container.encode(last?.stealth, forKey: .stealth)
        try container.encode(training.realBaseline, forKey: .realBaseline)
        try container.encode(training.modeCollapse, forKey: .modeCollapse)
        try container.encode(training.epochs.map(\.discriminatorLoss), forKey: .discriminatorLosses)
        try container.encode(training.epochs.map(\.generatorLoss), forKey: .generatorLosses)
    }

    /// Rows of the two-column summary for people.
    func rows() -> [(String, String)] {
        let configuration = training.configuration
        let loss = configuration.loss.gradientPenaltyWeight.map { "WGAN-GP (λ \($0))" } ?? "standard loss"
        var rows = [("GAN training", "\(training.epochs.count) epochs, \(loss), generator \(Self.widths(configuration.generatorHiddenLayers)), "
            + "discriminator \(Self.widths(configuration.discriminatorHiddenLayers))")]
        guard let last else { return rows }
        var losses = "D \(Self.number(last.discriminatorLoss)), G \(last.generatorLoss.map { Self.number($0) } ?? "– (no generator step in the last epoch)")"
        if let estimate = last.wassersteinEstimate { losses += ", Wasserstein estimate \(Self.number(estimate))" }
        let stealth = last.stealth
        let baseline = training.realBaseline
        let collapse = stealth.modeCollapse
        rows += [
            ("Final losses", losses),
            ("D accuracy", "real \(Self.percent(last.discriminatorAccuracyReal)), fake \(Self.percent(last.discriminatorAccuracyFake))"),
            ("Generator stealth", Self.distances(stealth) + " (real sample: " + Self.distances(baseline) + ")"),
            ("Generator lengths", "real \(Self.number(stealth.lengths.realMean, digits: 1)) ± \(Self.number(stealth.lengths.realDeviation, digits: 1)), "
                + "generated \(Self.number(stealth.lengths.fakeMean, digits: 1)) ± \(Self.number(stealth.lengths.fakeDeviation, digits: 1)), "
                + "TV \(Self.number(stealth.lengths.totalVariation))"),
            ("Mode collapse", (collapse.modeCollapse ? "YES" : "no")
                + " (mean Jaccard \(Self.number(collapse.meanSimilarityFake)) generated vs \(Self.number(collapse.meanSimilarityReal)) real; "
                + "near-duplicate pairs \(collapse.nearDuplicatePairsFake)/\(collapse.pairsFake) vs "
                + "\(collapse.nearDuplicatePairsReal)/\(collapse.pairsReal))"),
        ]
        return rows
    }

    /// `rating TV …, JS …, item TV …` (item TV only on implicit data).
    private static func distances(_ report: GANStealthReport) -> String {
        var parts: [String] = []
        if let tv = report.ratingTotalVariation, let js = report.ratingJensenShannon {
            parts += ["rating TV \(number(tv))", "JS \(number(js))"]
        }
        parts.append("item TV \(number(report.itemTotalVariation))")
        return parts.joined(separator: ", ")
    }

    private static func widths(_ layers: [Int]) -> String {
        layers.isEmpty ? "linear" : layers.map(String.init).joined(separator: "×")
    }

    private static func number<Value: BinaryFloatingPoint>(_ value: Value, digits: Int = 3) -> String {
        String(format: "%.\(digits)f", Double(value))
    }

    private static func percent(_ share: Double) -> String {
        String(format: "%.1f%%", share * 100)
    }
}
