// apr-benchmark: the cost of an APR epoch against a BPR epoch on the same data, in one run.
//
// Generates MovieLens-100K-sized synthetic data (943 users, 1682 items, 100,000 interactions,
// seeded), trains plain BPR-MF for --epochs epochs, then continues the same model with APR
// (ε 0.5, λ 1) for --epochs epochs, and prints the per-epoch seconds of both (single thread,
// dim 64), their medians and the ratio APR/BPR. Repeats the pair --rounds times, alternating, so
// load changes on a shared machine hit both alike.
//
//   swift run -c release --package-path Benchmarks apr-benchmark [--epochs 20] [--rounds 3]
//       [--factors 64] [--threads 1]
import Foundation
import RecShield

func option(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
          let parsed = Int(arguments[index + 1]) else { return value }
    return parsed
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func format(_ value: Double, _ digits: Int = 4) -> String {
    String(format: "%.\(digits)f", value)
}

let epochs = option("--epochs", default: 20)
let rounds = option("--rounds", default: 3)
let factors = option("--factors", default: 64)
let threads = option("--threads", default: 1)

let synthetic = try SyntheticDataGenerator(configuration: SyntheticDataConfiguration(
    userCount: 943, itemCount: 1682, interactionCount: 100_000, minimumInteractionsPerUser: 20, seed: 7)).generate()
let data = synthetic.interactions.implicit()
print("apr-benchmark: \(data.userCount) users, \(data.itemCount) items, \(data.count) interactions, "
    + "dim \(factors), \(threads) thread(s), \(epochs) epochs per phase, \(rounds) rounds")

var bprSeconds: [Double] = []
var aprSeconds: [Double] = []
for round in 0..<rounds {
    let configuration = BPRMatrixFactorization.Configuration(
        training: TrainingConfiguration(
            factors: factors, epochs: epochs, learningRate: 0.05, regularization: 0.001,
            initialStandardDeviation: 0.01, seed: UInt64(round), threads: threads))
    var bprLoss = 0.0
    let pretrained = try BPRMatrixFactorization.train(on: data, configuration: configuration) { report in
        bprSeconds.append(report.seconds)
        bprLoss = report.loss
        return .continue
    }
    var aprLoss = 0.0
    _ = try APR.fineTune(
        pretrained, on: data, adversarial: AdversarialTrainingConfiguration(epsilon: 0.5, adversarialWeight: 1, epochs: epochs),
        firstEpoch: epochs
    ) { report in
        aprSeconds.append(report.seconds)
        aprLoss = report.loss
        return .continue
    }
    let bprRound = median(Array(bprSeconds.suffix(epochs)))
    let aprRound = median(Array(aprSeconds.suffix(epochs)))
    print("round \(round + 1): BPR epoch \(format(bprRound * 1000, 2)) ms (last loss \(format(bprLoss))), "
        + "APR epoch \(format(aprRound * 1000, 2)) ms (last loss ℓ+λℓ_adv \(format(aprLoss))), "
        + "ratio \(format(aprRound / bprRound, 2))")
}
let bpr = median(bprSeconds)
let apr = median(aprSeconds)
print("median over all epochs: BPR \(format(bpr * 1000, 2)) ms (\(format(Double(data.count) / bpr / 1e6, 2)) M samples/s), "
    + "APR \(format(apr * 1000, 2)) ms (\(format(Double(data.count) / apr / 1e6, 2)) M samples/s), "
    + "APR/BPR = \(format(apr / bpr, 2))")
