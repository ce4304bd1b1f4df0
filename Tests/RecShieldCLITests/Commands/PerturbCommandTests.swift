import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct PerturbCommandTests {
    /// The fixture data with a BPR-MF model trained on its leave-one-out training part, saved.
    static func trained() throws -> TemporaryDirectory {
        let folder = CommandFixtures.folder()
        let data = try DatasetLoader.load(folder.file("data")).dataset
        let split = try LeaveOneOutSplit().split(data)
        let configuration = BPRMatrixFactorization.Configuration(training: TrainingConfiguration(factors: 4, epochs: 20, seed: 1))
        try BPRMatrixFactorization.train(on: split.train, configuration: configuration).save(to: folder.file("model.rsmod"))
        return folder
    }

    @Test func printsOneRowPerEpsilonAfterTheCleanRow() throws {
        let folder = try Self.trained()
        let output = try PerturbCommand.parse([
            "--model", folder.file("model.rsmod"), "--data", folder.file("data"), "--kind", "fgsm", "--epsilons", "0,0.5,2",
            "--threads", "1",
        ]).output()
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines[0].hasPrefix("Model bpr-mf (\(folder.file("model.rsmod"))); leave-one-out split, 24 held-out interactions"))
        #expect(lines[1] == "Perturbation fgsm on both, per row, ‖Δ_r‖₂ ≤ ε·‖θ_r‖₂ (relative), seed 0")
        #expect(lines[3].hasPrefix("ε") && lines[3].contains("HR@10") && lines[3].contains("NDCG@10"))
        #expect(lines[5].hasPrefix("clean") && lines[6].hasPrefix("0.0") && lines[7].hasPrefix("0.5") && lines[8].hasPrefix("2.0"))
    }

    @Test func jsonHoldsTheCurveWithTheBudgetRule() throws {
        let folder = try Self.trained()
        let output = try PerturbCommand.parse([
            "--model", folder.file("model.rsmod"), "--data", folder.file("data"), "--kind", "pgd", "--steps", "3",
            "--epsilons", "0.5", "--absolute", "--norm", "linf", "--on", "items", "--json", "--threads", "1",
        ]).output()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["test_interactions"] as? Int == 24)
        let curve = try #require(object["curve"] as? [String: Any])
        #expect(curve["budget_rule"] as? String == "per row, ‖Δ_r‖∞ ≤ ε (absolute)")
        #expect(curve["method"] as? String == "pgd" && curve["steps"] as? Int == 3 && curve["target"] as? String == "items")
        let points = try #require(curve["points"] as? [[String: Any]])
        #expect(points.count == 1 && (points[0]["metrics"] as? [[String: Any]])?.count == 2)
    }

    @Test func trainsExplicitMFHereAndReportsRMSE() throws {
        let folder = CommandFixtures.folder()
        let output = try PerturbCommand.parse([
            "--train", "mf", "--data", folder.file("data"), "--kind", "random", "--epsilons", "1", "--split", "random:0.2",
            "--json", "--threads", "1",
        ]).output()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let curve = try #require(object["curve"] as? [String: Any])
        #expect((curve["clean"] as? [[String: Any]])?.map { $0["metric"] as? String } == ["RMSE"])
        #expect(object["source"] as? String == "trained here, seed 0" && object["split"] as? String == "random 20% (seed 0)")
    }

    @Test func featuresOnAModelWithoutThemIsADataError() throws {
        let folder = try Self.trained()
        let command = try PerturbCommand.parse([
            "--model", folder.file("model.rsmod"), "--data", folder.file("data"), "--kind", "fgsm", "--epsilons", "1",
            "--on", "features",
        ])
        #expect(throws: DataError.self) { try command.output() }
    }

    @Test func aMissingModelFileIsFileNotFound() throws {
        let folder = CommandFixtures.folder()
        let command = try PerturbCommand.parse([
            "--model", folder.file("none.rsmod"), "--data", folder.file("data"), "--kind", "fgsm", "--epsilons", "1",
        ])
        #expect(throws: DataError.fileNotFound(path: folder.file("none.rsmod"))) { try command.output() }
    }

    @Test(arguments: [
        ["--kind", "fgsm", "--epsilons", "1"],
        ["--model", "m", "--train", "bpr", "--kind", "fgsm", "--epsilons", "1"],
        ["--model", "m", "--kind", "fgsm", "--epsilons", "-0.5"],
        ["--model", "m", "--kind", "fgsm", "--epsilons", "0.5,,1"],
        ["--model", "m", "--kind", "fgsm", "--epsilons", "big"],
        ["--model", "m", "--kind", "fgsm", "--epsilons", "1", "--steps", "3"],
        ["--model", "m", "--kind", "pgd", "--epsilons", "1", "--steps", "0"],
        ["--model", "m", "--kind", "pgd", "--epsilons", "1", "--step-size", "-1"],
        ["--model", "m", "--kind", "sideways", "--epsilons", "1"],
        ["--model", "m", "--kind", "fgsm", "--epsilons", "1", "--on", "everything"],
        ["--model", "m", "--kind", "fgsm", "--epsilons", "1", "--relative", "--absolute"],
        ["--train", "itemknn", "--kind", "fgsm", "--epsilons", "1"],
        ["--train", "vbpr", "--kind", "fgsm", "--epsilons", "1"],
        ["--model", "m", "--kind", "fgsm", "--epsilons", "1", "--features", "f.csv"],
    ])
    func invalidFlagsAreUsageErrors(arguments: [String]) {
        #expect(throws: (any Error).self) { try PerturbCommand.parse(["--data", "x"] + arguments) }
    }
}
