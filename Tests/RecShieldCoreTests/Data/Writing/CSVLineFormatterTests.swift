import Testing
@testable import RecShieldCore

@Suite struct CSVLineFormatterTests {
    @Test(arguments: [
        ("plain", "plain"), ("", ""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("crlf\r\n", "\"crlf\r\n\""), (" padded", "\" padded\""), ("é ü", "é ü"),
    ])
    func quotesOnlyWhenNeeded(field: String, expected: String) {
        #expect(CSVLineFormatter.line([field]) == expected + "\n")
    }

    @Test func lineJoinsAndEnds() {
        #expect(CSVLineFormatter.line(["1", "x,y", ""]) == "1,\"x,y\",\n")
    }
}
