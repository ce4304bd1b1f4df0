import ArgumentParser
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct DefenseOptionsTests {
    @Test(arguments: ["apr", "tce", "rce"])
    func aDefendedBPRTrainsAndSavesALoadableModel(_ defense: String) throws {
        let folder = ModelCommandFixtures.folder()
        let out = folder.file("\(defense).model")
        try TrainCommand.parse([
            "--data", folder.file("ratings.csv"), "--model", "bpr", "--epochs", "2", "--factors", "4",
            "--defense", defense, "--out", out, "--quiet",
        ]).run()
        let file = try ModelFile.load(from: out)
        #expect(file.kind == .bpr)
        #expect(file.model.userIDs.count == 8)
    }

    @Test func aprOnExplicitMFKeepsRatingPrediction() throws {
        let folder = ModelCommandFixtures.folder()
        let out = folder.file("mf.model")
        try TrainCommand.parse([
            "--data", folder.file("ratings.csv"), "--model", "mf", "--epochs", "2", "--factors", "4",
            "--defense", "apr", "--epsilon", "0.1", "--out", out, "--quiet",
        ]).run()
        #expect(try ModelFile.load(from: out).model.predictsRatings)
    }

    @Test func settingsOfAnotherDefenseAreUsageErrors() {
        #expect(throws: (any Error).self) { try DefenseOptions.parse(["--mix-ratio", "0.2"]) }
        #expect(throws: (any Error).self) { try DefenseOptions.parse(["--defense", "tce", "--epsilon", "1"]) }
        #expect(throws: (any Error).self) { try DefenseOptions.parse(["--defense", "sideways"]) }
    }

    @Test func flagsOverrideOnlyTheGivenSettings() throws {
        let options = try DefenseOptions.parse(["--defense", "apr", "--epsilon", "1.5"])
        #expect(options.settings.epsilon == 1.5)
        #expect(options.settings.adversarialWeight == DefenseSettings().adversarialWeight)
    }

    @Test func aDefenseOnANeighbourhoodModelIsRejected() {
        let folder = ModelCommandFixtures.folder()
        #expect(throws: DefenseError.self) {
            try TrainCommand.parse([
                "--data", folder.file("ratings.csv"), "--model", "itemknn", "--defense", "apr",
                "--out", folder.file("x.model"), "--quiet",
            ]).run()
        }
        #expect((CommandFailure.wrapping(DefenseError.invalidSetting(name: "model", value: "x", expected: "y")) as? ExitCode)?.rawValue == 64)
    }
}
