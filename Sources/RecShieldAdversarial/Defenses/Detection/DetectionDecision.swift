import RecShieldCore

/// How a detector turns per-user scores into flagged users. Each case has one meaning:
///
/// - `top_n` (int ≥ 1): flag the `n` users with the highest suspicion scores (ties: lower user
///   index first) — PCA-VarSelect's rule, which needs the number of suspected profiles.
/// - `probability_threshold` (float in [0, 1]): flag users whose calibrated probability is at
///   least the threshold. What the probability means depends on the detector's calibration
///   (a Platt-scaled probability of being fake for supervised detectors, the percentile of the
///   score for unsupervised ones).
/// - `score_threshold` (float): flag users whose raw score is at least the threshold, on the
///   detector's own scale (robust z-score for ``RobustScoreDetector``).
///
/// JSON: `{"top_n": 30}`, `{"probability_threshold": 0.5}` or `{"score_threshold": 3}`.
public enum DetectionDecision: Sendable, Equatable, Hashable {
    /// The `n` highest scores.
    case topN(Int)
    /// Calibrated probability at least this value.
    case probabilityThreshold(Double)
    /// Raw score at least this value.
    case scoreThreshold(Double)

    /// Checks the parameter.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` for `n < 1`, a probability
    ///   outside [0, 1] or a score threshold that is NaN.
    public func validate() throws {
        switch self {
        case let .topN(count) where count < 1:
            throw DataError.invalidParameter(name: "top-n", value: "\(count)", expected: "an integer ≥ 1")
        case let .probabilityThreshold(value) where !(0...1).contains(value):
            throw DataError.invalidParameter(name: "probability threshold", value: "\(value)", expected: "a number in [0, 1]")
        case let .scoreThreshold(value) where value.isNaN:
            throw DataError.invalidParameter(name: "score threshold", value: "nan", expected: "a number")
        default:
            return
        }
    }

    /// Which users this rule flags.
    /// - Parameters:
    ///   - scores: one suspicion score per user.
    ///   - probabilities: one calibrated probability per user.
    ///   - isActive: whether each user can be flagged at all (has interactions).
    /// - Throws: the errors of ``validate()``.
    public func flags(scores: [Double], probabilities: [Double], isActive: [Bool]) throws -> [Bool] {
        try validate()
        precondition(scores.count == isActive.count && probabilities.count == isActive.count, "one value per user")
        switch self {
        case let .topN(count):
            let ranked = isActive.indices.filter { isActive[$0] }
                .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            var flags = [Bool](repeating: false, count: isActive.count)
            for user in ranked.prefix(count) { flags[user] = true }
            return flags
        case let .probabilityThreshold(threshold):
            return isActive.indices.map { isActive[$0] && probabilities[$0] >= threshold }
        case let .scoreThreshold(threshold):
            return isActive.indices.map { isActive[$0] && scores[$0] >= threshold }
        }
    }
}

extension DetectionDecision: CustomStringConvertible {
    /// `top-n 30`, `probability ≥ 0.5` or `score ≥ 3`.
    public var description: String {
        switch self {
        case let .topN(count): return "top-n \(count)"
        case let .probabilityThreshold(value): return "probability ≥ \(value)"
        case let .scoreThreshold(value): return "score ≥ \(value)"
        }
    }
}

extension DetectionDecision: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case topN = "top_n"
        case probabilityThreshold = "probability_threshold"
        case scoreThreshold = "score_threshold"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath,
                debugDescription: "expected exactly one of 'top_n', 'probability_threshold' and 'score_threshold'"))
        }
        switch key {
        case .topN: self = .topN(try container.decode(Int.self, forKey: key))
        case .probabilityThreshold: self = .probabilityThreshold(try container.decode(Double.self, forKey: key))
        case .scoreThreshold: self = .scoreThreshold(try container.decode(Double.self, forKey: key))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .topN(count): try container.encode(count, forKey: .topN)
        case let .probabilityThreshold(value): try container.encode(value, forKey: .probabilityThreshold)
        case let .scoreThreshold(value): try container.encode(value, forKey: .scoreThreshold)
        }
    }
}
