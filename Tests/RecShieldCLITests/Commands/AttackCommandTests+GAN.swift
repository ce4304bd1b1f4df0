import Foundation
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

extension AttackCommandTests {
    // MARK: - GAN

    /// A tiny GAN, fast in debug builds.
    static let tinyGAN = [
        "--kind", "gan", "--gan-epochs", "2", "--gan-generator-layers", "6", "--gan-discriminator-layers", "6",
        "--gan-noise-dimension", "3", "--gan-batch-size", "8", "--gan-diagnostic-sample", "6", "--quiet",
    ]

    @Test func ganKindWritesAReplayableArtefactAndItsDiagnostics() throws {
        let folder = CommandFixtures.folder()
        let command = try AttackCommand.parse([
            "--data", folder.file("data"), "--fake-user-count", "3", "--targets", "unpopular:1", "--seed", "7",
            "--gan-loss", "standard", "--out", folder.file("out"),
        ] + Self.tinyGAN)
        let lines = try command.output().split(separator: "\n").map(String.init)
        #expect(lines.contains("Attack               gan (push), seed 7"))
        #expect(lines.contains { $0.hasPrefix("GAN training         2 epochs, standard loss, generator 6, discriminator 6") })
        for label in ["Final losses", "D accuracy", "Generator stealth", "Generator lengths", "Mode collapse"] {
            #expect(lines.contains { $0.hasPrefix(label + " ") })
        }
        #expect(lines.contains { $0.hasPrefix("Fillers per profile") && $0.hasSuffix("on average (lengths follow the real users')") })
        let artefact = try AttackArtefact.read(from: folder.file("out"))
        guard case let .gan(recipe) = artefact.provenance.attack else {
            Issue.record("the provenance does not record a GAN attack")
            return
        }
        #expect(recipe.gan.epochs == 2 && recipe.gan.loss == .standard && recipe.gan.generatorHiddenLayers == [6] && recipe.seed == 7)
        #expect(artefact.fakeUsers.count == 3 && recipe.filler == nil)
        let clean = try DatasetLoader.load(folder.file("data")).dataset
        try AttackArtefact.replay(provenance: artefact.provenance, data: clean).write(to: folder.file("again"))
        for name in ["ratings.csv", AttackArtefact.labelsFileName, AttackArtefact.provenanceFileName] {
            #expect(try OutputFile.read(folder.file("out/" + name)) == OutputFile.read(folder.file("again/" + name)))
        }
    }

    @Test func ganJSONHasTheDiagnosticsUnderSnakeCaseKeys() throws {
        let folder = CommandFixtures.folder()
        let output = try AttackCommand.parse([
            "--data", folder.file("data"), "--fake-user-fraction", "0.25", "--filler-count", "4", "--target-ids", "3,5",
            "--goal", "nuke", "--out", folder.file("out"), "--json",
        ] + Self.tinyGAN).output()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let gan = try #require(object["gan"] as? [String: Any])
        #expect(gan["epochs"] as? Int == 2 && gan["loss"] as? String == "wasserstein_gp")
        for key in ["discriminator_loss", "generator_loss", "discriminator_accuracy_real", "discriminator_accuracy_fake",
                    "wasserstein_estimate"] {
            #expect(gan[key] is Double)
        }
        #expect((gan["discriminator_losses"] as? [Double])?.count == 2 && gan["mode_collapse"] is Bool)
        let stealth = try #require(gan["stealth"] as? [String: Any])
        #expect(stealth["rating_tv"] is Double && stealth["rating_js"] is Double && stealth["item_tv"] is Double)
        #expect((stealth["lengths"] as? [String: Any])?["fake_mean"] is Double && gan["real_baseline"] is [String: Any])
        // 24 users × 0.25 = 6 profiles of 2 targets and 4 fillers each.
        let cost = try #require(object["cost"] as? [String: Any])
        #expect(cost["fake_profiles"] as? Int == 6 && cost["injected_interactions"] as? Int == 36)
        let provenance = try #require(object["provenance"] as? [String: Any])
        #expect(provenance["filler_count"] as? Int == 4 && provenance["target_items"] as? [String] == ["3", "5"])
    }

    @Test(arguments: [
        ["--kind", "gan", "--selected-count", "2"],
        ["--kind", "gan", "--rounds", "2"],
        ["--kind", "gan", "--surrogate-factors", "4"],
        ["--kind", "random", "--gan-epochs", "3"],
        ["--kind", "gradient", "--gan-loss", "standard"],
        ["--kind", "bandwagon", "--gan-generator-layers", "8"],
        ["--kind", "gan", "--gan-epochs", "0"],
        ["--kind", "gan", "--gan-loss", "minimax"],
        ["--kind", "gan", "--gan-loss", "standard", "--gan-lambda", "5"],
        ["--kind", "gan", "--gan-generator-layers", "8,x"],
        ["--kind", "gan", "--gan-discriminator-layers", "0"],
        ["--kind", "gan", "--gan-batch-size", "0"],
        ["--kind", "gan", "--gan-learning-rate", "0"],
        ["--kind", "gan", "--gan-diagnostic-sample", "1"],
        ["--kind", "gan", "--gan-rating-mapping", "mean"],
        ["--kind", "gan", "--filler-count", "0"],
    ])
    func ganFlagsOutOfPlaceOrRangeAreUsageErrors(arguments: [String]) {
        #expect(throws: (any Error).self) { try AttackCommand.parse(["--data", "x.csv", "--out", "o"] + arguments) }
    }

    @Test func theNukeGoalOnImplicitDataIsADataError() throws {
        let folder = TemporaryDirectory()
        folder.write("data.tsv", "1\t1\n1\t2\n2\t2\n2\t3\n3\t1\n")
        let command = try AttackCommand.parse([
            "--data", folder.file("data.tsv"), "--format", "delimited", "--columns", "user,item", "--goal", "nuke",
            "--targets", "random:1", "--out", folder.file("out"),
        ] + Self.tinyGAN)
        #expect(throws: DataError.self) { try command.output() }
    }
}
