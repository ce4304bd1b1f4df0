import Foundation
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldStudy

@Suite struct ModelSpecTests {
    /// The error text for `yaml`, or `nil` when it decodes.
    func error(_ yaml: String) -> String? {
        do {
            _ = try StudyConfiguration(yaml: yaml, file: "study.yaml")
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test(arguments: [("scored-item", NeighborListsKind.scoredItem), ("rated-items", .ratedItems)])
    func neighborListsDecodesAndRoundTrips(text: String, kind: NeighborListsKind) throws {
        let configuration = try StudyConfiguration(
            yaml: "models:\n  - {kind: itemknn, neighbours: 5, neighbor_lists: \(text)}\n", file: "study.yaml")
        #expect(configuration.models[0].neighborLists == kind)
        let resolved = try configuration.resolvedYAML()
        #expect(resolved.contains("neighbor_lists: \(text)"))
        #expect(try StudyConfiguration(yaml: resolved, file: "resolved.yaml") == configuration)
    }

    @Test func unknownNeighborListsValueNamesLineKeyAndSuggestion() throws {
        let message = try #require(error("models:\n  - kind: itemknn\n    neighbor_lists: rated-item\n"))
        #expect(message == "study.yaml:3: models[0].neighbor_lists: unknown value 'rated-item'; accepted: scored-item, rated-items; did you mean 'rated-items'?")
    }

    @Test func misspeltNeighborListsKeySuggestsIt() throws {
        let message = try #require(error("models:\n  - kind: itemknn\n    neighbour_lists: rated-items\n"))
        #expect(message.hasPrefix("study.yaml:3: models[0].neighbour_lists: unknown key 'neighbour_lists'"))
        #expect(message.hasSuffix("did you mean 'neighbor_lists'?"))
    }

    @Test(arguments: ["userknn", "bpr", "pop"])
    func neighborListsIsRejectedForOtherKinds(kind: String) throws {
        let message = try #require(error("models:\n  - kind: \(kind)\n    neighbor_lists: rated-items\n"))
        #expect(message == "study.yaml:3: models[0].neighbor_lists: 'neighbor_lists' applies to itemknn only, not \(kind)")
    }

    @Test func absentNeighborListsLeavesResolvedYAMLAndCellKeysAsBefore() throws {
        let configuration = try StudyConfiguration(yaml: "experiment: {seeds: [1]}\nmodels:\n  - {kind: itemknn}\n", file: "s.yaml")
        #expect(configuration.models[0].neighborLists == nil)
        #expect(!(try configuration.resolvedYAML()).contains("neighbor_lists"))
        #expect(try StudyGrid(configuration).cells.map(\.key) == ["model=itemknn;defense=none;attack=(none);seed=1"])
        #expect(StudyCellExecutor.settings(configuration.models[0], seed: 1, threads: 1).neighborLists == nil)
    }

    @Test func neighborListsCanBeSwept() throws {
        let yaml = """
            experiment: {seeds: [1]}
            models: [{kind: itemknn}]
            sweep: {models.itemknn.neighbor_lists: [scored-item, rated-items]}
            """
        let cells = try StudyGrid(try StudyConfiguration(yaml: yaml, file: "s.yaml")).cells
        #expect(cells.map(\.key) == [
            "model=itemknn;defense=none;attack=(none);seed=1;sweep=models.itemknn.neighbor_lists=scored-item",
            "model=itemknn;defense=none;attack=(none);seed=1;sweep=models.itemknn.neighbor_lists=rated-items",
        ])
        let settings = cells.map { StudyCellExecutor.settings($0.model, seed: 1, threads: 1).neighborLists }
        #expect(settings == [.scoredItem, .ratedItems])
        let bad = try #require(error(yaml.replacingOccurrences(of: "rated-items", with: "rated")))
        #expect(bad.contains("sweep.models.itemknn.neighbor_lists: value rated:"))
    }

    @Test func cellTrainsItemKNNWithTheChosenLists() throws {
        let folder = TemporaryDirectory()
        let yaml = """
            experiment: {seeds: [2]}
            dataset:
              synthetic: {users: 30, items: 40, interactions: 400, min_user_interactions: 5}
            models: [{kind: itemknn, neighbours: 3}]
            evaluation: {metrics: [hr, ndcg], cutoffs: [5], target_cutoffs: [5]}
            sweep: {models.itemknn.neighbor_lists: [scored-item, rated-items]}
            """
        let configuration = try StudyConfiguration(yaml: yaml, file: "s.yaml")
        let context = StudyContext(
            configuration: configuration, inputDirectory: URL(fileURLWithPath: folder.path),
            runDirectory: URL(fileURLWithPath: folder.path), threads: 1)
        let results = try StudyGrid(configuration).cells.map { try StudyCellExecutor().run(cell: $0, context: context) }
        // With 3 neighbours per item the two ways of linking a user's items to a candidate give
        // different score sets, so the ranking metrics of the two cells differ.
        #expect(results.count == 2 && results[0].metrics != results[1].metrics)
    }
}
