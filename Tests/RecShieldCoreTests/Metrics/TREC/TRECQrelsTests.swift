import RecShieldCore
import Testing

@Suite struct TRECQrelsTests {
    @Test func parsesJudgementsIgnoringTheIterationField() throws {
        let qrels = try TRECQrels(parsing: "301 0 doc-a 1\n301\tQ9  doc-b   0\n302 0 doc-a -1\n", path: "q.txt")
        #expect(qrels.judgments == ["301": ["doc-a": 1, "doc-b": 0], "302": ["doc-a": -1]])
        #expect(qrels.path == "q.txt")
    }

    @Test(arguments: [
        ("301 0 d1 1\n301 0 d2\n", 2, "301 0 d2", "expected 4 whitespace-separated fields"),
        ("301 0 d1 1 extra\n", 1, "301 0 d1 1 extra", "found 5"),
        ("301 0 d1 yes\n", 1, "301 0 d1 yes", "relevance 'yes' is not an integer"),
        ("301 0 d1 1.5\n", 1, "301 0 d1 1.5", "is not an integer"),
        ("301 0 d1 1\n\n301 0 d1 0\n", 3, "301 0 d1 0", "judged twice for query '301' (first on line 1)"),
    ])
    func malformedRowsNameFileLineAndText(text: String, line: Int, row: String, reason: String) {
        do {
            _ = try TRECQrels(parsing: text, path: "q.txt")
            Issue.record("expected an error")
        } catch let DataError.malformedRow(path, errorLine, errorText, errorReason) {
            #expect(path == "q.txt")
            #expect(errorLine == line)
            #expect(errorText == row)
            #expect(errorReason.contains(reason), "\(errorReason)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func fileWithoutDataRowsIsEmpty() {
        #expect(throws: DataError.emptyFile(path: "q.txt")) { try TRECQrels(parsing: "# only a comment\n\n", path: "q.txt") }
    }
}
