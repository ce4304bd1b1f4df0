import Numerics
import RecShieldTestSupport
import Testing
@testable import RecShieldCore

@Suite struct BinaryCrossEntropyTests {
    @Test(arguments: [(-3, 0), (-0.4, 1), (0, 1), (1.2, 0), (2.5, 1), (0.7, 0.3)] as [(Float, Float)])
    func lossMatchesLogForm(logit: Float, label: Float) {
        let p = 1 / (1 + Double.exp(-Double(logit)))
        let expected = -Double(label) * Double.log(p) - (1 - Double(label)) * Double.log(1 - p)
        let loss = Double(BinaryCrossEntropy.loss(logit: logit, label: label))
        #expect(loss.isApproximatelyEqual(to: expected, relativeTolerance: 1e-5))
    }

    @Test(arguments: [(-3, 0), (-0.4, 1), (0, 1), (1.2, 0), (2.5, 1), (0.7, 0.3)] as [(Float, Float)])
    func gradientMatchesFiniteDifference(logit: Float, label: Float) {
        let numeric = FiniteDifference.gradient(at: [logit]) { point in
            Double(BinaryCrossEntropy.loss(logit: point[0], label: label))
        }
        let analytic = [BinaryCrossEntropy.gradient(logit: logit, label: label)]
        #expect(FiniteDifference.mismatches(analytic, numeric, absoluteTolerance: 1e-4).isEmpty)
    }

    @Test func confidentWrongPredictionsStayFinite() {
        // log σ(−200) computed directly would be log(0) = −∞; the softplus form gives 200.
        #expect(BinaryCrossEntropy.loss(logit: -200, label: 1) == 200)
        #expect(BinaryCrossEntropy.loss(logit: 200, label: 0) == 200)
        #expect(BinaryCrossEntropy.gradient(logit: -200, label: 1) == -1)
        #expect(BinaryCrossEntropy.loss(logit: 200, label: 1) == 0)
    }

    @Test func batchTotalAndScaledGradients() {
        let logits: [Float] = [0.5, -1, 2]
        let labels: [Float] = [1, 0, 0]
        var gradients = [Float](repeating: 0, count: 3)
        let total = logits.withUnsafeBufferPointer { s in
            labels.withUnsafeBufferPointer { y in
                gradients.withUnsafeMutableBufferPointer { g in
                    BinaryCrossEntropy.totalLoss(logits: s, labels: y, gradients: g, scale: 0.5)
                }
            }
        }
        let expected = zip(logits, labels).map { Double(BinaryCrossEntropy.loss(logit: $0, label: $1)) }
        #expect(total.isApproximatelyEqual(to: expected.reduce(0, +)))
        for index in 0..<3 {
            let single = BinaryCrossEntropy.gradient(logit: logits[index], label: labels[index])
            #expect(gradients[index] == 0.5 * single)
        }
    }
}
