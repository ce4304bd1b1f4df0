import Foundation
import RecShieldTestSupport
import Testing

extension ExitCodeTests {
    // MARK: - Attack, attack-effect and perturb

    @Test func badAttackParametersExitWithClearCodes() throws {
        let folder = CommandFixtures.folder()
        let data = folder.file("data")
        let fraction = try Self.run(["attack", "--data", data, "--kind", "gradient", "--fake-user-fraction", "1.5", "--out", folder.file("o")])
        #expect(fraction.status == 64 && fraction.stderr.contains("fake user fraction"))
        let unknown = try Self.run(["attack", "--data", data, "--kind", "gradient", "--target-ids", "999", "--out", folder.file("o")])
        #expect(unknown.status == 65 && unknown.stderr == "recshield: unknown target item ID '999'\n")
        let empty = folder.write("empty/ratings.csv", "userId,movieId,rating,timestamp\n")
        #expect(try Self.run(["attack", "--data", empty, "--kind", "random", "--out", folder.file("o")]).status == 65)
        let batch = try Self.run(["attack", "--data", data, "--kind", "gan", "--gan-batch-size", "0", "--out", folder.file("o")])
        #expect(batch.status == 64 && batch.stderr.contains("--gan-batch-size: GAN setting 'batch_size' is 0"))
        let misplaced = try Self.run(["attack", "--data", data, "--kind", "average", "--gan-epochs", "5", "--out", folder.file("o")])
        #expect(misplaced.status == 64 && misplaced.stderr.contains("--gan-epochs applies to --kind gan only"))
    }

    @Test func badPerturbationParametersExitWithClearCodes() throws {
        let folder = CommandFixtures.folder()
        let data = folder.file("data")
        let negative = try Self.run(["perturb", "--train", "bpr", "--data", data, "--kind", "fgsm", "--epsilons", "0.5,-1"])
        #expect(negative.status == 64 && negative.stderr.contains("ε must be ≥ 0"))
        let missing = try Self.run(["perturb", "--model", folder.file("none.rsmod"), "--data", data, "--kind", "fgsm", "--epsilons", "1"])
        #expect(missing.status == 66 && missing.stderr.hasPrefix("recshield: \(folder.file("none.rsmod"))"))
        let notAModel = folder.write("model.rsmod", "not a model")
        #expect(try Self.run(["perturb", "--model", notAModel, "--data", data, "--kind", "fgsm", "--epsilons", "1"]).status == 65)
    }

    @Test func anArtefactOfOtherDataExitsWith65() throws {
        let folder = CommandFixtures.folder()
        _ = try Self.run(["attack", "--data", folder.file("data"), "--kind", "random", "--fake-user-count", "2", "--targets", "unpopular:2", "--out", folder.file("out")])
        folder.write("other/ratings.csv", CommandFixtures.ratingsText(seed: 3))
        let result = try Self.run(["attack-effect", "--data", folder.file("other"), "--poisoned", folder.file("out"), "--model", "pop"])
        #expect(result.status == 65 && result.stderr.contains("an artefact made from this data"))
    }
}
