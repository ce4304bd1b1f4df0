import Foundation
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct ModelFileTests {
    static let board = ModelTrainerTests.board

    /// The training data of `kind` in ``ModelTrainerTests/train(_:settings:validation:callback:)``.
    static func training(_ kind: ModelKind) -> InteractionDataset {
        kind == .mf ? board.rated() : board.implicit
    }

    static func saved(_ kind: ModelKind, in folder: TemporaryDirectory) throws -> (ModelFile, String) {
        let model = try ModelTrainerTests.train(kind)
        let file = ModelFile(model: model, training: training(kind))
        let path = folder.file("\(kind).model")
        try file.save(to: path)
        return (file, path)
    }

    @Test(arguments: ModelKind.allCases)
    func everyKindLoadsThroughOneCallWithItsTrainingItems(_ kind: ModelKind) throws {
        let folder = TemporaryDirectory()
        let (file, path) = try Self.saved(kind, in: folder)
        let loaded = try ModelFile.load(from: path)
        #expect(loaded.kind == kind && loaded.source == path)
        #expect(ModelConformance.scoresAreBitIdentical(loaded.model, file.model))
        #expect(loaded.trainingItems == Self.training(kind).implicit().byUser())
        #expect(try kind.modelType.load(from: path).userIDs == file.model.userIDs, "the model type reads the file too")
    }

    @Test func recommendationsUseRawIDsAndLeaveOutTrainingItems() throws {
        let folder = TemporaryDirectory()
        let (_, path) = try Self.saved(.itemknn, in: folder)
        let file = try ModelFile.load(from: path)
        // User u1 has i0, i2, i3 of its group; i1 is withheld. Items of the other group score 0.
        let top = try file.recommendations(forUser: "u1", count: 3)
        #expect(top.map(\.item) == ["i1", "i4", "i5"])
        #expect(top[0].score > 0 && top[1].score == 0)
        let all = try file.recommendations(forUser: "u1", count: 100)
        #expect(all.count == Self.board.size - 3, "the user's three training items are left out")
        #expect(throws: ModelError.unknownUser(path: path, user: "nobody")) {
            try file.recommendations(forUser: "nobody", count: 3)
        }
    }

    @Test func aFileWithoutTrainingItemsExcludesNothing() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("pop.model")
        try ModelFile(model: PopularityBaseline(training: Self.board.implicit), trainingItems: nil).save(to: path)
        let file = try ModelFile.load(from: path)
        #expect(file.trainingItems == nil)
        #expect(try file.recommendations(forUser: "u0", count: 100).count == Self.board.size)
    }

    @Test func truncatedCorruptedAndForeignFilesGiveModelErrors() throws {
        let folder = TemporaryDirectory()
        let (_, path) = try Self.saved(.neumf, in: folder)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let truncated = folder.write("cut.model", bytes: Array(bytes.prefix(bytes.count / 2)))
        #expect {
            try ModelFile.load(from: truncated)
        } throws: { error in
            guard case .truncated(truncated, _, _) = error as? ModelError else { return false }
            return true
        }
        var flipped = bytes
        flipped[flipped.count / 2] ^= 0x40
        let corrupted = folder.write("flipped.model", bytes: flipped)
        #expect {
            try ModelFile.load(from: corrupted)
        } throws: { error in
            guard case .checksumMismatch(corrupted, _, _) = error as? ModelError else { return false }
            return true
        }
        let text = folder.write("ratings.csv", "user,item\n1,2\n")
        #expect(throws: ModelError.notAModelFile(path: text)) { try ModelFile.load(from: text) }
        #expect(throws: ModelError.fileNotFound(path: folder.file("absent.model"))) {
            try ModelFile.load(from: folder.file("absent.model"))
        }
        #expect(throws: ModelError.wrongKind(path: path, expected: "vbpr", found: "neumf")) { try VBPR.load(from: path) }
    }

    @Test(arguments: ModelKind.allCases)
    func everyArrayAKindNeedsIsCheckedOnLoad(_ kind: ModelKind) throws {
        let archive = try ModelTrainerTests.train(kind).archive()
        for (index, dropped) in archive.arrays.enumerated() {
            var others = archive.arrays
            others.remove(at: index)
            let damaged = ModelArchive(
                kind: archive.kind, metadataBytes: archive.metadata, arrays: others, source: "damaged.model")
            #expect(throws: ModelError.missingArray(path: "damaged.model", name: dropped.name)) {
                try ModelKind.model(from: damaged)
            }
        }
        let noMetadata = ModelArchive(kind: archive.kind, metadataBytes: Array("{}".utf8), arrays: archive.arrays, source: "bare.model")
        #expect {
            try ModelKind.model(from: noMetadata)
        } throws: { error in
            guard case let .malformed("bare.model", reason) = error as? ModelError else { return false }
            return reason.contains("missing key")
        }
    }

    @Test func largeSeedsAndFeaturesSurviveTheRoundTrip() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("random.model")
        let random = RandomBaseline(userIDs: Self.board.implicit.userIDs, itemIDs: Self.board.implicit.itemIDs, seed: .max - 1)
        try random.save(to: path)
        #expect(try RandomBaseline.load(from: path) == random)
        let vbpr = try #require(try ModelTrainerTests.train(.vbpr) as? VBPR)
        try vbpr.save(to: path)
        let loaded = try VBPR.load(from: path)
        #expect(loaded == vbpr, "every parameter, the features and the content cache")
    }
}
