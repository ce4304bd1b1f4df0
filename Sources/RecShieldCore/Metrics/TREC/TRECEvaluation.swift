#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Evaluates a ``TRECRun`` against ``TRECQrels`` with `trec_eval`'s semantics (default options),
/// so numbers match `trec_eval -m P.5,10 -m recall.10 -m ndcg_cut.10 -m map -m recip_rank`.
///
/// - Ranking: the run's rank column is ignored; each query's documents are sorted by score,
///   descending, ties broken by document ID **descending** (byte-wise, as C `strcmp`).
/// - Queries: only those present in both files are evaluated (a query judged in the qrels but
///   missing from the run is ignored, as without `trec_eval -c`; a run query without judgements is
///   ignored). A query that is judged but has no relevant document is evaluated and scores 0 on
///   every measure, exactly as `trec_eval` does. Means are taken over the evaluated queries,
///   summed in query-ID order.
/// - Measures: see ``TRECMeasure``.
///
/// References:
/// - NIST `trec_eval` (github.com/usnistgov/trec_eval): `form_res_rels.c` for the ranking rule,
///   `m_P.c`, `m_recall.c`, `m_map.c`, `m_ndcg_cut.c`, `m_recip_rank.c` for the measures.
public struct TRECEvaluation: Sendable, Equatable {
    /// The evaluated queries, sorted by ID (byte-wise ascending).
    public let queries: [String]
    /// `perQuery[q][measure]` is the measure's value for `queries[q]`.
    public let perQuery: [[TRECMeasure: Double]]

    /// Evaluates `run` against `qrels`.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when no query is in both.
    public init(qrels: TRECQrels, run: TRECRun) throws {
        let common = run.results.keys.filter { qrels.judgments[$0] != nil }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        guard !common.isEmpty else {
            throw DataError.invalidParameter(
                name: "run", value: run.path, expected: "at least one query that is also judged in \(qrels.path)")
        }
        queries = common
        perQuery = common.map { query in
            Self.measures(ranking: run.results[query] ?? [], judgments: qrels.judgments[query] ?? [:])
        }
    }

    /// The mean of `measure` over the evaluated queries.
    public func mean(of measure: TRECMeasure) -> Double {
        var sum = 0.0
        for values in perQuery { sum += values[measure] ?? 0 }
        return sum / Double(perQuery.count)
    }

    /// The mean, spread and 95% confidence interval of `measure` over queries.
    public func summary(of measure: TRECMeasure) -> MetricSummary {
        MetricSummary(values: perQuery.map { $0[measure] ?? 0 })
    }

    /// The documents in `trec_eval` order: score descending, then document ID descending.
    static func ranked(_ entries: [TRECRun.Entry]) -> [TRECRun.Entry] {
        entries.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            return b.document.utf8.lexicographicallyPrecedes(a.document.utf8)
        }
    }

    /// Every ``TRECMeasure`` for one query.
    static func measures(ranking entries: [TRECRun.Entry], judgments: [String: Int]) -> [TRECMeasure: Double] {
        let relevantCount = judgments.values.filter { $0 >= 1 }.count
        var hitsAt5 = 0
        var hitsAt10 = 0
        var relevantSoFar = 0
        var precisionSum = 0.0
        var firstRelevantRank: Int?
        var dcg = 0.0
        for (index, entry) in ranked(entries).enumerated() {
            let rank = index + 1
            let relevance = judgments[entry.document] ?? 0
            if relevance >= 1 {
                relevantSoFar += 1
                precisionSum += Double(relevantSoFar) / Double(rank)
                if rank <= 5 { hitsAt5 += 1 }
                if rank <= 10 { hitsAt10 += 1 }
                if firstRelevantRank == nil { firstRelevantRank = rank }
            }
            if rank <= 10 && relevance > 0 { dcg += Double(relevance) / log2(Double(rank + 1)) }
        }
        let idealGains = judgments.values.filter { $0 > 0 }.sorted(by: >).prefix(10)
        var idealDCG = 0.0
        for (index, gain) in idealGains.enumerated() { idealDCG += Double(gain) / log2(Double(index + 2)) }
        return [
            .precisionAt5: Double(hitsAt5) / 5,
            .precisionAt10: Double(hitsAt10) / 10,
            .recallAt10: relevantCount > 0 ? Double(hitsAt10) / Double(relevantCount) : 0,
            .ndcgCut10: idealDCG > 0 ? dcg / idealDCG : 0,
            .meanAveragePrecision: relevantCount > 0 ? precisionSum / Double(relevantCount) : 0,
            .reciprocalRank: firstRelevantRank.map { 1 / Double($0) } ?? 0,
        ]
    }
}
