import RecShieldAdversarial
import RecShieldCore
import Testing
@testable import RecShieldStudy

extension StudyCellExecutorTests {
    // MARK: - GAN attack through the recipe

    /// Training data whose ID map holds 12 users of whom only the first 8 have interactions (as
    /// after a split that leaves some users without training rows), on 10 rated items.
    static func trainingWithInactiveUsers() throws -> InteractionDataset {
        var users: [Int32] = []
        var items: [Int32] = []
        var ratings: [Float] = []
        for user in 0..<8 {
            for item in 0..<10 where (user + item) % 3 != 0 || item < 2 {
                users.append(Int32(user))
                items.append(Int32(item))
                ratings.append(Float(1 + (user * 7 + item * 3) % 5))
            }
        }
        return InteractionDataset(
            userIDs: try IDMap(rawIDs: (0..<12).map { "u\($0)" }), itemIDs: try IDMap(rawIDs: (0..<10).map { "i\($0)" }),
            users: users, items: items, ratings: ratings)
    }

    @Test func ganCellInjectsWhatTheRecipeInjects() throws {
        let configuration = try StudyConfiguration(yaml: """
            experiment: {seeds: [9]}
            attacks: [{kind: gan, fake_user_fraction: 0.5, epochs: 2, targets: {pool: unpopular, count: 2}}]
            """, file: "gan.yaml")
        let cell = try #require(StudyGrid(configuration).cells.first)
        let attack = try #require(cell.attack)
        let training = try Self.trainingWithInactiveUsers()
        let seed = cell.seed(for: "attack")
        let study = try StudyCellExecutor.inject(attack, into: training, seed: seed)

        var gan = GANConfiguration(loss: .wassersteinGP())
        gan.epochs = 2
        let recipe = GANAttackRecipe(
            fakeUsers: .fraction(0.5), targets: .chosen(.unpopular, count: 2), goal: .push, seed: seed, gan: gan)
        var recipeEpochs: [Int] = []
        let outcome = try recipe.inject(into: training) { recipeEpochs.append($0.epoch) }

        // Half of the 8 users with an interaction, not of the 12 in the ID map.
        #expect(study.fakeUserCount == 4 && outcome.injection.fakeUserCount == 4)
        #expect(study.poisoned == outcome.injection.poisoned)
        #expect(study.targets == outcome.injection.targets && study.realUserCount == outcome.injection.realUserCount)
        #expect(study.epochs.map(\.epoch) == recipeEpochs && study.epochs.allSatisfy { $0.model == "gan" })
        #expect(study.epochs.map(\.loss) == outcome.attack.training.epochs.map(\.discriminatorLoss))
    }

    @Test func ganEntryWithAFillerCountFixesEveryProfileLength() throws {
        let configuration = try StudyConfiguration(yaml: """
            experiment: {seeds: [9]}
            attacks: [{kind: gan, fake_user_count: 3, filler_count: 4, epochs: 2, targets: {pool: unpopular, count: 1}}]
            """, file: "gan.yaml")
        let attack = try #require(StudyGrid(configuration).cells.first?.attack)
        #expect(attack.filler == .count(4))
        let training = try Self.trainingWithInactiveUsers()
        let study = try StudyCellExecutor.inject(attack, into: training, seed: 5)
        let byUser = study.poisoned.byUser()
        // Four fillers plus the one target in each fake profile.
        for fake in study.realUserCount..<study.poisoned.userCount {
            #expect(byUser.count(ofRow: fake) == 5)
        }
        let reloaded = try StudyConfiguration(yaml: try configuration.resolvedYAML(), file: "saved.yaml")
        #expect(reloaded == configuration)
    }

    @Test func ganEntryWithoutFillerKeysFollowsTheRealUsersLengths() throws {
        let configuration = try StudyConfiguration(yaml: "attacks: [{kind: gan}]\n", file: "gan.yaml")
        let attack = try #require(configuration.attacks.first)
        #expect(attack.filler == nil)
        #expect(try StudyConfiguration(yaml: try configuration.resolvedYAML(), file: "saved.yaml") == configuration)
    }
}
