import Testing
@testable import RecShieldStudy

@Suite struct StudyGridTests {
    @Test func cellsFollowTheStableOrder() throws {
        let grid = try StudyGrid(try StudyFixtures.configuration())
        // bpr: 2 factors × 2 defenses × 2 attacks × 2 seeds = 16; mf: 2 × 2 × 2 = 8.
        #expect(grid.cells.count == 24)
        #expect(grid.cells.map(\.index) == Array(0..<24))
        #expect(Array(grid.cells.prefix(5).map(\.key)) == [
            "model=bpr;defense=none;attack=bandwagon;seed=1;sweep=models.bpr.factors=4",
            "model=bpr;defense=none;attack=bandwagon;seed=2;sweep=models.bpr.factors=4",
            "model=bpr;defense=none;attack=bandwagon;seed=1;sweep=models.bpr.factors=8",
            "model=bpr;defense=none;attack=bandwagon;seed=2;sweep=models.bpr.factors=8",
            "model=bpr;defense=none;attack=fgsm;seed=1;sweep=models.bpr.factors=4",
        ])
        #expect(grid.cells.last?.key == "model=mf;defense=apr;attack=fgsm;seed=2")
        #expect(Set(grid.cells.map(\.key)).count == grid.cells.count)
    }

    @Test func sweepValuesAreApplied() throws {
        let grid = try StudyGrid(try StudyFixtures.configuration())
        let swept = grid.cells.filter { $0.model.name == "bpr" }.map(\.model.factors)
        #expect(Set(swept) == [4, 8])
        #expect(grid.cells.filter { $0.model.name == "mf" }.allSatisfy { $0.sweep.assignments.isEmpty })
        #expect(grid.cells[2].rowLabel == "bpr[factors=8] / none")
    }

    @Test func detectorsOnlyWithProfileAttacks() throws {
        let grid = try StudyGrid(try StudyFixtures.configuration())
        #expect(grid.cells.filter { $0.attack?.name == "bandwagon" }.allSatisfy { $0.detectors.map(\.name) == ["pca"] })
        #expect(grid.cells.filter { $0.attack?.name == "fgsm" }.allSatisfy { $0.detectors.isEmpty })
    }

    @Test func expansionIsRepeatable() throws {
        let first = try StudyGrid(try StudyFixtures.configuration())
        let second = try StudyGrid(try StudyFixtures.configuration())
        #expect(first.cells == second.cells)
    }

    @Test func studyWithoutAttacksHasCleanCells() throws {
        let grid = try StudyGrid(try StudyConfiguration(yaml: "experiment: {seeds: [7]}", file: "s.yaml"))
        #expect(grid.cells.map(\.key) == ["model=bpr;defense=none;attack=(none);seed=7"])
    }

    @Test func alternativeKeySweepReplacesTheEntrysAmount() throws {
        let yaml = """
            experiment: {seeds: [1]}
            attacks: [{kind: random, fake_user_count: 5}]
            sweep: {attacks.random.fake_user_fraction: [0.01, 0.02]}
            """
        let grid = try StudyGrid(try StudyConfiguration(yaml: yaml, file: "s.yaml"))
        let amounts = grid.cells.compactMap { $0.attack?.fakeUsers }
        #expect(amounts == [.fraction(0.01), .fraction(0.02)])
    }

    @Test func derivedSeedsDependOnSeedAndPurposeOnly() throws {
        let grid = try StudyGrid(try StudyFixtures.configuration())
        let seedOne = grid.cells.filter { $0.seed == 1 }
        #expect(Set(seedOne.map { $0.seed(for: "split") }).count == 1)
        #expect(seedOne[0].seed(for: "split") != seedOne[0].seed(for: "model"))
        #expect(grid.cells[0].seed(for: "split") != grid.cells[1].seed(for: "split"))
    }
}
