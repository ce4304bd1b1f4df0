// defense-benchmark: measures RecShield's training-time defenses on ml-latest-small.
//
//   swift run -c release --package-path Benchmarks defense-benchmark apr [--seeds 5] [--pretraining 50]
//       [--adversarial-epochs 50] [--epsilon 0.5] [--weight 1] [--no-biases] [--gan-epochs N]
//   … defense-benchmark denoise [--seeds 3] [--noise 0.2] [--neumf-epochs 5] [--no-neumf]
//   … defense-benchmark shilling [--seeds 3] [--attack random|bandwagon|…|gan] [--fake-fraction 0.03]
//       [--filler-fraction 0.02] [--gan-epochs 30] [--no-gan-source]
//   … defense-benchmark gan-profiles [--seeds 3] [--gan-epochs 30] [--fake-fraction 0.1] [--filler-fraction 0.005]
//
// Results are Markdown tables on stdout (mean ± 95% Student-t interval over seeds); progress on
// stderr. Every run is seeded and single-threaded in training, so it is reproducible.
import Foundation
import RecShield

func value(_ name: String) -> String? {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

func number<T: LosslessStringConvertible>(_ name: String, _ fallback: T) -> T {
    value(name).flatMap(T.init) ?? fallback
}

let command = CommandLine.arguments.dropFirst().first ?? "apr"
do {
    switch command {
    case "apr":
        var options = APRStudy.Options()
        options.seeds = number("--seeds", options.seeds)
        options.pretraining = number("--pretraining", options.pretraining)
        options.adversarialEpochs = number("--adversarial-epochs", options.adversarialEpochs)
        options.epsilon = number("--epsilon", options.epsilon)
        options.weight = number("--weight", options.weight)
        options.usesBiases = !CommandLine.arguments.contains("--no-biases")
        options.ganEpochs = value("--gan-epochs").flatMap(Int.init)
        try APRStudy.run(options)
    case "denoise":
        var options = DenoisingStudy.Options()
        options.seeds = number("--seeds", options.seeds)
        options.noise = number("--noise", options.noise)
        options.neuMFEpochs = number("--neumf-epochs", options.neuMFEpochs)
        options.skipsNeuMF = CommandLine.arguments.contains("--no-neumf")
        try DenoisingStudy.run(options)
    case "shilling":
        var options = ShillingStudy.Options()
        options.seeds = number("--seeds", options.seeds)
        options.fakeFraction = number("--fake-fraction", options.fakeFraction)
        options.fillerFraction = number("--filler-fraction", options.fillerFraction)
        options.ganEpochs = number("--gan-epochs", options.ganEpochs)
        options.skipsGANSource = CommandLine.arguments.contains("--no-gan-source")
        if value("--attack") == "gan" {
            options.usesGANAttack = true
        } else if let kind = value("--attack") {
            guard let attack = ShillingAttackKind(rawValue: kind) else {
                Experiment.log("unknown attack '\(kind)'")
                exit(64)
            }
            options.attack = attack
        }
        try ShillingStudy.run(options)
    case "gan-profiles":
        var options = GANProfileStudy.Options()
        options.seeds = number("--seeds", options.seeds)
        options.ganEpochs = number("--gan-epochs", options.ganEpochs)
        options.fakeFraction = number("--fake-fraction", options.fakeFraction)
        options.fillerFraction = number("--filler-fraction", options.fillerFraction)
        try GANProfileStudy.run(options)
    default:
        Experiment.log("usage: defense-benchmark apr|denoise|shilling|gan-profiles [options]")
        exit(64)
    }
} catch {
    Experiment.log("defense-benchmark: \(error)")
    exit(1)
}
