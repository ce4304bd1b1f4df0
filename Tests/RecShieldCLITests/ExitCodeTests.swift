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
}
