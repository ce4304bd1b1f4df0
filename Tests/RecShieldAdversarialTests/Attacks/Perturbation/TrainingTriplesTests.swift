import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct TrainingTriplesTests {
    @Test func oneTriplePerInteractionWithAnUnobservedNegative() {
        let training = PerturbationFixtures.training
        let triples = TrainingTriples(training: training, seed: 3)
        #expect(triples.count == training.entryCount)
        for n in 0..<triples.count {
            #expect(training.contains(row: Int(triples.users[n]), column: Int(triples.positives[n])))
            #expect(!training.contains(row: Int(triples.users[n]), column: Int(triples.negatives[n])))
        }
        #expect(triples == TrainingTriples(training: training, seed: 3))
        #expect(triples != TrainingTriples(training: training, seed: 4))
    }

    @Test func usersWithEveryItemGiveNoTriple() {
        let full = SparseMatrix(rowCount: 2, columnCount: 2, rows: [0, 0, 1], columns: [0, 1, 0], values: nil)
        let triples = TrainingTriples(training: full, seed: 0)
        #expect(triples.users == [1] && triples.negatives == [1])
    }
}
