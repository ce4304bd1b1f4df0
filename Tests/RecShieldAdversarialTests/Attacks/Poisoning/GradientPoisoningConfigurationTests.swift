import Foundation
import RecShieldCore
import Testing
@testable import RecShieldAdversarial

@Suite struct GradientPoisoningConfigurationTests {
    @Test func defaultsMatchTheHeuristicBudget() {
        let defaults = GradientPoisoningConfiguration()
        let heuristic = AttackConfiguration()
        #expect(defaults.fakeUsers == heuristic.fakeUsers && defaults.filler == heuristic.filler && defaults.targets == heuristic.targets)
        #expect(defaults.rounds == 3 && defaults.innerSteps == 5 && defaults.cutoff == 10)
        #expect(defaults.surrogateFactors == 32 && defaults.surrogateRegularization == 5 && defaults.surrogateIterations == 10)
    }

    @Test func jsonHasEveryKeyInSnakeCase() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(GradientPoisoningConfiguration())) as? [String: Any])
        #expect(Set(object.keys) == [
            "kind", "fake_users", "filler", "targets", "seed", "rounds", "inner_steps", "cutoff", "surrogate_factors",
            "surrogate_regularization", "surrogate_iterations",
        ])
        #expect(object["kind"] as? String == "gradient")
    }

    @Test func missingKeysTakeTheDefaultsAndTheKindMustBeGradient() throws {
        let decoded = try JSONDecoder().decode(GradientPoisoningConfiguration.self, from: Data(#"{"kind": "gradient", "rounds": 7}"#.utf8))
        var expected = GradientPoisoningConfiguration()
        expected.rounds = 7
        #expect(decoded == expected)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(GradientPoisoningConfiguration.self, from: Data(#"{"kind": "random"}"#.utf8))
        }
    }

    @Test(arguments: ["inner steps", "cut-off", "surrogate factors", "surrogate iterations"])
    func integerSettingsBelowOneAreRejected(name: String) {
        var configuration = GradientPoisoningConfiguration()
        let value = 0
        switch name {
        case "inner steps": configuration.innerSteps = value
        case "cut-off": configuration.cutoff = value
        case "surrogate factors": configuration.surrogateFactors = value
        default: configuration.surrogateIterations = value
        }
        #expect(throws: DataError.invalidParameter(name: name, value: "\(value)", expected: "an integer ≥ 1")) {
            try configuration.validate()
        }
    }

    @Test func regularizationMustBePositive() {
        for value in [0, -1, Double.nan] {
            var configuration = GradientPoisoningConfiguration()
            configuration.surrogateRegularization = value
            #expect(throws: DataError.self) { try configuration.validate() }
        }
    }
}
