import RecShield
import Testing
@testable import RecShieldCLI

@Suite struct AttackKindChoiceTests {
    @Test func everyHeuristicKindHasAChoiceAndGradientAndGANAreTheOthers() {
        for kind in ShillingAttackKind.allCases {
            #expect(AttackKindChoice(rawValue: kind.rawValue)?.shilling == kind)
        }
        #expect(AttackKindChoice.allCases.count == ShillingAttackKind.allCases.count + 2)
        #expect(AttackKindChoice.gradient.shilling == nil && AttackKindChoice.gradient.rawValue == GradientPoisoningConfiguration.kind)
        #expect(AttackKindChoice.gan.shilling == nil && AttackKindChoice.gan.rawValue == GANAttackRecipe.kind)
    }
}
