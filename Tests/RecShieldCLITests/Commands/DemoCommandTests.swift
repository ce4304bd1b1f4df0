import Foundation
import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct DemoCommandTests {
    @Test func builtInStudyIsValidAndRunnable() throws {
        let configuration = try StudyConfiguration(yaml: DemoCommand.studyYAML(seed: 7, threads: 2), file: "demo")
        #expect(configuration.experiment.seeds == [7, 8])
        #expect(configuration.experiment.threads == 2)
        let grid = try StudyGrid(configuration)
        #expect(grid.cells.count == 36)
        #expect(Set(grid.cells.map(\.model.kind)) == [.bpr, .mf])
        #expect(Set(grid.cells.compactMap { $0.attack?.kind }) == [.bandwagon, .gan, .fgsm])
        #expect(Set(grid.cells.map(\.defense.kind)) == [.none, .apr, .sanitize])
        let directory = URL(fileURLWithPath: NSTemporaryDirectory())
        try StudyCellExecutor().check(
            grid, context: StudyContext(configuration: configuration, inputDirectory: directory, runDirectory: directory, threads: 2))
    }

    @Test func refusesTheLastSeed() throws {
        #expect(try DemoCommand.parse(["--seed", "3"]).seed == 3)
        #expect(throws: (any Error).self) { try DemoCommand.parse(["--seed", "\(UInt64.max)"]) }
    }
}
