import Testing
@testable import RecShieldAdversarial

@Suite struct AttackRecoveryTests {
    @Test func theShareOfTheEffectUndone() {
        // HR 0.1 → 0.6 by the attack, back to 0.2 after sanitising: (0.6 − 0.2) / (0.6 − 0.1) = 0.8.
        let recovery = AttackRecovery(measure: "HR@10", clean: 0.1, attacked: 0.6, sanitized: 0.2)
        #expect(abs((recovery.recovered ?? 0) - 0.8) < 1e-12)
        // A nuke lowers the measure; the formula keeps its sign: (1 − 3) / (1 − 4) = 2/3.
        #expect(abs((AttackRecovery(measure: "x", clean: 4, attacked: 1, sanitized: 3).recovered ?? 0) - 2.0 / 3) < 1e-12)
        #expect(AttackRecovery(measure: "x", clean: 0.5, attacked: 0.5, sanitized: 0.4).recovered == nil)
    }
}
