import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct AttackKindChoiceTests {
    @Test func everyHeuristicKindHasAChoiceAndGradientIsTheOnlyOther() {
        for kind in ShillingAttackKind.allCases {
            #expect(AttackKindChoice(rawValue: kind.rawValue)?.shilling == kind)
        }
        #expect(AttackKindChoice.allCases.count == ShillingAttackKind.allCases.count + 1)
        #expect(AttackKindChoice.gradient.shilling == nil && AttackKindChoice.gradient.rawValue == GradientPoisoningConfiguration.kind)
    }
}
