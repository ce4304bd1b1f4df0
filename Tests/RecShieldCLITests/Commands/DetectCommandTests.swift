import ArgumentParser
import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct DetectCommandTests {
    @Test func scoresAnArtefactAgainstItsOwnLabels() throws {
        let folder = try DetectionCommandFixtures.folder()
        let output = try DetectCommand.parse(["--data", folder.file("bandwagon"), "--detector", "robust"]).output()
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines.contains("Detector  robust (score ≥ 3.0)"))
        #expect(lines.contains("Data      \(folder.file("bandwagon")): 132 users with interactions"))
        #expect(lines.contains { $0.hasPrefix("Labels    \(folder.file("bandwagon/labels.txt")): 12 fake of 132") })
        #expect(lines.contains { $0.hasPrefix("Quality   precision ") })
        // One table line per user, most suspicious first.
        #expect(lines.contains("user     score    probability  flagged  label"))
        let tableLines = lines.drop { !$0.hasPrefix("───") }.dropFirst()
        #expect(tableLines.count == 132, "\(output)")
    }

    @Test func jsonHasSnakeCaseKeysAndTopNFlagsExactlyN() throws {
        let folder = try DetectionCommandFixtures.folder()
        let output = try DetectCommand.parse([
            "--data", folder.file("bandwagon"), "--detector", "pca", "--top-n", "12", "--json", "--threads", "2",
        ]).output()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["detector"] as? String == "pca-varselect")
        #expect((object["decision"] as? [String: Any])?["top_n"] as? Int == 12)
        #expect((object["flagged"] as? [String])?.count == 12)
        let quality = try #require(object["quality"] as? [String: Any])
        #expect(quality["roc_auc"] != nil && quality["fake_users"] as? Int == 12)
        let scores = try #require(object["scores"] as? [[String: Any]])
        #expect(scores.count == 132 && scores[0].keys.sorted() == ["flagged", "label", "probability", "score", "user"])
    }

    @Test func scoresOutWritesEveryUserAndLabelsComeFromAFile() throws {
        let folder = try DetectionCommandFixtures.folder()
        folder.write("labels.txt", "1 1\n2 0\n3,0\n")
        let output = try DetectCommand.parse([
            "--data", folder.file("clean/ratings.csv"), "--labels", folder.file("labels.txt"), "--detector", "rdma",
            "--threshold", "0.9", "--scores-out", folder.file("scores.tsv"),
        ]).output()
        #expect(!output.contains("probability  flagged"))
        #expect(output.contains("Labels    \(folder.file("labels.txt")): 1 fake of 3"))
        let lines = String(decoding: try OutputFile.read(folder.file("scores.tsv")), as: UTF8.self).split(separator: "\n")
        #expect(lines.first == "user\tscore\tprobability\tflagged\tlabel")
        #expect(lines.count == 121)
        // Users 1–3 carry their labels; the others have none.
        #expect(lines.contains { $0.hasPrefix("2\t") && $0.hasSuffix("\t0") })
        #expect(lines.contains { $0.hasPrefix("4\t") && $0.hasSuffix("\t") })
    }

    @Test func supervisedDetectorsTrainOnGivenArtefactsButNeverOnTheJudgedOne() throws {
        let folder = try DetectionCommandFixtures.folder(attacks: [.bandwagon, .random, .average])
        let output = try DetectCommand.parse([
            "--data", folder.file("bandwagon"), "--detector", "supervised",
            "--train-artefacts", folder.file("random"), folder.file("average"), "--json",
        ]).output()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let training = try #require(object["training"] as? [String: Any])
        #expect(training["source"] as? String == "artefacts")
        #expect((training["attacks"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } == ["random", "average"])
        let command = try DetectCommand.parse([
            "--data", folder.file("bandwagon"), "--detector", "supervised", "--train-artefacts", folder.file("bandwagon"),
        ])
        #expect(throws: DataError.self) { try command.output() }
    }

    @Test func labelErrorsNameTheFileAndLine() throws {
        let folder = try DetectionCommandFixtures.folder()
        folder.write("labels.txt", "1 1\n2 spam\n")
        let command = try DetectCommand.parse([
            "--data", folder.file("clean"), "--labels", folder.file("labels.txt"), "--detector", "robust",
        ])
        #expect {
            try command.output()
        } throws: {
            ($0 as? DataError)?.description.hasPrefix("\(folder.file("labels.txt")):2: expected 'raw_user_id label'") == true
        }
        let onArtefact = try DetectCommand.parse([
            "--data", folder.file("bandwagon"), "--labels", folder.file("labels.txt"), "--detector", "robust",
        ])
        #expect(throws: ValidationError.self) { try onArtefact.output() }
    }

    @Test(arguments: [
        ["--detector", "pca"],
        ["--detector", "robust", "--top-n", "3", "--threshold", "0.5"],
        ["--detector", "robust", "--top-n", "0"],
        ["--detector", "robust", "--threshold", "1.5"],
        ["--detector", "robust", "--train-artefacts", "a"],
        ["--detector", "robust", "--clean", "c"],
        ["--detector", "supervised", "--clean", "c", "--train-artefacts", "a"],
        ["--detector", "gan"],
        ["--detector", "robust", "--threads", "0"],
        [],
    ])
    func conflictingOrInvalidFlagsAreUsageErrors(extra: [String]) {
        #expect(throws: (any Error).self) { try DetectCommand.parse(["--data", "x.csv"] + extra) }
    }
}
