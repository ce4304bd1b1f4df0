import Testing
@testable import RecShieldCore

@Suite struct ModelSettingsTests {
    @Test(arguments: [
        (ModelSettings(factors: 8, epochs: 3, learningRate: 0.1, regularization: 0.01), ModelKind.bpr, nil),
        (ModelSettings(factors: 8, epochs: 3, learningRate: 0.1), .neumf, nil),
        (ModelSettings(regularization: 0.01), .neumf, "regularization"),
        (ModelSettings(neighbors: 5, similarity: .adjustedCosine, feedback: .explicit), .userknn, nil),
        (ModelSettings(neighbors: 5), .bpr, "neighbors"),
        (ModelSettings(similarity: .cosine), .mf, "similarity"),
        (ModelSettings(feedback: .implicit), .pop, "feedback"),
        (ModelSettings(neighborLists: .ratedItems), .itemknn, nil),
        (ModelSettings(neighborLists: .ratedItems), .userknn, "neighbor lists"),
        (ModelSettings(factors: 8), .itemknn, "factors"),
        (ModelSettings(epochs: 8), .random, "epochs"),
        (ModelSettings(learningRate: 0.1), .pop, "learning rate"),
        (ModelSettings(threads: 2, seed: 9), .random, nil),
        (ModelSettings(threads: 0), .bpr, "threads"),
        (ModelSettings(patience: 0), .mf, "patience"),
    ] as [(ModelSettings, ModelKind, String?)])
    func settingsAModelDoesNotUseAreRejectedByName(settings: ModelSettings, kind: ModelKind, rejected: String?) {
        do {
            try settings.check(for: kind)
            #expect(rejected == nil)
        } catch let ModelError.invalidParameter(name, _, _) {
            #expect(name == rejected)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func theMessageNamesTheModelsThatUseTheSetting() {
        #expect(throws: ModelError.invalidParameter(
            name: "regularization", value: "0.5", expected: "no value for neumf (only mf, bpr, vbpr use it)")) {
            try ModelSettings(regularization: 0.5).check(for: .neumf)
        }
    }
}
