import Foundation
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

extension AttackArtefactTests {
    // MARK: - GAN

    @Test(arguments: [nil, FillerAmount.count(2)])
    func ganArtefactsRecordTheirRecipeAndReplayByteForByte(filler: FillerAmount?) throws {
        let recipe = AttackRecipe.gan(GANAttackRecipeTests.tiny(seed: 8, filler: filler))
        let folder = TemporaryDirectory()
        try DatasetWriter.writeInteractions(AttackFixtures.rated, format: .movielensCSV, toDirectory: folder.file("clean"))
        let clean = try DatasetLoader.load(folder.file("clean")).dataset
        let artefact = try AttackArtefact(attacking: clean, format: .movielensCSV, recipe: recipe)
        #expect(artefact.provenance.attack == recipe && artefact.provenance.fakeUsers == 3)
        #expect(artefact.fakeUsers == [6, 7, 8] && artefact.provenance.selectedItems.isEmpty)
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

    @Test func anArtefactBuiltFromAnInjectionEqualsTheOneTheRecipeMakes() throws {
        let recipe = GANAttackRecipeTests.tiny()
        let outcome = try recipe.inject(into: AttackFixtures.rated)
        let built = try AttackArtefact(
            injection: outcome.injection, recipe: .gan(recipe), clean: AttackFixtures.rated, format: .movielensCSV)
        #expect(try AttackArtefact(attacking: AttackFixtures.rated, format: .movielensCSV, recipe: .gan(recipe)) == built)
    }
}
