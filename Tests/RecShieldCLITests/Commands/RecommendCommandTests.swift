import ArgumentParser
import RecShield
import RecShieldTestSupport
import Testing
@testable import RecShieldCLI

@Suite struct RecommendCommandTests {
    @Test func recommendsUnseenItemsByRawID() throws {
        let (folder, path) = try EvaluateCommandTests.trained(.itemknn)
        defer { withExtendedLifetime(folder) {} }
        try RecommendCommand.parse(["--model", path, "--user", "u1", "--count", "3"]).run()
        try RecommendCommand.parse(["--model", path, "--user", "u1", "--json"]).run()
        // Leave-one-out trains u1 on m5 (other group, rated 1) and m1, m2, m3; its own group's
        // m0 (rated last) is held out, so item-based neighbours put it first.
        let top = try ModelFile.load(from: path).recommendations(forUser: "u1", count: 4)
        #expect(top.first?.item == "m0")
        #expect(top.allSatisfy { !["m1", "m2", "m3", "m5"].contains($0.item) })
    }

    @Test func anUnknownUserIsAModelError() throws {
        let (folder, path) = try EvaluateCommandTests.trained(.pop)
        defer { withExtendedLifetime(folder) {} }
        #expect(throws: ModelError.unknownUser(path: path, user: "u99")) {
            try RecommendCommand.parse(["--model", path, "--user", "u99"]).run()
        }
    }

    @Test func aCountBelowOneIsAUsageError() {
        #expect(throws: (any Error).self) { try RecommendCommand.parse(["--model", "m", "--user", "u", "--count", "0"]) }
    }
}
