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
