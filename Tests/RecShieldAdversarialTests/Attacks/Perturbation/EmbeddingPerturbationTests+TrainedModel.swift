import RecShieldCore
import Testing
@testable import RecShieldAdversarial

extension EmbeddingPerturbationTests {
    // MARK: - A trained model

    /// The APR observation on a small trained BPR-MF (300 users × 40 items in 4 taste groups,
    /// leave-one-out): FGSM on the embeddings costs far more NDCG@10 than random noise with the
    /// same per-row norms. (The same holds for seeds 7 and 9 of the data.)
    @Test func fgsmHurtsATrainedBPRMoreThanRandomNoiseOfTheSameNorm() throws {
        let split = try PerturbationFixtures.groupedSplit(users: 300, items: 40, groups: 4, inside: 0.5, outside: 0.05, seed: 8)
        let configuration = BPRMatrixFactorization.Configuration(
            training: TrainingConfiguration(factors: 8, epochs: 20, learningRate: 0.05, regularization: 0.001, seed: 3))
        let model = try BPRMatrixFactorization.train(on: split.train, configuration: configuration)
        let training = split.train.byUser()
        let test = split.test.byUser()
        func ndcg<Model: Recommender>(_ model: Model) throws -> Double {
            try UtilityMetric.evaluate([.ranking(.ndcg(10))], of: model, test: test, training: training, threads: 1)[0]
        }
        let clean = try ndcg(model)
        for epsilon in [Float(0.5), 1] {
            func drop(_ method: EmbeddingPerturbation.Method) throws -> Double {
                let attack = EmbeddingPerturbation(method: method, budget: PerturbationBudget(epsilon: epsilon), seed: 9)
                return clean - (try ndcg(try attack.apply(to: model, training: training).model))
            }
            let random = try drop(.random)
            let fgsm = try drop(.fgsm)
            #expect(fgsm > 1.5 * random, "ε = \(epsilon): FGSM drop \(fgsm), random drop \(random)")
        }
    }
}
