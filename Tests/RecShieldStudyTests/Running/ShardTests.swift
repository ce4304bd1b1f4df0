import Testing
@testable import RecShieldStudy

@Suite struct ShardTests {
    @Test(arguments: 1...5)
    func shardsPartitionTheGrid(count: Int) throws {
        let grid = try StudyGrid(try StudyFixtures.configuration())
        let slices = try (0..<count).map { try Shard(index: $0, count: count).select(grid.cells).map(\.key) }
        let union = slices.flatMap { $0 }
        #expect(union.count == grid.cells.count)
        #expect(Set(union) == Set(grid.cells.map(\.key)))
        #expect(slices.allSatisfy { abs($0.count - grid.cells.count / count) <= 1 })
    }

    @Test func parsing() throws {
        #expect(try Shard(parsing: "2/3") == Shard(index: 2, count: 3))
        #expect(throws: StudyError.self) { try Shard(parsing: "3/3") }
        #expect(throws: StudyError.self) { try Shard(parsing: "1-3") }
        #expect(throws: StudyError.self) { try Shard(parsing: "0/0") }
        #expect(try Shard(index: 1, count: 4).directoryName == "shard-1-of-4")
    }

    @Test func kubernetesIndexedJob() throws {
        let environment = ["JOB_COMPLETION_INDEX": "2", "RECSHIELD_SHARD_COUNT": "4"]
        #expect(try Shard.fromEnvironment(environment) == Shard(index: 2, count: 4))
        #expect(try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "2"], count: 3) == Shard(index: 2, count: 3))
        #expect(throws: StudyError.missingShardCount(variable: "JOB_COMPLETION_INDEX")) {
            try Shard.fromEnvironment(["JOB_COMPLETION_INDEX": "2"])
        }
    }

    @Test func slurmJobArray() throws {
        #expect(try Shard.fromEnvironment(["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "3"]) == Shard(index: 1, count: 3))
        let offset = ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_MIN": "4", "SLURM_ARRAY_TASK_COUNT": "2"]
        #expect(try Shard.fromEnvironment(offset) == Shard(index: 1, count: 2))
        #expect(try Shard.fromEnvironment([:]) == nil)
        #expect(throws: StudyError.self) { try Shard.fromEnvironment(["SLURM_ARRAY_TASK_ID": "x", "SLURM_ARRAY_TASK_COUNT": "2"]) }
    }
}
