import Numerics
import RecShieldCore
import RecShieldTestSupport
import Testing
@testable import RecShieldAdversarial

@Suite struct ALSSurrogateTests {
    static let interactions = Checkerboard(size: 8).implicit.byUser()

    @Test func everyIterationLowersTheObjective() {
        var previous = Double.infinity
        for iterations in 1...5 {
            let surrogate = ALSSurrogate(interactions: Self.interactions, factors: 3, regularization: 0.5, iterations: iterations, seed: 2)
            let objective = surrogate.objective(on: Self.interactions)
            #expect(objective <= previous + 1e-9)
            previous = objective
        }
    }

    /// The item step is the exact minimiser given `P`: its gradient
    /// `−2 Σ_u (x_uj − p_u·q_j) p_u + 2λq_j` vanishes after an iteration (which ends with it).
    @Test func itemStepZeroesTheGradientOfTheItemRows() {
        let surrogate = ALSSurrogate(interactions: Self.interactions, factors: 3, regularization: 0.5, iterations: 2, seed: 2)
        for item in 0..<8 {
            for k in 0..<3 {
                var gradient = 2 * 0.5 * surrogate.itemFactors[item * 3 + k]
                for user in 0..<8 {
                    let x: Double = Self.interactions.contains(row: user, column: item) ? 1 : 0
                    gradient -= 2 * (x - surrogate.score(user: user, item: item)) * surrogate.userFactors[user * 3 + k]
                }
                #expect(abs(gradient) < 1e-9)
            }
        }
    }

    @Test func recoversTheCheckerboardsWithheldItems() {
        let surrogate = ALSSurrogate(interactions: Self.interactions, factors: 2, regularization: 0.1, iterations: 10, seed: 1)
        let board = Checkerboard(size: 8)
        for user in 0..<8 {
            let withheld = board.withheldItem(ofUser: user)
            for other in 0..<8 where board.group(of: other) != board.group(of: user) {
                #expect(surrogate.score(user: user, item: withheld) > surrogate.score(user: user, item: other))
            }
        }
    }

    @Test func sameSeedSameFactors() {
        let a = ALSSurrogate(interactions: Self.interactions, factors: 3, regularization: 0.5, iterations: 3, seed: 4)
        let b = ALSSurrogate(interactions: Self.interactions, factors: 3, regularization: 0.5, iterations: 3, seed: 4)
        #expect(a.itemFactors == b.itemFactors && a.userFactors == b.userFactors)
    }
}
