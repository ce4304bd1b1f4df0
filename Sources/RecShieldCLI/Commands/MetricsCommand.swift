import ArgumentParser
import RecShield

/// `recshield metrics`: evaluates a ranking in TREC run format against TREC qrels, with
/// `trec_eval`'s semantics, so rankings from any system get metrics whose definitions are tested.
struct MetricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "metrics",
        abstract: "Evaluate a TREC-format ranking against relevance judgements, as trec_eval does.",
        discussion: """
            Reports P_5, P_10, recall_10, ndcg_cut_10 (graded gains), map and recip_rank, averaged over \
            the queries present in both files — the numbers `trec_eval -m P.5,10 -m recall.10 \
            -m ndcg_cut.10 -m map -m recip_rank` prints. The run's rank column is ignored: documents \
            are ranked by score, ties broken by document ID descending. Relevance >= 1 is relevant.
            """
    )

    @Option(name: .customLong("qrels"), help: ArgumentHelp("Judgements: one 'query iteration document relevance' row per line.", valueName: "file"))
    var qrelsPath: String

    @Option(name: .customLong("run"), help: ArgumentHelp("Ranking: one 'query Q0 document rank score tag' row per line.", valueName: "file"))
    var runPath: String

    @Flag(help: "Print JSON (snake_case keys) instead of a table.")
    var json = false

    func run() throws {
        let evaluation = try TRECEvaluation(
            qrels: TRECQrels(contentsOfFile: qrelsPath), run: TRECRun(contentsOfFile: runPath))
        print(json ? Self.jsonReport(evaluation) : Self.tableReport(evaluation), terminator: "")
    }

    /// One row per measure: `trec_eval` name, mean to 4 decimals, number of queries averaged.
    static func tableReport(_ evaluation: TRECEvaluation) -> String {
        let queries = String(evaluation.queries.count)
        var lines = [pad("metric", 12) + pad("value", 8, left: true) + "  " + pad("queries", max(7, queries.count), left: true)]
        for measure in TRECMeasure.allCases {
            lines.append(pad(measure.trecName, 12) + pad(fixed(evaluation.mean(of: measure)), 8, left: true)
                + "  " + pad(queries, max(7, queries.count), left: true))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"p_5": …, "p_10": …, "recall_10": …, "ndcg_cut_10": …, "map": …, "recip_rank": …, "queries": n}`.
    static func jsonReport(_ evaluation: TRECEvaluation) -> String {
        let fields = TRECMeasure.allCases.map { "  \"\($0.key)\": \(evaluation.mean(of: $0))" }
            + ["  \"queries\": \(evaluation.queries.count)"]
        return "{\n" + fields.joined(separator: ",\n") + "\n}\n"
    }

    /// `value` rounded to `decimals` places, e.g. `fixed(0.60329) == "0.6033"`.
    static func fixed(_ value: Double, decimals: Int = 4) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = String(Int(scaled - Double(whole) * scale))
        let sign = value < 0 && scaled > 0 ? "-" : ""
        return sign + String(whole) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    private static func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
