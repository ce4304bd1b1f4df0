import Foundation
import RecShieldCore

/// The plain-file copies of a run's results, written next to `results.sqlite` so they can be read
/// without SQLite:
///
/// - `config.yaml`: the resolved configuration.
/// - `metrics.csv`: one row per measured value, columns `cell_key, model, defense, attack, seed,
///   sweep, phase, epsilon, detector, metric, value` — metric rows carry a phase
///   (clean, attacked, defended, perturbed) and detection rows phase `detection`, a detector and
///   metric `precision`, `recall`, `f1` or `auc`.
/// - `metrics.json`: the same rows as a JSON array of objects with those keys (`epsilon` and
///   `detector` left out when empty).
/// - `epochs.jsonl`: one JSON object per line and epoch: `cell_key, model, epoch, loss, validation`.
///
/// Files are replaced atomically, so a reader never sees half a file.
public enum RunExports {
    /// One row of `metrics.csv` / `metrics.json`.
    ///
    /// JSON keys: `cell_key`, `model`, `defense`, `attack`, `seed`, `sweep`, `phase`, `epsilon`,
    /// `detector`, `metric`, `value`.
    public struct Row: Sendable, Equatable, Codable {
        /// The cell's key.
        public var cellKey: String
        /// The model entry.
        public var model: String
        /// The defense entry.
        public var defense: String
        /// The attack entry (``StudyCell/noAttack`` without one).
        public var attack: String
        /// The experiment seed.
        public var seed: UInt64
        /// The sweep label.
        public var sweep: String
        /// A ``MetricPhase`` raw value, or `detection`.
        public var phase: String
        /// The perturbation size, or `nil`.
        public var epsilon: Double?
        /// The detector, for detection rows.
        public var detector: String?
        /// The metric's name.
        public var metric: String
        /// The value.
        public var value: Double

        enum CodingKeys: String, CodingKey {
            case cellKey = "cell_key"
            case model, defense, attack, seed, sweep, phase, epsilon, detector, metric, value
        }
    }

    /// The rows of every finished cell, in cell order.
    public static func rows(of run: StoredRun) -> [Row] {
        run.doneCells.flatMap { cell in
            func row(_ phase: String, _ epsilon: Double?, _ detector: String?, _ metric: String, _ value: Double) -> Row {
                Row(
                    cellKey: cell.key, model: cell.model, defense: cell.defense, attack: cell.attack, seed: cell.seed,
                    sweep: cell.sweep, phase: phase, epsilon: epsilon, detector: detector, metric: metric, value: value)
            }
            let metrics = cell.result.metrics.map { row($0.phase.rawValue, $0.epsilon, nil, $0.name, $0.value) }
            let detections = cell.result.detections.flatMap { detection in
                [("precision", detection.precision), ("recall", detection.recall), ("f1", detection.f1)]
                    .map { row("detection", nil, detection.detector, $0.0, $0.1) }
                    + (detection.auc.map { [row("detection", nil, detection.detector, "auc", $0)] } ?? [])
            }
            return metrics + detections
        }
    }

    /// `metrics.csv` as text.
    public static func csv(of run: StoredRun) -> String {
        let header = ["cell_key", "model", "defense", "attack", "seed", "sweep", "phase", "epsilon", "detector", "metric", "value"]
        return rows(of: run).reduce(CSVLineFormatter.line(header)) { text, row in
            text + CSVLineFormatter.line([
                row.cellKey, row.model, row.defense, row.attack, "\(row.seed)", row.sweep, row.phase,
                row.epsilon.map { "\($0)" } ?? "", row.detector ?? "", row.metric, "\(row.value)",
            ])
        }
    }

    /// `metrics.json` as text.
    public static func json(of run: StoredRun) throws -> String {
        String(decoding: try encoder(pretty: true).encode(rows(of: run)), as: UTF8.self) + "\n"
    }

    /// `epochs.jsonl` as text.
    public static func epochLines(of run: StoredRun) throws -> String {
        struct Line: Encodable {
            var cell_key: String
            var model: String
            var epoch: Int
            var loss: Double
            var validation: Double?
        }
        let encoder = encoder(pretty: false)
        var text = ""
        for cell in run.doneCells {
            for log in cell.result.epochs {
                let line = Line(cell_key: cell.key, model: log.model, epoch: log.epoch, loss: log.loss, validation: log.validation)
                text += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
            }
        }
        return text
    }

    /// Writes `config.yaml`, `metrics.csv`, `metrics.json` and `epochs.jsonl` into `directory`.
    /// - Throws: when a file cannot be written.
    public static func write(_ run: StoredRun, to directory: URL) throws {
        if let yaml = run.metadata?.configurationYAML {
            try atomicWrite(yaml, to: directory.appendingPathComponent("config.yaml"))
        }
        try atomicWrite(csv(of: run), to: directory.appendingPathComponent("metrics.csv"))
        try atomicWrite(try json(of: run), to: directory.appendingPathComponent("metrics.json"))
        try atomicWrite(try epochLines(of: run), to: directory.appendingPathComponent("epochs.jsonl"))
    }

    /// Writes `text` to `url` through a temporary file and a rename.
    public static func atomicWrite(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }
}
