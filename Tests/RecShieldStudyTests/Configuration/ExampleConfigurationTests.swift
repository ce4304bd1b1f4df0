import Foundation
import Testing
@testable import RecShieldStudy

/// Every configuration in `Examples/` stays valid as the schema evolves.
@Suite struct ExampleConfigurationTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    @Test func thereAreExamples() {
        #expect(Self.files.count >= 6)
    }

    @Test(arguments: files)
    func exampleValidatesAndExpands(name: String) throws {
        let configuration = try StudyConfiguration(contentsOf: Self.examples.appendingPathComponent(name).path)
        #expect(!(try StudyGrid(configuration).cells.isEmpty))
    }
}
