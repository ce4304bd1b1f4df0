import Foundation
import RecShieldTestSupport
import Testing
@testable import RecShieldStudy

@Suite struct RunExportsTests {
    func run() throws -> StoredRun {
        let cell = try StudyGrid(try StudyFixtures.configuration()).cells[0]
        let result = CellResult(
            metrics: [
                MetricValue(phase: .clean, name: "hr@10", value: 0.25),
                MetricValue(phase: .perturbed, attack: "fgsm", epsilon: 0.5, name: "hr@10", value: 0.125),
            ],
            epochs: [EpochLog(model: "clean", epoch: 1, loss: 0.5), EpochLog(model: "clean", epoch: 2, loss: 0.25, validation: 0.1)],
            detections: [DetectionRecord(detector: "pca", precision: 0.5, recall: 1, f1: 2.0 / 3)])
        return StoredRun(metadata: nil, cells: [
            StoredCell(cell, status: .done, seconds: 1, result: result),
            StoredCell(try StudyGrid(try StudyFixtures.configuration()).cells[1], status: .failed, seconds: 1, message: "x"),
        ])
    }

    @Test func csvHasOneRowPerValue() throws {
        let lines = RunExports.csv(of: try run()).split(separator: "\n")
        #expect(lines.first == "cell_key,model,defense,attack,seed,sweep,phase,epsilon,detector,metric,value")
        #expect(lines.count == 1 + 2 + 3)
        #expect(lines[1] == "model=bpr;defense=none;attack=bandwagon;seed=1;sweep=models.bpr.factors=4,bpr,none,bandwagon,1,models.bpr.factors=4,clean,,,hr@10,0.25")
        #expect(lines[2].hasSuffix(",perturbed,0.5,,hr@10,0.125"))
        #expect(lines[3].hasSuffix(",detection,,pca,precision,0.5"))
    }

    @Test func jsonRowsUseSnakeCaseKeys() throws {
        let data = Data(try RunExports.json(of: try run()).utf8)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(rows.count == 5)
        #expect(Set(rows[1].keys) == ["cell_key", "model", "defense", "attack", "seed", "sweep", "phase", "epsilon", "metric", "value"])
        #expect(rows[1]["epsilon"] as? Double == 0.5)
        #expect(rows[2]["detector"] as? String == "pca")
    }

    @Test func epochLinesAreOneObjectEach() throws {
        let lines = try RunExports.epochLines(of: try run()).split(separator: "\n")
        #expect(lines.count == 2)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["epoch"] as? Int == 2 && second["validation"] as? Double == 0.1)
    }

    @Test func writesTheFilesIntoTheRunDirectory() throws {
        let folder = TemporaryDirectory()
        var stored = try run()
        stored.metadata = RunMetadata(studyName: "s", configurationYAML: "experiment: {}\n", recshieldVersion: "0", createdAt: "t", totalCells: 2)
        try RunExports.write(stored, to: URL(fileURLWithPath: folder.path))
        for name in ["config.yaml", "metrics.csv", "metrics.json", "epochs.jsonl"] {
            #expect(FileManager.default.fileExists(atPath: folder.file(name)))
        }
    }
}
