import RecShield
import RecShieldTestSupport

/// Files for the detect and defend command tests: a small synthetic ratings.csv and attack
/// artefacts made from it with the library.
enum DetectionCommandFixtures {
    /// 120 users, 100 items, 2 400 half-star ratings.
    static let clean: InteractionDataset = {
        let configuration = SyntheticDataConfiguration(userCount: 120, itemCount: 100, interactionCount: 2_400, seed: 11)
        return (try? SyntheticDataGenerator(configuration: configuration).generate().interactions)
            ?? InteractionDataset(userIDs: IDMap(), itemIDs: IDMap(), users: [], items: [])
    }()

    /// A folder with `clean/ratings.csv` and artefacts `<kind>/` for each given kind (12 fake
    /// users, 10 fillers, 2 unpopular targets, seed 5).
    static func folder(attacks kinds: [ShillingAttackKind] = [.bandwagon]) throws -> TemporaryDirectory {
        let folder = TemporaryDirectory()
        folder.write("clean/ratings.csv", try DatasetWriter.interactionsText(clean, format: .movielensCSV))
        let loaded = try DatasetLoader.load(folder.file("clean/ratings.csv")).dataset
        for kind in kinds {
            let configuration = AttackConfiguration(
                kind: kind, fakeUsers: .count(12), filler: .count(10), targets: .chosen(.unpopular, count: 2), seed: 5)
            try AttackArtefact(attacking: loaded, format: .movielensCSV, configuration: configuration)
                .write(to: folder.file(kind.rawValue))
        }
        return folder
    }
}
