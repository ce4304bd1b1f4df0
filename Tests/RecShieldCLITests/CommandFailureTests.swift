import ArgumentParser
import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct CommandFailureTests {
    @Test func dataErrorsExitWith65AndMissingFilesWith66() throws {
        let bad = CommandFailure.wrapping(DataError.emptyFile(path: "x.csv"))
        #expect((bad as? ExitCode)?.rawValue == 65)
        let missing = CommandFailure.wrapping(DataError.fileNotFound(path: "x.csv"))
        #expect((missing as? ExitCode)?.rawValue == 66)
    }
}

extension CommandFailureTests {
    // MARK: - Model errors

    @Test(arguments: [
        (ModelError.fileNotFound(path: "m"), Int32(66)),
        (.unreadable(path: "m", reason: "denied"), 66),
        (.truncated(path: "m", expectedBytes: 100, actualBytes: 10), 65),
        (.checksumMismatch(path: "m", stored: 1, computed: 2), 65),
        (.notAModelFile(path: "m"), 65),
        (.wrongKind(path: "m", expected: "vbpr", found: "neumf"), 65),
        (.unknownKind(path: "m", kind: "x"), 65),
        (.unknownUser(path: "m", user: "u"), 65),
        (.unsuitableData(model: "mf", reason: "no ratings"), 65),
        (.invalidParameter(name: "epochs", value: "-1", expected: "0 or more"), 64),
        (.unwritable(path: "m", reason: "full"), 1),
    ])
    func modelErrorsMapToTheirExitCodes(error: ModelError, code: Int32) {
        #expect((CommandFailure.wrapping(error) as? ExitCode)?.rawValue == code)
    }

    @Test func modelConfigurationErrorsAreUsageErrors() {
        let neighborhood = NeighborhoodConfiguration.ConfigurationError.invalidSetting(name: "k", value: "0", requirement: "> 0")
        #expect((CommandFailure.wrapping(neighborhood) as? ExitCode)?.rawValue == 64)
        let neuMF = NeuMF.ConfigurationError.invalidSetting(name: "epochs", value: "-1", requirement: "0 or more")
        #expect((CommandFailure.wrapping(neuMF) as? ExitCode)?.rawValue == 64)
    }
}
