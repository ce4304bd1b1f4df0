import Testing
@testable import RecShieldStudy

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("", "abc", 3), ("abc", "abc", 0), ("kitten", "sitting", 3), ("pac", "pca", 1),
        ("learnig_rate", "learning_rate", 1), ("flaw", "lawn", 2),
    ])
    func editDistance(a: String, b: String, expected: Int) {
        #expect(Suggestion.editDistance(a, b) == expected)
        #expect(Suggestion.editDistance(b, a) == expected)
    }

    @Test func closestNeedsToBeClose() {
        #expect(Suggestion.closest(to: "bprr", among: ["mf", "bpr", "neumf"]) == "bpr")
        #expect(Suggestion.closest(to: "zzzzzz", among: ["mf", "bpr", "neumf"]) == nil)
        #expect(Suggestion.closest(to: "x", among: []) == nil)
    }
}
