#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct MetricsCommandTests {
    /// q1: relevant at ranks 1 and 3 of 3 retrieved, R = 2 → P_5 = 2/5, P_10 = 2/10, recall_10 = 1,
    /// map = (1 + 2/3)/2 = 0.8333, recip_rank = 1, ndcg_cut_10 = (1 + 1/2)/(1 + 1/log₂3) = 0.9197.
    /// q2: its only relevant document is not retrieved → all 0.
    let qrels = "q1 0 a 1\nq1 0 b 0\nq1 0 c 1\nq2 0 z 1\n"
    let run = "q1 Q0 a 1 3 t\nq1 Q0 b 2 2 t\nq1 Q0 c 3 1 t\nq2 Q0 y 1 1 t\n"

    func evaluation() throws -> TRECEvaluation {
        try TRECEvaluation(qrels: TRECQrels(parsing: qrels), run: TRECRun(parsing: run))
    }

    /// Writes `text` to a new temporary file and returns its path.
    func temporaryFile(_ text: String) throws -> String {
        var template = Array("/tmp/recshield-metrics-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        try #require(bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count)
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}

// MARK: - Output

extension MetricsCommandTests {
    @Test func tablePrintsMeansToFourDecimalsWithTheQueryCount() throws {
        // Means over q1 and q2: 0.2, 0.1, 0.5, 0.45985 → 0.4599, 0.41667 → 0.4167, 0.5.
        #expect(MetricsCommand.tableReport(try evaluation()) == """
            metric         value  queries
            P_5           0.2000        2
            P_10          0.1000        2
            recall_10     0.5000        2
            ndcg_cut_10   0.4599        2
            map           0.4167        2
            recip_rank    0.5000        2

            """)
    }

    @Test func jsonUsesSnakeCaseKeys() throws {
        let json = MetricsCommand.jsonReport(try evaluation())
        #expect(json.hasPrefix("{\n  \"p_5\": 0.2,\n  \"p_10\": 0.1,\n  \"recall_10\": 0.5,\n  \"ndcg_cut_10\": 0.45986"))
        #expect(json.hasSuffix("  \"recip_rank\": 0.5,\n  \"queries\": 2\n}\n"))
    }

    @Test(arguments: [(0.60329, "0.6033"), (1, "1.0000"), (0, "0.0000"), (0.00005, "0.0001"), (0.99996, "1.0000"), (-0.25, "-0.2500")])
    func fixedRoundsToFourDecimals(value: Double, text: String) {
        #expect(MetricsCommand.fixed(value) == text)
    }
}

// MARK: - Running

extension MetricsCommandTests {
    @Test func runsOnFiles() throws {
        let qrelsPath = try temporaryFile(qrels)
        let runPath = try temporaryFile(run)
        defer { unlink(qrelsPath); unlink(runPath) }
        let command = try MetricsCommand.parse(["--qrels", qrelsPath, "--run", runPath, "--json"])
        #expect(command.json)
        try command.run()
    }

    @Test func malformedRunExitsWith65AndMissingFileWith66() throws {
        let qrelsPath = try temporaryFile(qrels)
        let runPath = try temporaryFile("q1 Q0 a 1 high t\n")
        defer { unlink(qrelsPath); unlink(runPath) }
        #expect {
            try MetricsCommand.parse(["--qrels", qrelsPath, "--run", runPath]).run()
        } throws: { error in
            (CommandFailure.wrapping(error) as? ExitCode)?.rawValue == 65
                && "\(error)" == "\(runPath):1: score 'high' is not a number: \"q1 Q0 a 1 high t\""
        }
        #expect {
            try MetricsCommand.parse(["--qrels", "/nonexistent/qrels.txt", "--run", runPath]).run()
        } throws: { error in
            (CommandFailure.wrapping(error) as? ExitCode)?.rawValue == 66
        }
    }

    @Test func bothFilesAreRequired() {
        #expect(throws: (any Error).self) { try MetricsCommand.parse(["--qrels", "q.txt"]) }
    }
}
