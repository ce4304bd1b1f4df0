import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct AttackEffectCommandTests {
    /// Runs `recshield attack` into `out` and returns the folder.
    static func attacked(_ kind: String = "bandwagon", extra: [String] = []) throws -> TemporaryDirectory {
        let folder = CommandFixtures.folder()
        _ = try AttackCommand.parse([
            "--data", folder.file("data"), "--kind", kind, "--fake-user-count", "4", "--filler-count", "3",
            "--targets", "unpopular:2", "--out", folder.file("out"),
        ] + extra).output()
        return folder
    }

    @Test func reportsTargetImpactAndCleanUtilityForARankingModel() throws {
        let folder = try Self.attacked()
        let output = try AttackEffectCommand.parse([
            "--data", folder.file("data"), "--poisoned", folder.file("out"), "--model", "bpr", "--seed", "2", "--threads", "1",
        ]).output()
        #expect(output.hasPrefix("Model bpr (seed 2), leave-one-out split; attack bandwagon: 4 fake profiles, 60 injected interactions"))
        for row in ["Hit ratio @10", "Hit ratio @20", "Mean target rank", "Prediction shift", "HR@10", "NDCG@10"] {
            #expect(output.contains(row), "missing \(row)")
        }
    }

    @Test func explicitMFReportsRMSEAndJSONUsesSnakeCase() throws {
        let folder = try Self.attacked("average")
        let output = try AttackEffectCommand.parse([
            "--data", folder.file("data"), "--poisoned", folder.file("out"), "--model", "mf", "--split", "random:0.25",
            "--threads", "1", "--json",
        ]).output()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["split"] as? String == "random 25% (seed 0)" && object["attack"] as? String == "average")
        let utility = try #require(object["clean_utility"] as? [[String: Any]])
        #expect(utility.map { $0["metric"] as? String } == ["RMSE"] && utility[0]["higher_is_better"] as? Bool == false)
        let impact = try #require(object["target_impact"] as? [String: Any])
        #expect((impact["hit_ratios"] as? [[String: Any]])?.map { $0["k"] as? Int } == [10, 20])
        #expect(impact["prediction_shift"] != nil && impact["mean_rank_before"] != nil && object["cost"] != nil)
    }

    /// The same seed gives the same report, so before and after differ only by the fake profiles.
    @Test func sameSeedSameReport() throws {
        let folder = try Self.attacked("gradient", extra: ["--surrogate-factors", "3"])
        let arguments = ["--data", folder.file("data"), "--poisoned", folder.file("out"), "--model", "itemknn", "--json"]
        #expect(try AttackEffectCommand.parse(arguments).output() == AttackEffectCommand.parse(arguments + ["--threads", "1"]).output())
    }

    @Test func anArtefactOfOtherDataIsADataError() throws {
        let folder = try Self.attacked()
        folder.write("other/ratings.csv", CommandFixtures.ratingsText(seed: 2))
        let command = try AttackEffectCommand.parse([
            "--data", folder.file("other"), "--poisoned", folder.file("out"), "--model", "pop",
        ])
        #expect(throws: DataError.self) { try command.output() }
    }

    @Test func explicitMFOnUnratedDataIsADataError() throws {
        let folder = TemporaryDirectory()
        folder.write("data/interactions.csv", "user,item\n1,a\n1,b\n2,a\n2,c\n3,b\n3,c\n")
        let format = ["--format", "delimited", "--separator", ",", "--columns", "user,item", "--header"]
        _ = try AttackCommand.parse([
            "--data", folder.file("data/interactions.csv"), "--kind", "random", "--fake-user-count", "1",
            "--filler-count", "1", "--target-ids", "c", "--out", folder.file("out"),
        ] + format).output()
        let command = try AttackEffectCommand.parse([
            "--data", folder.file("data/interactions.csv"), "--poisoned", folder.file("out"), "--model", "mf",
        ] + format)
        #expect(throws: DataError.self) { try command.output() }
    }

    @Test(arguments: [
        ["--model", "bpr"],
        ["--poisoned", "p", "--model", "bpr"],
        ["--data", "x", "--poisoned", "p"],
        ["--data", "x", "--poisoned", "p", "--model", "svd"],
        ["--data", "x", "--poisoned", "p", "--model", "vbpr"],
        ["--data", "x", "--poisoned", "p", "--model", "bpr", "--split", "random:1.5"],
        ["--data", "x", "--poisoned", "p", "--model", "bpr", "--threads", "0"],
    ])
    func missingOrInvalidFlagsAreUsageErrors(arguments: [String]) {
        #expect(throws: (any Error).self) { try AttackEffectCommand.parse(arguments) }
    }
}
