// Attack effects on MovieLens latest-small, averaged over seeds with 95% Student-t intervals:
//
//   swift run -c release --package-path Benchmarks robustness-benchmark heuristic    # (a) explicit MF
//   swift run -c release --package-path Benchmarks robustness-benchmark bpr          # (b) BPR-MF
//   swift run -c release --package-path Benchmarks robustness-benchmark perturbation # (c) FGSM/PGD vs random
//   swift run -c release --package-path Benchmarks robustness-benchmark itemknn      # (d) ItemKNN variants
//
// Options: --seeds 1,2,3 (default), --fractions 0.03,0.05 (default; the fake-user shares of the
// itemknn study), --data DIR (default ../shared/data/ml-latest-small relative to the package
// root), --features FILE (item text features for VBPR). Every interaction counts for
// the implicit models; leave-one-out split by latest timestamp; targets: 5 unpopular items per
// attack seed (bottom 20% by popularity). Progress goes to stderr, markdown tables to stdout.
import RecShield
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

var arguments = Array(CommandLine.arguments.dropFirst())
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...(index + 1)) }
    return arguments[index + 1]
}
let root = String(#filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(4).joined(separator: "/"))
let dataPath = option("--data") ?? root + "/../shared/data/ml-latest-small"
let featuresPath = option("--features") ?? root + "/../shared/data/ml-latest-small-features/item_text_embedding_64.csv"
let seeds = (option("--seeds") ?? "1,2,3").split(separator: ",").compactMap { UInt64($0) }
let itemKNNFractions = (option("--fractions") ?? "0.03,0.05").split(separator: ",").compactMap { Double($0) }
let studies = arguments.isEmpty ? ["heuristic", "bpr", "perturbation", "itemknn"] : arguments

let loaded = try DatasetLoader.load(dataPath)
let split = try LeaveOneOutSplit().split(loaded.dataset)
print("Data: \(dataPath) — \(loaded.dataset.userCount) users, \(loaded.dataset.itemCount) items, "
    + "\(loaded.dataset.count) interactions; leave-one-out; seeds \(seeds.map(String.init).joined(separator: ", ")); "
    + "mean ± 95% CI over seeds.\n")
let poisoning = PoisoningStudy(loaded: loaded, split: split, seeds: seeds)
let impactHeader = ["victim", "attack", "fake users", "fillers", "HR@10 before", "HR@10 after", "HR@20 after", "prediction shift", "mean target rank"]

func shilling(_ kind: ShillingAttackKind, _ fraction: Double, _ filler: FillerAmount) -> PoisoningStudy.Setting {
    PoisoningStudy.Setting(name: kind.rawValue, fraction: fraction, filler: filler) { seed in
        .shilling(AttackConfiguration(kind: kind, fakeUsers: .fraction(fraction), filler: filler, seed: seed))
    }
}

func gradient(_ fraction: Double, _ filler: FillerAmount) -> PoisoningStudy.Setting {
    PoisoningStudy.Setting(name: "gradient", fraction: fraction, filler: filler) { seed in
        .gradient(GradientPoisoningConfiguration(fakeUsers: .fraction(fraction), filler: filler, seed: seed))
    }
}

for study in studies {
    switch study {
    case "heuristic":
        print("## (a) Heuristic attacks against explicit MF\n")
        let settings = [0.03, 0.05].flatMap { fraction in ShillingAttackKind.allCases.map { shilling($0, fraction, .fraction(0.02)) } }
        printTable(impactHeader, try poisoning.run(victims: [.mf], settings: settings))
    case "bpr":
        print("## (b) Heuristic and gradient attacks against BPR-MF\n")
        var settings: [PoisoningStudy.Setting] = []
        for filler in [FillerAmount.fraction(0.02), .count(20)] {
            for fraction in [0.03, 0.05] {
                settings += [shilling(.random, fraction, filler), shilling(.average, fraction, filler),
                             shilling(.bandwagon, fraction, filler), gradient(fraction, filler)]
            }
        }
        printTable(impactHeader, try poisoning.run(victims: [.bpr], settings: settings))
    case "itemknn":
        print("## (d) Heuristic attacks against ItemKNN: rating prediction and both top-N neighbour lists\n")
        let settings = itemKNNFractions.flatMap { fraction in ShillingAttackKind.allCases.map { shilling($0, fraction, .fraction(0.02)) } }
        printTable(ItemKNNStudy.header, try ItemKNNStudy(loaded: loaded, split: split, seeds: seeds).run(settings: settings))
    case "perturbation":
        print("## (c) Embedding perturbations\n")
        let study = PerturbationStudy(split: split, seeds: seeds, featuresPath: featuresPath)
        try study.run()
    default:
        print("unknown study '\(study)': use heuristic, bpr, perturbation or itemknn")
        exit(64)
    }
}
