import Foundation
import RecShieldTestSupport
import Testing

/// Runs the built `recshield` executable as a user would and checks exit codes and stderr.
@Suite struct ExitCodeTests {
    /// The `recshield` binary next to the test bundle in the build folder.
    static var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("recshield")
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
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

    @Test func theExecutableIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable.path))
    }

    @Test(arguments: [
        ("userId,movieId,rating,timestamp\n1,10,abc,0\n", Int32(65)),
        ("", Int32(65)),
        ("userId,movieId,rating,timestamp\n1,10\n", Int32(65)),
        ("userId,movieId,rating,timestamp\n1,10,4.0,0\n", Int32(0)),
    ])
    func malformedFilesExitWith65AndOneStderrLine(contents: String, expected: Int32) throws {
        let folder = TemporaryDirectory()
        let path = folder.write("ratings.csv", contents)
        let result = try Self.run(["data", "inspect", path])
        #expect(result.status == expected)
        if expected != 0 {
            #expect(result.stderr.hasPrefix("recshield: \(path)"))
            #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        }
    }

    @Test func missingInputExitsWith66AndUsageErrorsWith64() throws {
        #expect(try Self.run(["data", "inspect", "/nonexistent/ratings.csv"]).status == 66)
        #expect(try Self.run(["data", "inspect"]).status == 64)
        #expect(try Self.run(["data", "split", "x", "--strategy", "sideways", "--out", "y"]).status == 64)
    }

    @Test func modelFilesThatAreMissingOrBrokenExitWith66And65AndOneStderrLine() throws {
        let folder = TemporaryDirectory()
        let data = folder.write("ratings.csv", "userId,movieId,rating,timestamp\n1,10,4.0,1\n1,20,3.0,2\n2,10,5.0,3\n")
        let model = folder.file("pop.model")
        #expect(try Self.run(["train", "--data", data, "--model", "pop", "--out", model, "--quiet"]).status == 0)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: model)))
        let truncated = folder.write("cut.model", bytes: Array(bytes.prefix(bytes.count - 5)))
        var flippedBytes = bytes
        flippedBytes[bytes.count - 2] ^= 1
        let flipped = folder.write("flipped.model", bytes: flippedBytes)
        for (arguments, expected) in [
            (["recommend", "--model", folder.file("absent.model"), "--user", "1"], Int32(66)),
            (["recommend", "--model", truncated, "--user", "1"], 65),
            (["evaluate", "--model", flipped, "--data", data], 65),
            (["recommend", "--model", data, "--user", "1"], 65),
            (["recommend", "--model", model, "--user", "no-such-user"], 65),
        ] {
            let result = try Self.run(arguments)
            #expect(result.status == expected, "\(arguments)")
            #expect(result.stderr.hasPrefix("recshield: ") && result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        }
        let good = try Self.run(["recommend", "--model", model, "--user", "1", "--json"])
        #expect(good.status == 0 && good.stdout.contains("\"recommendations\""))
    }

    @Test func badModelOptionsAreUsageErrors() throws {
        for arguments in [
            ["train", "--data", "d.csv", "--model", "neumf", "--regularization", "0.1", "--out", "m"],
            ["train", "--data", "d.csv", "--model", "bpr", "--split", "random:2", "--out", "m"],
            ["evaluate", "--model", "m", "--data", "d.csv", "--metrics", "hr,bogus"],
            ["recommend", "--model", "m", "--user", "1", "--count", "0"],
        ] {
            #expect(try Self.run(arguments).status == 64, "\(arguments)")
        }
    }
}
