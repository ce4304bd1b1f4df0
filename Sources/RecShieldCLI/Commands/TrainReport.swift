import RecShield

/// What `recshield train` prints: the data and split, how training went, the test metrics and
/// where the model went. JSON keys are the snake_case names of the properties.
struct TrainReport: Encodable {
    var model: String
    var data: String
    var split: String
    var users: Int
    var items: Int
    var trainInteractions: Int
    var validationInteractions: Int?
    var testInteractions: Int
    var evaluatedUsers: Int
    /// Epochs run (0 for models built in one pass).
    var epochs: Int
    /// Wall-clock seconds of training, set-up and validation included.
    var trainSeconds: Double
    /// Mean seconds of one epoch's updates, or `nil` for models built in one pass.
    var epochSeconds: Double?
    /// Samples per second over the epochs alone, or `nil` for models built in one pass.
    var samplesPerSecond: Double?
    var evaluateSeconds: Double
    /// Metric values by lower-case name, e.g. `"hr@10"`.
    var metrics: [String: Double]
    var out: String

    enum CodingKeys: String, CodingKey {
        case model, data, split, users, items
        case trainInteractions = "train_interactions"
        case validationInteractions = "validation_interactions"
        case testInteractions = "test_interactions"
        case evaluatedUsers = "evaluated_users"
        case epochs
        case trainSeconds = "train_seconds"
        case epochSeconds = "epoch_seconds"
        case samplesPerSecond = "samples_per_second"
        case evaluateSeconds = "evaluate_seconds"
        case metrics, out
    }

    /// Always writes every key (`null` for absent optionals), so the JSON shape is stable.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(model, forKey: .model)
        try container.encode(data, forKey: .data)
        try container.encode(split, forKey: .split)
        try container.encode(users, forKey: .users)
        try container.encode(items, forKey: .items)
        try container.encode(trainInteractions, forKey: .trainInteractions)
        try container.encode(validationInteractions, forKey: .validationInteractions)
        try container.encode(testInteractions, forKey: .testInteractions)
        try container.encode(evaluatedUsers, forKey: .evaluatedUsers)
        try container.encode(epochs, forKey: .epochs)
        try container.encode(trainSeconds, forKey: .trainSeconds)
        try container.encode(epochSeconds, forKey: .epochSeconds)
        try container.encode(samplesPerSecond, forKey: .samplesPerSecond)
        try container.encode(evaluateSeconds, forKey: .evaluateSeconds)
        try container.encode(metrics, forKey: .metrics)
        try container.encode(out, forKey: .out)
    }

    /// Labelled lines for people.
    func summary(kind: ModelKind) -> String {
        let grouped = DataInspectCommand.grouped
        var training = "\(String(format2: trainSeconds)) s"
        if epochs > 0 {
            training = "\(epochs) epochs in " + training
            if let samplesPerSecond { training += " (\(String(format2: samplesPerSecond / 1e6)) M samples/s)" }
        }
        var parts = "\(grouped(trainInteractions)) train"
        if let validationInteractions { parts += ", \(grouped(validationInteractions)) validation" }
        parts += ", \(grouped(testInteractions)) test"
        let rows = [
            ("Model", "\(model) (\(kind.title))"),
            ("Data", "\(data): \(grouped(users)) users, \(grouped(items)) items"),
            ("Split", "\(split): \(parts)"),
            ("Training", training),
            ("Evaluation", "\(grouped(evaluatedUsers)) users in \(String(format2: evaluateSeconds)) s"),
            ("Saved", out),
        ]
        let width = rows.map(\.0.count).max() ?? 0
        let lines = rows.map { $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// `value` with two decimals, without Foundation's formatter.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = abs(hundredths % 100)
        self = "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
