import ArgumentParser
import RecShield

/// The models `recshield defend` can retrain: one small switch from a name to a training closure.
enum DetectionModelChoice: String, CaseIterable, ExpressibleByArgument {
    /// ``ItemMeanBaseline`` (damped item means; rated data).
    case itemMean = "item-mean"
    /// Explicit matrix factorisation (rated data).
    case mf
    /// BPR-MF (implicit feedback; ratings are ignored).
    case bpr
    /// ``NeuMF`` (implicit feedback; ratings are ignored).
    case neumf
    /// Item-based nearest neighbours (implicit scoring).
    case itemknn
    /// User-based nearest neighbours (implicit scoring).
    case userknn
    /// Most popular items.
    case pop

    var defaultValueDescription: String { rawValue }

    /// Trains the model on `data` with its library defaults and seed 0, so the clean, attacked and
    /// sanitised models differ only in their data.
    /// - Throws: the model's data and configuration errors.
    func train(_ data: InteractionDataset) throws -> any Recommender {
        guard let kind = ModelKind(rawValue: rawValue) else { return try ItemMeanBaseline(training: data) }
        return try ModelTrainer.train(kind: kind, settings: ModelSettings(seed: 0), on: data)
    }
}
