// Measures the GAN profile attack: seconds per training epoch, the losses, and the stealth of the
// generated profiles after training, on ml-latest-small (when ../shared/data is present) or on
// the default synthetic data set.
// Usage: swift run -c release --package-path Benchmarks gan-benchmark ml|synthetic standard|wgan EPOCHS [SAMPLE] [LR]
//   SAMPLE: profiles compared by the per-epoch diagnostics (default 128; 2 ≈ training alone)
//   LR: Adam step size of both networks (default: the configuration's)
// After training it makes 200 fake profiles with each rating mapping and prints their rating
// distances to the real ratings, and the trained discriminator's mean P(real) for real users,
// the fakes and raw generator output.
import RecShield

#if canImport(Glibc)
import Glibc
#endif

/// `value` rounded to `digits` decimals, as text (no Foundation).
func fixed(_ value: Double, _ digits: Int = 3) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    return "\((value * scale).rounded() / scale)"
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 3, let epochs = Int(arguments[arguments.startIndex + 2]) else {
    print("usage: gan-benchmark ml|synthetic standard|wgan EPOCHS [SAMPLE] [LR]")
    exit(64)
}
let source = arguments[arguments.startIndex]
let data: InteractionDataset
do {
    if source == "ml" {
        let root = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false).dropLast(4).joined(separator: "/")
        data = try DatasetLoader.load(root + "/../shared/data/ml-latest-small").dataset
    } else {
        data = try SyntheticDataGenerator().generate().interactions
    }
} catch {
    print("cannot load \(source): \(error)")
    exit(66)
}

var configuration = GANConfiguration(loss: arguments[arguments.startIndex + 1] == "wgan" ? .wassersteinGP() : .standard)
configuration.epochs = epochs
configuration.seed = 1
if arguments.count > 3, let sample = Int(arguments[arguments.startIndex + 3]) { configuration.diagnosticSampleSize = sample }
if arguments.count > 4, let rate = Float(arguments[arguments.startIndex + 4]) {
    configuration.generatorLearningRate = rate
    configuration.discriminatorLearningRate = rate
}
print("data: \(source), \(data.userCount) users × \(data.itemCount) items, \(data.count) ratings")
print("configuration: \(configuration)")

let clock = ContinuousClock()
var last = clock.now
var times: [Double] = []
let start = clock.now
let result: GANAttack.Result
do {
    result = try GANAttack.run(
        on: data, configuration: configuration, request: GANAttackRequest(fakeUserCount: 200)
    ) { report in
        let now = clock.now
        times.append(seconds(now - last))
        last = now
        let stealth = report.stealth
        if report.epoch == 1 || report.epoch % max(1, epochs / 10) == 0 {
            print(
                "epoch \(report.epoch): \(fixed(times.last!, 3)) s  L_D \(fixed(report.discriminatorLoss))"
                    + "  L_G \(report.generatorLoss.map { fixed($0) } ?? "-")"
                    + "  acc real/fake \(fixed(report.discriminatorAccuracyReal, 2))/\(fixed(report.discriminatorAccuracyFake, 2))"
                    + "  W \(report.wassersteinEstimate.map { fixed($0) } ?? "-")"
                    + "  rating TV/JS \(fixed(stealth.ratingTotalVariation ?? 0))/\(fixed(stealth.ratingJensenShannon ?? 0))"
                    + "  item TV \(fixed(stealth.itemTotalVariation))  length TV \(fixed(stealth.lengths.totalVariation))"
                    + "  J fake/real \(fixed(stealth.modeCollapse.meanSimilarityFake))/\(fixed(stealth.modeCollapse.meanSimilarityReal))"
                    + "  dup \(stealth.modeCollapse.nearDuplicatePairsFake)/\(stealth.modeCollapse.pairsFake)"
                    + "  collapse \(stealth.modeCollapse.modeCollapse)")
        }
        return true
    }
} catch {
    print("attack failed: \(error)")
    exit(1)
}
let total = seconds(clock.now - start)
let sorted = times.sorted()
print("epoch time: median \(fixed(sorted[sorted.count / 2], 3)) s, min \(fixed(sorted[0], 3)) s; total run \(fixed(total, 1)) s")
func describe(_ stealth: GANStealthReport) -> String {
    "rating TV \(fixed(stealth.ratingTotalVariation ?? 0)), rating JS \(fixed(stealth.ratingJensenShannon ?? 0)),"
            + " item TV \(fixed(stealth.itemTotalVariation)), lengths real \(fixed(stealth.lengths.realMean, 1))±\(fixed(stealth.lengths.realDeviation, 1))"
            + " fake \(fixed(stealth.lengths.fakeMean, 1))±\(fixed(stealth.lengths.fakeDeviation, 1)) (TV \(fixed(stealth.lengths.totalVariation))),"
            + " mean Jaccard fake \(fixed(stealth.modeCollapse.meanSimilarityFake)) real \(fixed(stealth.modeCollapse.meanSimilarityReal)),"
            + " near-duplicate pairs \(stealth.modeCollapse.nearDuplicatePairsFake)/\(stealth.modeCollapse.pairsFake),"
            + " mode collapse \(stealth.modeCollapse.modeCollapse)"
}
print("real baseline: " + describe(result.training.realBaseline))
if let stealth = result.training.finalStealth { print("final stealth: " + describe(stealth)) }
guard let matrix = try? GANProfileMatrix(data) else {
    print("the data has no interactions")
    exit(65)
}
let realStatistics = GANProfileStatistics(
    (0..<matrix.rowCount).map(matrix.profile(ofRow:)), itemCount: data.itemCount, encoding: matrix.encoding)
var vectorRNG = Xoshiro256StarStar(seed: 5)
let vectors = result.gan.generate(count: 200, using: &vectorRNG)
for mapping in GANRatingMapping.allCases {
    guard let processor = try? GANProfilePostProcessor(profiles: matrix, ratingMapping: mapping) else { exit(1) }
    var rng = Xoshiro256StarStar(seed: 6)
    let fakes = processor.profiles(from: vectors, count: 200, using: &rng)
    let statistics = GANProfileStatistics(fakes, itemCount: data.itemCount, encoding: matrix.encoding)
    print(
        "200 fakes, \(mapping) ratings: rating TV \(fixed(GANDistributionDistance.totalVariation(realStatistics.ratingCounts, statistics.ratingCounts)))"
            + ", rating JS \(fixed(GANDistributionDistance.jensenShannon(realStatistics.ratingCounts, statistics.ratingCounts)))"
            + ", item TV \(fixed(GANDistributionDistance.totalVariation(realStatistics.itemCounts, statistics.itemCounts)))")
}
let poisoned = result.fakeProfiles.injected(into: data)
let probabilities = result.detector.probabilitiesReal(for: poisoned)
let realMean = probabilities.prefix(data.userCount).reduce(0, +) / Double(data.userCount)
let fakeMean = probabilities.suffix(200).reduce(0, +) / 200
let rawMean = (0..<200).map { row in
    (try? result.detector.probabilityReal(profileVector: Array(vectors[(row * data.itemCount)..<((row + 1) * data.itemCount)]))) ?? 0
}.reduce(0, +) / 200
print(
    "detector mean P(real): real users \(fixed(realMean)), post-processed fakes \(fixed(fakeMean)), raw generator output \(fixed(rawMean))"
        + "; \(result.fakeProfiles.interactionCount) fake ratings in 200 profiles")
