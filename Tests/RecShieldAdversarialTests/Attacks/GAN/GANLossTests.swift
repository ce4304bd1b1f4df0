import Foundation
import Testing
@testable import RecShieldAdversarial

@Suite struct GANLossTests {
    @Test(arguments: [GANLoss.standard, .wassersteinGP(lambda: 2.5)])
    func roundTripsThroughJSON(loss: GANLoss) throws {
        let data = try JSONEncoder().encode(loss)
        #expect(try JSONDecoder().decode(GANLoss.self, from: data) == loss)
    }

    @Test func encodesKindAndLambda() throws {
        let json = String(decoding: try JSONEncoder().encode(GANLoss.wassersteinGP()), as: UTF8.self)
        #expect(json.contains("\"kind\":\"wasserstein_gp\"") && json.contains("\"lambda\":10"))
        #expect(String(decoding: try JSONEncoder().encode(GANLoss.standard), as: UTF8.self) == #"{"kind":"standard"}"#)
    }

    @Test func papersStepRatiosAndPenaltyWeights() {
        #expect(GANLoss.standard.defaultDiscriminatorSteps == 1)
        #expect(GANLoss.wassersteinGP().defaultDiscriminatorSteps == 5)
        #expect(GANLoss.standard.gradientPenaltyWeight == nil)
        #expect(GANLoss.wassersteinGP(lambda: 3).gradientPenaltyWeight == 3)
    }

    @Test func unknownKindIsADecodingError() {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(GANLoss.self, from: Data(#"{"kind": "hinge"}"#.utf8))
        }
    }
}
