import Foundation
import Testing
@testable import RecShieldCore

@Suite struct NeighborhoodConfigurationTests {
    /// The hyperparameters ItemKNN files held before `neighbor_lists` existed.
    struct LegacyConfiguration: Codable {
        var neighbors = 2
        var similarity = "cosine"
        var shrinkage: Float = 0
        var feedback = "implicit"
        var threads = 1
    }

    @Test func encodesAndDecodesEverySetting() throws {
        var configuration = NeighborhoodConfiguration()
        configuration.neighbors = 7
        configuration.similarity = .adjustedCosine
        configuration.shrinkage = 2.5
        configuration.feedback = .explicit
        configuration.neighborLists = .ratedItems
        configuration.threads = 3
        let json = try JSONEncoder().encode(configuration)
        #expect(String(decoding: json, as: UTF8.self).contains(#""neighbor_lists":"rated_items""#))
        #expect(try JSONDecoder().decode(NeighborhoodConfiguration.self, from: json) == configuration)
    }

    @Test func aModelFileWrittenBeforeNeighborListsLoadsWithScoredItemLists() throws {
        let model = try ItemKNN(
            interactions: NeighborhoodFixtures.binary, configuration: NeighborhoodFixtures.configuration(.implicit, neighbors: 2))
        var legacy = try ModelArchive(
            kind: ItemKNN.archiveKind,
            metadata: ModelMetadata(hyperparameters: LegacyConfiguration(), userIDs: model.userIDs, itemIDs: model.itemIDs))
        try legacy.append(model.interactions, named: "interactions")
        try legacy.append(model.neighbors, named: "neighbors")
        let loaded = try ItemKNN(archive: ModelArchive(decoding: legacy.encoded(), source: "legacy.model"))
        #expect(loaded.configuration.neighborLists == .scoredItem)
        #expect(loaded == model)
    }
}
