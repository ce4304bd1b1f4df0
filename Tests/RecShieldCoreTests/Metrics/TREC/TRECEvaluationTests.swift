import Numerics
import RecShieldCore
import Testing

@Suite struct TRECEvaluationTests {
    /// q1: graded judgements, d9 relevant but never retrieved. q2: judged, nothing relevant.
    /// q3: judged but not in the run (ignored).
    let qrels = """
        q1 0 d1 1
        q1 0 d2 0
        q1 0 d3 2
        q1 0 d4 1
        q1 0 d9 1
        q2 0 a 0
        q2 0 b 0
        q3 0 x 1
        """
    /// The rank column contradicts the scores on purpose: it must be ignored. d1 and d3 tie at
    /// 0.5. q4 has no judgements (ignored).
    let run = """
        q1 Q0 d2 5 0.9 tag
        q1 Q0 d1 1 0.5 tag
        q1 Q0 d3 2 0.5 tag
        q1 Q0 d5 3 0.4 tag
        q1 Q0 d4 4 0.1 tag
        q2 Q0 a 1 1.0 tag
        q4 Q0 z 1 1.0 tag
        """

    func evaluate(qrels: String, run: String) throws -> TRECEvaluation {
        try TRECEvaluation(qrels: TRECQrels(parsing: qrels), run: TRECRun(parsing: run))
    }

    func expectClose(_ value: Double?, _ expected: Double, _ label: String) {
        #expect(value?.isApproximatelyEqual(to: expected, absoluteTolerance: 1e-12) == true, "\(label): \(String(describing: value)) vs \(expected)")
    }
}

// MARK: - Hand-computed, checked against trec_eval

extension TRECEvaluationTests {
    @Test func handComputedPerQueryAndMeans() throws {
        let evaluation = try evaluate(qrels: qrels, run: run)
        #expect(evaluation.queries == ["q1", "q2"])
        // q1 ranking: d2 (0.9, rel 0), d3 (0.5, rel 2 — the tie goes to the larger docno),
        // d1 (0.5, rel 1), d5 (0.4, unjudged), d4 (0.1, rel 1). R = 4 (d1, d3, d4, d9).
        // Relevant at ranks 2, 3, 5.
        //   P_5 = 3/5; P_10 = 3/10 (only 5 retrieved, still /10); recall_10 = 3/4;
        //   map = (1/2 + 2/3 + 3/5) / 4 = 0.4416667; recip_rank = 1/2;
        //   DCG = 2/log₂3 + 1/log₂4 + 1/log₂6 = 2.1487129; ideal gains 2,1,1,1:
        //   IDCG = 2 + 1/log₂3 + 1/log₂4 + 1/log₂5 = 3.5616068 → ndcg_cut_10 = 0.6032987.
        // trec_eval 9 (through pytrec_eval) prints the same six numbers.
        let q1 = evaluation.perQuery[0]
        expectClose(q1[.precisionAt5], 0.6, "P_5")
        expectClose(q1[.precisionAt10], 0.3, "P_10")
        expectClose(q1[.recallAt10], 0.75, "recall_10")
        expectClose(q1[.meanAveragePrecision], (0.5 + 2.0 / 3 + 0.6) / 4, "map")
        expectClose(q1[.reciprocalRank], 0.5, "recip_rank")
        expectClose(q1[.ndcgCut10], 0.6032986597513975, "ndcg_cut_10")
        // q2 has no relevant document: every measure is 0, and it still counts in the means.
        for measure in TRECMeasure.allCases { expectClose(evaluation.perQuery[1][measure], 0, "q2 \(measure)") }
        expectClose(evaluation.mean(of: .precisionAt5), 0.3, "mean P_5")
        expectClose(evaluation.mean(of: .ndcgCut10), 0.6032986597513975 / 2, "mean ndcg_cut_10")
        #expect(evaluation.summary(of: .reciprocalRank).count == 2)
    }

    @Test func tiesBreakByDocumentIDDescendingAsBytes() throws {
        // Scores tie; "d9" > "d10" byte-wise ('9' > '1'), so d9 ranks first even though 9 < 10.
        let evaluation = try evaluate(qrels: "q 0 d9 1\nq 0 d10 0", run: "q Q0 d10 1 3 t\nq Q0 d9 2 3 t")
        expectClose(evaluation.perQuery[0][.reciprocalRank], 1, "recip_rank")
        // Swapping which one is relevant moves the first hit to rank 2.
        let swapped = try evaluate(qrels: "q 0 d9 0\nq 0 d10 1", run: "q Q0 d10 1 3 t\nq Q0 d9 2 3 t")
        expectClose(swapped.perQuery[0][.reciprocalRank], 0.5, "recip_rank")
    }

    @Test func ndcgUsesGradedGainsAndTheQrelsIdeal() throws {
        // Retrieved gains 1, 3 (d2 holds 3 but ranks second). DCG = 1 + 3/log₂3 = 2.8927893;
        // ideal from the qrels: 3, 2, 1 → 3 + 2/log₂3 + 1/log₂4 = 4.7618595 → 0.6074915 (trec_eval agrees).
        let evaluation = try evaluate(
            qrels: "q 0 d1 1\nq 0 d2 3\nq 0 d3 2", run: "q Q0 d1 1 2.0 t\nq Q0 d2 2 1.0 t")
        let expected = (1 + 3 / Double.log2(3)) / (3 + 2 / Double.log2(3) + 0.5)
        expectClose(evaluation.perQuery[0][.ndcgCut10], expected, "ndcg_cut_10")
    }

    @Test func noQueryInCommonIsAnError() throws {
        #expect(throws: DataError.self) { try evaluate(qrels: "a 0 d 1", run: "b Q0 d 1 1 t") }
    }
}
