import RecShieldCore
import Testing

@Suite struct TRECRunTests {
    @Test func parsesQueryDocumentAndScoreIgnoringRankAndExtraFields() throws {
        let run = try TRECRun(parsing: "1 Q0 d1 7 2.5 tag extra\n1 Q0 d2 x -1e2 tag\n2 Q0 d1 1 0 tag\n")
        #expect(run.results == [
            "1": [.init(document: "d1", score: 2.5), .init(document: "d2", score: -100)],
            "2": [.init(document: "d1", score: 0)],
        ])
    }

    @Test(arguments: [
        ("1 Q0 d1 1 2.5\n", 1, "1 Q0 d1 1 2.5", "expected 6 whitespace-separated fields"),
        ("1 Q0 d1 1 2.5 t\n1 Q0 d2 2 high t\n", 2, "1 Q0 d2 2 high t", "score 'high' is not a number"),
        ("1 Q0 d1 1 nan t\n", 1, "1 Q0 d1 1 nan t", "score 'nan' is not a number"),
        ("1 Q0 d1 1 2 t\n2 Q0 d1 1 2 t\n1 Q0 d1 2 1 t\n", 3, "1 Q0 d1 2 1 t",
         "document 'd1' appears twice for query '1' (first on line 1)"),
    ])
    func malformedRowsNameFileLineAndText(text: String, line: Int, row: String, reason: String) {
        do {
            _ = try TRECRun(parsing: text, path: "run.txt")
            Issue.record("expected an error")
        } catch let DataError.malformedRow(path, errorLine, errorText, errorReason) {
            #expect(path == "run.txt")
            #expect(errorLine == line)
            #expect(errorText == row)
            #expect(errorReason.contains(reason), "\(errorReason)")
            #expect(DataError.malformedRow(path: path, line: errorLine, text: errorText, reason: errorReason)
                .description.hasPrefix("run.txt:\(line): "))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func fileWithoutDataRowsIsEmpty() {
        #expect(throws: DataError.emptyFile(path: "run.txt")) { try TRECRun(parsing: "", path: "run.txt") }
    }
}
