import ArgumentParser
import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct ModelOptionsTests {
    @Test func flagsMapToTheLibrarySettings() throws {
        let options = try ModelOptions.parse([
            "--model", "bpr", "--factors", "32", "--epochs", "7", "--learning-rate", "0.02", "--regularization", "0.005",
            "--threads", "2", "--seed", "9", "--patience", "4",
        ])
        #expect(options.model == .bpr)
        #expect(options.settings == ModelSettings(
            factors: 32, epochs: 7, learningRate: 0.02, regularization: 0.005, threads: 2, seed: 9, patience: 4))
        #expect(options.evaluationThreads == 2)
    }

    @Test func unsetFlagsKeepTheModelDefaults() throws {
        let options = try ModelOptions.parse(["--model", "userknn", "--neighbors", "20", "--similarity", "adjusted-cosine",
                                              "--feedback", "explicit"])
        #expect(options.settings == ModelSettings(neighbors: 20, similarity: .adjustedCosine, feedback: .explicit))
        #expect(try ModelOptions.parse(["--model", "pop"]).settings == ModelSettings())
        let lists = try ModelOptions.parse(["--model", "itemknn", "--neighbor-lists", "rated-items"])
        #expect(lists.settings == ModelSettings(neighborLists: .ratedItems))
    }

    @Test(arguments: [
        ["--model", "neumf", "--regularization", "0.1"],
        ["--model", "bpr", "--neighbors", "5"],
        ["--model", "itemknn", "--epochs", "5"],
        ["--model", "vbpr"],
        ["--model", "bpr", "--features", "f.csv"],
        ["--model", "pop", "--patience", "2"],
        ["--model", "bpr", "--threads", "0"],
        ["--model", "svd"],
        ["--model", "itemknn", "--similarity", "pearson"],
        ["--model", "userknn", "--neighbor-lists", "rated-items"],
        ["--model", "itemknn", "--neighbor-lists", "target"],
    ])
    func flagsTheModelCannotUseAreUsageErrors(arguments: [String]) {
        #expect(throws: (any Error).self) { try ModelOptions.parse(arguments) }
    }
}
