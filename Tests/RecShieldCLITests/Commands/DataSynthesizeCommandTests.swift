import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct DataSynthesizeCommandTests {
    @Test func writesLoadableFilesThatAreByteIdenticalForTheSameSeed() throws {
        let folder = TemporaryDirectory()
        let arguments = ["--users", "40", "--items", "60", "--interactions", "400", "--seed", "5"]
        try DataSynthesizeCommand.parse(arguments + ["--out", folder.file("a/ratings.csv")]).run()
        try DataSynthesizeCommand.parse(arguments + ["--out", folder.file("b/ratings.csv")]).run()
        let first = try Data(contentsOf: URL(fileURLWithPath: folder.file("a/ratings.csv")))
        let second = try Data(contentsOf: URL(fileURLWithPath: folder.file("b/ratings.csv")))
        #expect(first == second)
        let loaded = try DatasetLoader.load(folder.file("a"))
        #expect(loaded.dataset.count == 400)
        #expect(loaded.dataset.userCount == 40)
        #expect(loaded.itemCategories != nil)
    }

    @Test func anotherSeedGivesOtherData() throws {
        let folder = TemporaryDirectory()
        let arguments = ["--users", "40", "--items", "60", "--interactions", "400"]
        try DataSynthesizeCommand.parse(arguments + ["--seed", "1", "--out", folder.file("a.csv")]).run()
        try DataSynthesizeCommand.parse(arguments + ["--seed", "2", "--out", folder.file("b.csv")]).run()
        let first = try Data(contentsOf: URL(fileURLWithPath: folder.file("a.csv")))
        let second = try Data(contentsOf: URL(fileURLWithPath: folder.file("b.csv")))
        #expect(first != second)
    }
}
