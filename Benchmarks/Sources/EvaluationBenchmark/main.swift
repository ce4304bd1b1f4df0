// Full-ranking evaluation benchmark: HR, NDCG and Recall at 10 and 20 for every user of a
// random matrix-factorisation model (dim 64, seeded), with ~20 training items excluded and one
// held-out item per user. Prints the wall-clock and CPU seconds of `RankingEvaluator.evaluate` at
// 1 and 2 threads (CPU well below threads × wall means other processes took the cores).
// Options: --users N, --items N (defaults 100000, 50000), --unblocked (also time the
// one-user-at-a-time scoring path for comparison).
//
//   swift run -c release --package-path Benchmarks evaluation-benchmark
import RecShield
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `score(u, i) = ⟨p_u, q_i⟩` with factors drawn uniformly from [-0.5, 0.5).
struct RandomFactorModel: Recommender {
    let userCount: Int
    let itemCount: Int
    let dimension: Int
    let userFactors: [Float]
    let itemFactors: [Float]

    init(users: Int, items: Int, dimension: Int, seed: UInt64) {
        var generator = Xoshiro256StarStar(seed: seed)
        userCount = users
        itemCount = items
        self.dimension = dimension
        userFactors = (0..<(users * dimension)).map { _ in generator.nextUnitFloat() - 0.5 }
        itemFactors = (0..<(items * dimension)).map { _ in generator.nextUnitFloat() - 0.5 }
    }

    func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        userFactors.withUnsafeBufferPointer { users in
            itemFactors.withUnsafeBufferPointer { items in
                guard let p = users.baseAddress, let q = items.baseAddress, let out = scores.baseAddress else { return }
                let pu = p + user * dimension
                for item in 0..<itemCount {
                    out[item] = VectorKernels.dot(pu, q + item * dimension, count: dimension)
                }
            }
        }
    }

    /// Items outer, users inner: each item vector comes from memory once per block and is reused
    /// from L1 for every user; each score is the same `dot` as in `scores(for:into:)`.
    func scores(forUsers block: [Int], into scores: UnsafeMutableBufferPointer<Float>) {
        userFactors.withUnsafeBufferPointer { users in
            itemFactors.withUnsafeBufferPointer { items in
                guard let p = users.baseAddress, let q = items.baseAddress, let out = scores.baseAddress else { return }
                let rows = block.map { p + $0 * dimension }
                for item in 0..<itemCount {
                    let qi = q + item * dimension
                    for (row, pu) in rows.enumerated() {
                        out[row * itemCount + item] = VectorKernels.dot(pu, qi, count: dimension)
                    }
                }
            }
        }
    }
}

/// The same model without its block override: scores one user per pass over the item factors.
struct UnblockedModel: Recommender {
    let base: RandomFactorModel
    var userCount: Int { base.userCount }
    var itemCount: Int { base.itemCount }
    func scores(for user: Int, into scores: UnsafeMutableBufferPointer<Float>) {
        base.scores(for: user, into: scores)
    }
}

/// `perUser` distinct random items per user: the first `heldOut` go to the test matrix.
func split(users: Int, items: Int, perUser: Int, heldOut: Int, seed: UInt64) -> (training: SparseMatrix, test: SparseMatrix) {
    var generator = Xoshiro256StarStar(seed: seed)
    var trainRows: [Int32] = [], trainColumns: [Int32] = [], testRows: [Int32] = [], testColumns: [Int32] = []
    for user in 0..<users {
        var chosen: [Int32] = []
        while chosen.count < perUser {
            let item = Int32(generator.nextIndex(below: items))
            if !chosen.contains(item) { chosen.append(item) }
        }
        for (position, item) in chosen.enumerated() {
            if position < heldOut {
                testRows.append(Int32(user))
                testColumns.append(item)
            } else {
                trainRows.append(Int32(user))
                trainColumns.append(item)
            }
        }
    }
    return (
        SparseMatrix(rowCount: users, columnCount: items, rows: trainRows, columns: trainColumns, values: nil),
        SparseMatrix(rowCount: users, columnCount: items, rows: testRows, columns: testColumns, values: nil)
    )
}

func option(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
          let parsed = Int(arguments[index + 1]) else { return value }
    return parsed
}

/// User plus system CPU seconds this process has used so far (all threads).
func processCPUSeconds() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

let users = option("--users", default: 100_000)
let items = option("--items", default: 50_000)
let dimension = 64
let model = RandomFactorModel(users: users, items: items, dimension: dimension, seed: 42)
let (training, test) = split(users: users, items: items, perUser: 21, heldOut: 1, seed: 7)
let metrics: [RankingMetric] = [.hitRatio(10), .ndcg(10), .recall(10), .hitRatio(20), .ndcg(20), .recall(20)]
print("evaluation: \(users) users × \(items) items, dim \(dimension), \(training.entryCount) training and "
    + "\(test.entryCount) held-out interactions, full ranking, metrics \(metrics.map(\.name).joined(separator: " "))")

func measure<Model: Recommender>(_ label: String, _ model: Model, threads: Int) throws -> RankingEvaluation {
    let evaluator = try RankingEvaluator(metrics: metrics, threads: threads)
    let clock = ContinuousClock()
    var result: RankingEvaluation?
    let cpuBefore = processCPUSeconds()
    let elapsed = clock.measure { result = evaluator.evaluate(model, test: test, training: training) }
    let cpu = ((processCPUSeconds() - cpuBefore) * 100).rounded() / 100
    let evaluation = result ?? RankingEvaluation(metrics: [], rankingProtocol: .fullRanking, users: [], perUserValues: [])
    let means = evaluation.summaries.map { "\($0.metric.name)=\($0.summary.mean)" }
    let rate = Double(evaluation.users.count) / seconds(elapsed)
    let rounded = (seconds(elapsed) * 100).rounded() / 100
    print("\(label) threads=\(threads): \(rounded) s wall, \(cpu) s CPU (\(Int(rate)) users/s)  \(means.joined(separator: " "))")
    return evaluation
}

let single = try measure("blocked", model, threads: 1)
let double = try measure("blocked", model, threads: 2)
print("identical results at 1 and 2 threads: \(single == double)")
if CommandLine.arguments.contains("--unblocked") {
    let unblocked = try measure("unblocked", UnblockedModel(base: model), threads: 1)
    _ = try measure("unblocked", UnblockedModel(base: model), threads: 2)
    print("blocked and unblocked scoring agree: \(unblocked == single)")
}
