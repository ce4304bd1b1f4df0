import Foundation
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

extension AttackArtefactTests {
    // MARK: - Gradient poisoning

    static let gradient = GradientPoisoningConfiguration(
        fakeUsers: .count(2), filler: .count(2), targets: .chosen(.unpopular, count: 1), seed: 6, rounds: 2,
        surrogateFactors: 2, surrogateRegularization: 0.5, surrogateIterations: 3)

    @Test func gradientArtefactsRecordTheirConfigurationAndReplayByteForByte() throws {
        let folder = TemporaryDirectory()
        try DatasetWriter.writeInteractions(AttackFixtures.rated, format: .movielensCSV, toDirectory: folder.file("clean"))
        let clean = try DatasetLoader.load(folder.file("clean")).dataset
        let artefact = try AttackArtefact(attacking: clean, format: .movielensCSV, recipe: .gradient(Self.gradient))
        #expect(artefact.provenance.attack == .gradient(Self.gradient))
        #expect(artefact.provenance.fakeUsers == 2 && artefact.provenance.fillerCount == 2 && artefact.provenance.selectedItems.isEmpty)
        try artefact.write(to: folder.file("first"))
        let recorded = try AttackArtefact.read(from: folder.file("first"))
        #expect(recorded == artefact)
        try AttackArtefact.replay(provenance: recorded.provenance, data: try DatasetLoader.load(folder.file("clean")).dataset)
            .write(to: folder.file("again"))
        for name in ["ratings.csv", AttackArtefact.labelsFileName, AttackArtefact.provenanceFileName] {
            let first = try Self.bytes(folder.file("first/" + name))
            let again = try Self.bytes(folder.file("again/" + name))
            #expect(!first.isEmpty && first == again)
        }
    }
}
