import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct VictimModelChoiceTests {
    @Test(arguments: [VictimModelChoice.mf, .bpr, .itemknn, .userknn, .pop])
    func everyModelTrainsOnTheFixture(choice: VictimModelChoice) throws {
        let folder = CommandFixtures.folder()
        let data = try DatasetLoader.load(folder.file("data")).dataset
        let model = try choice.train(on: data, seed: 1)
        #expect(model.userCount == data.userCount && model.itemCount == data.itemCount)
    }

    @Test func modelErrorsBecomeDataErrors() {
        #expect(VictimModelChoice.dataError(.fileNotFound(path: "m"), model: "bpr") == .fileNotFound(path: "m"))
        if case .unreadable(let path, _) = VictimModelChoice.dataError(.notAModelFile(path: "m"), model: "bpr") {
            #expect(path == "m")
        } else {
            Issue.record("a damaged model file should be unreadable")
        }
        let unsuitable = VictimModelChoice.dataError(.unsuitableData(model: "explicit MF", reason: "no ratings"), model: "mf")
        if case .invalidParameter(let name, let value, _) = unsuitable { #expect(name == "model" && value == "mf") }
    }

    @Test func vbprNeedsFeatures() throws {
        let folder = CommandFixtures.folder()
        let data = try DatasetLoader.load(folder.file("data")).dataset
        #expect(throws: DataError.self) { try VictimModelChoice.vbpr.train(on: data, seed: 1) }
    }
}
