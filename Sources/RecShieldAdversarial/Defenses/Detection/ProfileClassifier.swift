/// The classifier inside a ``SupervisedDetector``, and how to train one.
public enum ProfileClassifier: Sendable, Equatable {
    /// A trained logistic regression.
    case logisticRegression(LogisticRegression)
    /// A trained multilayer perceptron.
    case mlp(MLPProfileClassifier)

    /// Which classifier to train, with its settings.
    public enum Kind: Sendable, Equatable, Hashable {
        /// ``LogisticRegression``.
        case logisticRegression(LogisticRegression.Configuration)
        /// ``MLPProfileClassifier``.
        case mlp(MLPProfileClassifier.Configuration)

        /// The detector name for this kind: `supervised-logistic` or `supervised-mlp`.
        public var detectorName: String {
            switch self {
            case .logisticRegression: return "supervised-logistic"
            case .mlp: return "supervised-mlp"
            }
        }

        /// - Throws: the settings' validation errors.
        public func validate() throws {
            switch self {
            case let .logisticRegression(configuration): try configuration.validate()
            case let .mlp(configuration): try configuration.validate()
            }
        }

        /// Trains this kind on standardised rows.
        func train(rows: [Double], width: Int, labels: [Bool]) -> ProfileClassifier {
            switch self {
            case let .logisticRegression(configuration):
                return .logisticRegression(LogisticRegression(fitting: rows, width: width, labels: labels, configuration: configuration))
            case let .mlp(configuration):
                return .mlp(MLPProfileClassifier(fitting: rows, width: width, labels: labels, configuration: configuration))
            }
        }
    }

    /// The logit of each standardised row (row-major, `width` columns).
    public func logits(_ rows: [Double], width: Int) -> [Double] {
        switch self {
        case let .logisticRegression(model):
            return stride(from: 0, to: rows.count, by: width).map { model.logit(rows[$0..<($0 + width)]) }
        case let .mlp(model):
            return model.logits(rows)
        }
    }
}
