import Foundation
import RecShield

/// Shared pieces of the defense measurements: data, evaluation, FGSM and summaries.
enum Experiment {
    /// `<package root>/../shared/data/ml-latest-small/ratings.csv`, from this file's path.
    static var ratingsPath: String {
        var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Sources/DefenseBenchmark/Experiment.swift and Benchmarks
        return parts.joined(separator: "/") + "/../shared/data/ml-latest-small/ratings.csv"
    }

    /// ml-latest-small as implicit feedback (every rating an interaction), split leave-one-out by
    /// the latest timestamp.
    static func movieLensSplit() throws -> DataSplit {
        let loaded = try DatasetLoader.load(ratingsPath)
        return try LeaveOneOutSplit().split(loaded.dataset.implicit())
    }

    static let metrics: [RankingMetric] = [.hitRatio(10), .ndcg(10)]

    /// HR@10 and NDCG@10, full ranking excluding training items.
    static func evaluate(_ model: some Recommender, test: InteractionDataset, training: InteractionDataset) throws -> (hr: Double, ndcg: Double) {
        let evaluator = try RankingEvaluator(metrics: metrics, threads: 2)
        let result = evaluator.evaluate(model, test: test.byUser(), training: training.byUser())
        return (result.mean(of: .hitRatio(10)) ?? 0, result.mean(of: .ndcg(10)) ?? 0)
    }

    /// FGSM on BPR-MF in the APR paper's convention: the gradient of the summed BPR data loss
    /// over one triple per training pair (negatives drawn with `seed`) with respect to every
    /// user and item embedding row, each row scaled to norm `ε` and added; biases untouched.
    static func fgsm(_ model: BPRMatrixFactorization, training: InteractionDataset, epsilon: Float, seed: UInt64) -> BPRMatrixFactorization {
        let d = model.factors
        var userGradient = [Float](repeating: 0, count: model.userCount * d)
        var itemGradient = [Float](repeating: 0, count: model.itemCount * d)
        let seen = training.byUser()
        var generator = Xoshiro256StarStar(seed: seed)
        model.userFactors.withUnsafePointer { users in
            model.itemFactors.withUnsafePointer { items in
                for index in 0..<training.count {
                    let user = Int(training.users[index])
                    let positive = Int(training.items[index])
                    var negative = generator.nextIndex(below: model.itemCount)
                    while seen.contains(row: user, column: negative) { negative = generator.nextIndex(below: model.itemCount) }
                    let u = users + user * d
                    let vi = items + positive * d
                    let vj = items + negative * d
                    var x = model.itemBiases[positive] - model.itemBiases[negative]
                    for k in 0..<d { x += u[k] * (vi[k] - vj[k]) }
                    let z = 1 / (1 + exp(x))  // σ(−x): ∂ℓ/∂x = −z
                    for k in 0..<d {
                        userGradient[user * d + k] -= z * (vi[k] - vj[k])
                        itemGradient[positive * d + k] -= z * u[k]
                        itemGradient[negative * d + k] += z * u[k]
                    }
                }
            }
        }
        userGradient.withUnsafeMutableBufferPointer {
            AdversarialDirection.scaleRows($0.baseAddress!, rows: model.userCount, width: d, toNorm: epsilon)
        }
        itemGradient.withUnsafeMutableBufferPointer {
            AdversarialDirection.scaleRows($0.baseAddress!, rows: model.itemCount, width: d, toNorm: epsilon)
        }
        return BPRMatrixFactorization(
            configuration: model.configuration, userIDs: model.userIDs, itemIDs: model.itemIDs,
            userFactors: FactorMatrix(rowCount: model.userCount, columnCount: d, values: zip(model.userFactors.values, userGradient).map(+)),
            itemFactors: FactorMatrix(rowCount: model.itemCount, columnCount: d, values: zip(model.itemFactors.values, itemGradient).map(+)),
            itemBiases: model.itemBiases)
    }

    /// The mean L2 norm of the rows of a factor matrix.
    static func meanRowNorm(_ matrix: FactorMatrix) -> Double {
        let d = matrix.columnCount
        let values = matrix.values
        var total = 0.0
        for row in 0..<matrix.rowCount {
            var square = 0.0
            for k in 0..<d { square += Double(values[row * d + k]) * Double(values[row * d + k]) }
            total += square.squareRoot()
        }
        return total / Double(max(matrix.rowCount, 1))
    }

    /// `mean ± half-width` of the 95% Student-t interval over seeds.
    static func summary(_ values: [Double], digits: Int = 4) -> String {
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        guard values.count > 1 else { return String(format: "%.\(digits)f", mean) }
        let deviation = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)).squareRoot()
        let half = StudentTDistribution.quantile(0.975, degreesOfFreedom: n - 1) * deviation / n.squareRoot()
        return String(format: "%.\(digits)f ± %.\(digits)f", mean, half)
    }

    /// Prints a Markdown table.
    static func table(_ header: [String], _ rows: [[String]]) {
        print("| " + header.joined(separator: " | ") + " |")
        print("|" + header.map { _ in "---" }.joined(separator: "|") + "|")
        for row in rows { print("| " + row.joined(separator: " | ") + " |") }
        print("")
    }

    /// Standard error output, for progress.
    static func log(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
