import Foundation
import RecShield

// training-benchmark: generates the synthetic data sets and trains RecShield's SGD models on them
// with the same work as the C kernels in CReference/, printing the same lines:
//   epoch <n> samples <count> seconds <s> loss <mean loss>
//   checksum <FNV-1a-64 of the final parameters>
//
//   training-benchmark generate --users U --items I --interactions N [--seed S] --out FILE
//   training-benchmark bpr|mf FILE [--epochs N] [--threads T] [--factors D] [--seed S]
//                      [--learning-rate A] [--regularization L] [--init-std S]
//   training-benchmark evaluate FILE [--holdout leave-one-out|SHARE] [--threads T] [--epochs N]
//                      [--repeats R] [BPR flags as above]
//
// `evaluate` holds out each user's last interaction (or a random share of them, seed 1), trains
// BPR on the rest, then
// times full-ranking evaluation of every user (HR, NDCG, Recall @10 and @20, training items
// excluded) `repeats` times and prints
//   evaluation seconds <median> best <fastest> epoch <fastest training epoch> ratio <median / epoch>

func options(_ arguments: ArraySlice<String>) throws -> (path: String?, values: [String: String]) {
    var values: [String: String] = [:]
    var path: String?
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
        if argument.hasPrefix("--") {
            guard let value = iterator.next() else { throw BenchmarkError("\(argument) needs a value") }
            values[String(argument.dropFirst(2))] = value
        } else {
            path = argument
        }
    }
    return (path, values)
}

func number<T: LosslessStringConvertible>(_ values: [String: String], _ key: String, _ fallback: T) throws -> T {
    guard let text = values[key] else { return fallback }
    guard let value = T(text) else { throw BenchmarkError("--\(key): '\(text)' is not a number") }
    return value
}

func checksum(_ matrices: [FactorMatrix], _ vectors: [[Float]]) -> String {
    var hasher = FNV1a64()
    for matrix in matrices { matrix.withUnsafeBufferPointer { hasher.combine(UnsafeRawBufferPointer($0)) } }
    for vector in vectors { vector.withUnsafeBytes { hasher.combine($0) } }
    let digits = String(hasher.value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
}

func report(_ report: EpochReport) -> TrainingControl {
    print("epoch \(report.epoch) samples \(report.samples) seconds \(String(format: "%.6f", report.seconds)) "
        + "loss \(String(format: "%.6f", report.loss))")
    return .continue
}

func run() throws {
    let arguments = CommandLine.arguments
    guard arguments.count >= 2 else { throw BenchmarkError("usage: training-benchmark generate|bpr|mf …") }
    let (path, values) = try options(arguments.dropFirst(2))
    let command = arguments[1]
    if command == "generate" {
        guard let out = values["out"] else { throw BenchmarkError("generate needs --out FILE") }
        let data = SyntheticInteractions(
            userCount: try number(values, "users", 943), itemCount: try number(values, "items", 1682),
            interactions: try number(values, "interactions", 100_000), seed: try number(values, "seed", 1))
        try data.write(to: out)
        print("wrote \(out): \(data.userCount) users, \(data.itemCount) items, \(data.users.count) interactions")
        return
    }
    guard let path else { throw BenchmarkError("\(command) needs a data file") }
    let data = try SyntheticInteractions(contentsOf: path).dataset()
    // The models' default settings, except where a flag says otherwise.
    func training(_ defaults: TrainingConfiguration) throws -> TrainingConfiguration {
        TrainingConfiguration(
            factors: try number(values, "factors", defaults.factors), epochs: try number(values, "epochs", 3),
            learningRate: try number(values, "learning-rate", defaults.learningRate),
            regularization: try number(values, "regularization", defaults.regularization),
            initialStandardDeviation: try number(values, "init-std", defaults.initialStandardDeviation),
            seed: try number(values, "seed", 42), threads: try number(values, "threads", 1))
    }
    switch command {
    case "bpr":
        let configuration = BPRMatrixFactorization.Configuration(
            training: try training(BPRMatrixFactorization.Configuration().training))
        let model = try BPRMatrixFactorization.train(on: data, configuration: configuration, callback: report)
        print("checksum \(checksum([model.userFactors, model.itemFactors], [model.itemBiases]))")
    case "mf":
        let configuration = ExplicitMatrixFactorization.Configuration(
            training: try training(ExplicitMatrixFactorization.Configuration().training))
        let model = try ExplicitMatrixFactorization.train(on: data, configuration: configuration, callback: report)
        print("checksum \(checksum([model.userFactors, model.itemFactors], [model.userBiases, model.itemBiases]))")
    case "evaluate":
        try timeEvaluation(
            data: data, configuration: BPRMatrixFactorization.Configuration(
                training: try training(BPRMatrixFactorization.Configuration().training)),
            holdout: values["holdout"] ?? "leave-one-out", repeats: try number(values, "repeats", 21))
    default:
        throw BenchmarkError("unknown command '\(command)': expected generate, bpr, mf or evaluate")
    }
}

do {
    try run()
} catch {
    FileHandle.standardError.write(Data("training-benchmark: \(error)\n".utf8))
    exit(1)
}
