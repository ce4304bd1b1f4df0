import RecShieldCore
import Testing

@Suite struct TRECMeasureTests {
    @Test func namesAndKeys() {
        #expect(TRECMeasure.allCases.map(\.trecName) == ["P_5", "P_10", "recall_10", "ndcg_cut_10", "map", "recip_rank"])
        #expect(TRECMeasure.allCases.map(\.key) == ["p_5", "p_10", "recall_10", "ndcg_cut_10", "map", "recip_rank"])
    }
}
