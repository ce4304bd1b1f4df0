import ArgumentParser
import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct EvaluateCommandTests {
    /// Trains `kind` on the fixture with leave-one-out and returns the folder (keep it: the files
    /// go with it) and the model path.
    static func trained(_ kind: ModelKind, _ extra: [String] = []) throws -> (TemporaryDirectory, String) {
        let folder = ModelCommandFixtures.folder()
        let out = folder.file("m.model")
        try TrainCommand.parse(
            ["--data", folder.file("ratings.csv"), "--model", kind.rawValue, "--split", "leave-one-out", "--out", out] + extra
        ).run()
        return (folder, out)
    }

    @Test func theSameSplitReproducesWhatTrainMeasured() throws {
        let (folder, path) = try Self.trained(.itemknn)
        let command = try EvaluateCommand.parse([
            "--model", path, "--data", folder.file("ratings.csv"), "--split", "leave-one-out", "--metrics", "hr,ndcg",
            "--cutoffs", "1,3",
        ])
        let file = try ModelFile.load(from: path)
        let selection = try MetricSelection(metrics: "hr,ndcg", cutoffs: "1,3")
        let data = try DatasetLoader.load(folder.file("ratings.csv")).dataset
        let split = try LeaveOneOutSplit().split(data)
        let expected = try selection.evaluate(
            file.model, test: split.test, excluding: split.train.implicit().byUser(), threads: 1)
        let results = try selection.evaluate(
            file.model, test: split.test.reindexed(userIDs: file.model.userIDs, itemIDs: file.model.itemIDs).dataset,
            excluding: file.trainingItems, threads: 2)
        #expect(results.keyed == expected.keyed && results.evaluatedUsers == 8)
        try command.run()
    }

    @Test func unknownUsersAndItemsAreSkippedAndCounted() throws {
        let (folder, path) = try Self.trained(.pop)
        let other = folder.write("other.csv", "userId,movieId,rating,timestamp\nu1,m2,4,1\nu9,m2,4,2\nu1,m99,3,3\nu2,m5,5,4\n")
        let file = try ModelFile.load(from: path)
        let data = try DatasetLoader.load(other).dataset
        let mapped = data.reindexed(userIDs: file.model.userIDs, itemIDs: file.model.itemIDs)
        #expect(mapped.droppedInteractions == 2 && mapped.unknownUsers == 1 && mapped.unknownItems == 1)
        try EvaluateCommand.parse(["--model", path, "--data", other, "--json"]).run()
    }

    @Test func ratingErrorsNeedARatingModel() throws {
        let (folder, path) = try Self.trained(.mf, ["--epochs", "3", "--factors", "4"])
        try EvaluateCommand.parse(["--model", path, "--data", folder.file("ratings.csv"), "--metrics", "rmse,mae"]).run()
        let (bprFolder, bpr) = try Self.trained(.bpr, ["--epochs", "1", "--factors", "4"])
        #expect(throws: ExitCode(64)) {
            try EvaluateCommand.parse(["--model", bpr, "--data", bprFolder.file("ratings.csv"), "--metrics", "rmse"]).run()
        }
    }

    @Test(arguments: [["--metrics", "hr,nope"], ["--cutoffs", "0"], ["--threads", "0"], ["--split", "random:2"]])
    func badOptionsAreUsageErrors(arguments: [String]) {
        #expect(throws: (any Error).self) {
            try EvaluateCommand.parse(["--model", "m.model", "--data", "d.csv"] + arguments)
        }
    }
}
