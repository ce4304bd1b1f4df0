import ArgumentParser
import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct DataOptionsTests {
    @Test func defaultsMatchTheLibrary() throws {
        let options = try DataOptions.parse([])
        #expect(try options.loadOptions() == LoadOptions())
        #expect(options.format == .auto)
    }

    @Test func flagsMapToLoadOptions() throws {
        let options = try DataOptions.parse([
            "--format", "delimited", "--separator", "tab", "--columns", "user,_,item", "--header",
            "--on-bad-row", "skip", "--duplicates", "mean",
        ])
        let expected = LoadOptions(
            badRowPolicy: .skip, duplicatePolicy: .mean, separator: "\t",
            columns: .positional([.user, nil, .item]), hasHeader: true)
        #expect(try options.loadOptions() == expected)
        #expect(options.format == .delimited)
    }

    @Test func multiCharacterSeparatorsPassUnchanged() throws {
        #expect(try DataOptions.parse(["--separator", "::"]).resolvedSeparator == "::")
        #expect(try DataOptions.parse(["--separator", "\\t"]).resolvedSeparator == "\t")
    }
}
