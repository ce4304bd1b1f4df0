import Foundation
import RecShieldTestSupport
import Testing

/// `recshield study …` run as a user would, through the built executable.
@Suite struct StudyCommandTests {
    static let tiny = """
        experiment: {name: tiny, seeds: [1, 2], output_dir: run}
        dataset:
          synthetic: {users: 30, items: 40, interactions: 300}
        models:
          - {kind: neumf, factors: 4, epochs: 1, batch_size: 64, hidden_layers: [4]}
        attacks:
          - {kind: random, fake_user_count: 3, filler_count: 4, targets: {pool: unpopular, count: 2}}
        """

    /// Runs `recshield` with `arguments` inside `folder`.
    func run(_ arguments: [String], in folder: TemporaryDirectory) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = ExitCodeTests.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    @Test func defaultsValidate() throws {
        let folder = TemporaryDirectory()
        let defaults = try run(["study", "defaults"], in: folder)
        #expect(defaults.status == 0)
        folder.write("study.yaml", defaults.stdout)
        let validated = try run(["study", "validate", "study.yaml"], in: folder)
        #expect(validated.status == 0)
        #expect(validated.stdout == "study.yaml: valid — 3 cells (1 model × 1 defense × 3 seeds)\n")
    }

    @Test func typoExitsWith65AndNamesTheKey() throws {
        let folder = TemporaryDirectory()
        folder.write("study.yaml", "models:\n  - kind: bpr\n    epocs: 3\n")
        let result = try run(["study", "validate", "study.yaml"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("recshield: study.yaml:3: models[0].epocs: unknown key 'epocs'"))
        #expect(result.stderr.hasSuffix("did you mean 'epochs'?\n"))
        #expect(try run(["study", "validate", "missing.yaml"], in: folder).status == 66)
    }

    @Test func runWritesResultsAndRefusesToOverwrite() throws {
        let folder = TemporaryDirectory()
        folder.write("study.yaml", Self.tiny)
        let first = try run(["study", "run", "study.yaml", "--quiet"], in: folder)
        #expect(first.status == 0)
        #expect(first.stdout.contains("neumf / none"))
        for name in ["results.sqlite", "config.yaml", "metrics.csv", "metrics.json", "epochs.jsonl", "report.html", "report.md"] {
            #expect(FileManager.default.fileExists(atPath: folder.file("run/" + name)), "missing \(name)")
        }
        let again = try run(["study", "run", "study.yaml", "--quiet"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("pass --resume"))
        let resumed = try run(["study", "run", "study.yaml", "--resume", "--quiet"], in: folder)
        #expect(resumed.status == 0)
        let report = try run(["study", "report", "run", "--format", "json"], in: folder)
        #expect(report.status == 0 && report.stdout.contains("\"done_cells\" : 2"))
    }

    @Test func shardsMergeIntoTheWholeRun() throws {
        let folder = TemporaryDirectory()
        folder.write("study.yaml", Self.tiny)
        #expect(try run(["study", "run", "study.yaml", "--shard", "0/2", "--quiet"], in: folder).status == 0)
        let fromEnvironment = try run(["study", "run", "study.yaml", "--shard-from-env", "--shard-count", "2", "--quiet"], in: folder)
        #expect(fromEnvironment.status == 64)
        #expect(try run(["study", "run", "study.yaml", "--shard", "1/2", "--quiet"], in: folder).status == 0)
        let merged = try run(["study", "merge", "run/shard-0-of-2", "run/shard-1-of-2", "--out", "merged"], in: folder)
        #expect(merged.status == 0)
        #expect(merged.stdout == "merged: 2 of 2 cells (2 added, 0 already present, 0 failed)\n")
        #expect(try run(["study", "run", "study.yaml", "--shard", "2/2"], in: folder).status == 64)
        #expect(try run(["study", "report", "nowhere"], in: folder).status == 66)
    }
}
