import Testing
@testable import RecShieldCore

@Suite struct ModelKindTests {
    @Test func everyKindHasItsOwnArchiveKindAndIsFoundByIt() {
        let archiveKinds = ModelKind.allCases.map(\.archiveKind)
        #expect(Set(archiveKinds).count == ModelKind.allCases.count)
        for kind in ModelKind.allCases {
            #expect(ModelKind(archiveKind: kind.archiveKind) == kind)
            #expect(kind.archiveKind == kind.modelType.archiveKind)
            #expect(kind.description == kind.rawValue)
        }
        #expect(ModelKind(archiveKind: "bpr") == nil, "archive kinds are not the command-line names")
        #expect(ModelKind.bpr.archiveKind == "bpr-mf" && ModelKind.mf.archiveKind == "explicit-mf")
    }

    @Test func onlyTheSGDModelsTrainInEpochsAndOnlyVBPRNeedsFeatures() {
        #expect(ModelKind.allCases.filter(\.trainsInEpochs) == [.mf, .bpr, .neumf, .vbpr])
        #expect(ModelKind.allCases.filter(\.needsFeatures) == [.vbpr])
    }

    @Test func anArchiveOfAnUnknownKindIsReportedWithWhatThisBuildReads() throws {
        let archive = try ModelArchive(kind: "mystery-model", metadata: [String: String]())
        #expect {
            try ModelKind.model(from: archive)
        } throws: { error in
            guard case .unknownKind("<memory>", "mystery-model") = error as? ModelError else { return false }
            return String(describing: error).contains("bpr-mf")
        }
    }
}
