import Testing
@testable import RecShieldCore

@Suite struct SplitCSVReaderTokenizerTests {
    static func records(_ text: String) throws -> [SplitCSVReader.Tokenizer.Record] {
        try SplitCSVReader.Tokenizer(bytes: Array(text.utf8), path: "f.csv").records()
    }

    @Test func quotedFieldsLineEndingsAndLineNumbers() throws {
        let records = try Self.records("\u{FEFF}a,\"b,c\"\r\n\"multi\nline\",\"say \"\"hi\"\"\"\n\nlast,\n")
        #expect(records.map(\.fields) == [["a", "b,c"], ["multi\nline", "say \"hi\""], ["last", ""]])
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test func finalLineWithoutLineFeed() throws {
        #expect(try Self.records("x,y\nz,w").map(\.fields) == [["x", "y"], ["z", "w"]])
    }

    @Test(arguments: [
        ("a,\"open\nb,c\n", 1, "a quoted field is never closed"),
        ("ok,1\na,\"b\"c\n", 2, "text after the closing quote of a field"),
        ("ok,1\nok,2\na,b\"c\n", 3, "a quote inside an unquoted field; quote the whole field"),
    ])
    func malformedQuotingIsReportedWithItsLine(text: String, line: Int, reason: String) throws {
        let error = try #require(throws: DataError.self) { try Self.records(text) }
        guard case let .malformedRow(path, errorLine, _, errorReason) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(path == "f.csv" && errorLine == line && errorReason == reason)
    }

    @Test func invalidUTF8IsReported() throws {
        let bytes = Array("u,i\nu,".utf8) + [0xFF, 0xFE] + Array("\n".utf8)
        #expect(throws: DataError.undecodableBytes(path: "f.csv", line: 2, encoding: "UTF-8")) {
            try SplitCSVReader.Tokenizer(bytes: bytes, path: "f.csv").records()
        }
    }
}
