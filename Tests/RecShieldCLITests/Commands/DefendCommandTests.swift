import ArgumentParser
import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct DefendCommandTests {
    @Test func printsCleanAttackedAndSanitisedMeasures() throws {
        let folder = try DetectionCommandFixtures.folder(attacks: [.segment])
        let output = try DefendCommand.parse([
            "--data", folder.file("clean"), "--poisoned", folder.file("segment"), "--detector", "robust",
            "--model", "item-mean", "--cutoffs", "5", "10",
        ]).output()
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains("Attack     \(folder.file("segment")): segment (push), seed 5, 12 fake users"))
        #expect(lines.contains { $0.hasPrefix("Removed    ") && $0.contains("of 12 fake") && $0.contains("of 120 real") })
        #expect(lines.contains("measure           clean  attacked  sanitised  recovered")
            || lines.contains { $0.hasPrefix("measure") && $0.hasSuffix("recovered") })
        #expect(lines.contains { $0.hasPrefix("HR@5 ") } && lines.contains { $0.hasPrefix("HR@10 ") })
        #expect(lines.contains { $0.hasPrefix("prediction_shift") } && lines.contains { $0.hasPrefix("mean_rank") })
    }

    @Test func jsonCarriesTheSanitizationReport() throws {
        let folder = try DetectionCommandFixtures.folder(attacks: [.loveHate])
        let output = try DefendCommand.parse([
            "--data", folder.file("clean/ratings.csv"), "--poisoned", folder.file("love-hate"), "--detector", "pca",
            "--top-n", "12", "--model", "item-mean", "--json",
        ]).output()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["model"] as? String == "item-mean")
        let report = try #require(object["report"] as? [String: Any])
        #expect(report["flagged"] as? Int == 12 && report["fake_users"] as? Int == 12)
        let recovery = try #require(report["recovery"] as? [[String: Any]])
        #expect(recovery.compactMap { $0["measure"] as? String } == ["HR@10", "HR@20", "prediction_shift", "mean_rank"])
        #expect(report["attacked"] != nil && report["sanitized"] != nil && report["real_removed"] != nil)
    }

    @Test func cleanDataThatDoesNotFitTheArtefactIsADataError() throws {
        let folder = try DetectionCommandFixtures.folder()
        folder.write("other.csv", "userId,movieId,rating,timestamp\nstranger,1,4.0,0\n")
        let command = try DefendCommand.parse([
            "--data", folder.file("other.csv"), "--poisoned", folder.file("bandwagon"), "--detector", "robust",
            "--model", "item-mean",
        ])
        #expect(throws: DataError.self) { try command.output() }
    }

    @Test(arguments: [
        ["--detector", "robust"],
        ["--detector", "robust", "--model", "svd"],
        ["--detector", "pca", "--model", "item-mean"],
        ["--detector", "robust", "--model", "item-mean", "--cutoffs", "0"],
        ["--model", "item-mean"],
    ])
    func missingOrInvalidFlagsAreUsageErrors(extra: [String]) {
        #expect(throws: (any Error).self) { try DefendCommand.parse(["--data", "c", "--poisoned", "p"] + extra) }
    }
}
