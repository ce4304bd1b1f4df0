import ArgumentParser
import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct TrainCommandTests {
    @Test(arguments: ModelKind.allCases.filter { $0 != .vbpr })
    func everyModelTrainsAndSavesAFileWithItsTrainingItems(_ kind: ModelKind) throws {
        let folder = ModelCommandFixtures.folder()
        let out = folder.file("\(kind).model")
        var arguments = ["--data", folder.file("ratings.csv"), "--model", kind.rawValue, "--out", out, "--quiet"]
        if kind.trainsInEpochs { arguments += ["--epochs", "2", "--factors", "4"] }
        try TrainCommand.parse(arguments).run()
        let file = try ModelFile.load(from: out)
        #expect(file.kind == kind)
        #expect(file.model.userIDs.count == 8 && file.model.itemIDs.count == 8)
        // The default split holds out round(5 × 0.2) = 1 interaction per user.
        #expect(file.trainingItems?.entryCount == 32)
    }

    @Test func vbprReadsItsFeaturesForTheDataSetsItems() throws {
        let folder = ModelCommandFixtures.folder()
        let features = (0..<8).map { "m\($0),\($0 < 4 ? 1 : 0),\($0 < 4 ? 0 : 1)" }.joined(separator: "\n")
        folder.write("features.csv", "item,a,b\n" + features + "\n")
        let out = folder.file("vbpr.model")
        try TrainCommand.parse([
            "--data", folder.file("ratings.csv"), "--model", "vbpr", "--features", folder.file("features.csv"),
            "--epochs", "2", "--factors", "4", "--out", out,
        ]).run()
        let model = try #require(try ModelFile.load(from: out).model as? VBPR)
        let m0 = try #require(model.itemIDs.index(of: "m0"))
        let m5 = try #require(model.itemIDs.index(of: "m5"))
        #expect(model.featureDimension == 2)
        #expect(model.features[(2 * m0)..<(2 * m0 + 2)] == [1, 0] && model.features[(2 * m5)..<(2 * m5 + 2)] == [0, 1])
    }

    @Test func earlyStoppingSplitsAValidationPartOffTheTrainingPart() throws {
        let folder = ModelCommandFixtures.folder()
        let out = folder.file("bpr.model")
        try TrainCommand.parse([
            "--data", folder.file("ratings.csv"), "--model", "bpr", "--split", "leave-one-out", "--patience", "1",
            "--epochs", "30", "--factors", "4", "--out", out,
        ]).run()
        // Leave-one-out twice: 5 − 2 training interactions per user.
        #expect(try ModelFile.load(from: out).trainingItems?.entryCount == 24)
    }

    @Test func theReportHasEveryDocumentedKey() throws {
        let report = TrainReport(
            model: "bpr", data: "d.csv", split: "leave-one-out", users: 3, items: 4, trainInteractions: 9,
            validationInteractions: nil, testInteractions: 3, evaluatedUsers: 3, epochs: 2, trainSeconds: 0.5,
            epochSeconds: 0.2, samplesPerSecond: 45, evaluateSeconds: 0.1, metrics: ["hr@10": 0.5], out: "m.model")
        let json = try JSONOutput.text(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == [
            "model", "data", "split", "users", "items", "train_interactions", "validation_interactions",
            "test_interactions", "evaluated_users", "epochs", "train_seconds", "epoch_seconds", "samples_per_second",
            "evaluate_seconds", "metrics", "out",
        ])
        #expect(object["validation_interactions"] is NSNull)
        #expect((object["metrics"] as? [String: Double])?["hr@10"] == 0.5)
        #expect(report.summary(kind: .bpr).contains("2 epochs in 0.50 s (0.00 M samples/s)"))
    }

    @Test func aMissingOutputFolderIsAUsageError() {
        #expect(throws: (any Error).self) {
            try TrainCommand.parse(["--data", "d.csv", "--model", "pop", "--out", "/nonexistent-folder/m.model"])
        }
    }
}
