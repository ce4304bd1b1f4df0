import ArgumentParser
import RecShield

/// The models `recshield defend` can retrain: one small switch from a name to a training closure.
enum DetectionModelChoice: String, CaseIterable, ExpressibleByArgument {
    /// ``ItemMeanBaseline`` (damped item means; rated data).
    case itemMean = "item-mean"
    /// ``NeuMF`` with its default configuration (implicit feedback; ratings are ignored).
    case neumf

    var defaultValueDescription: String { rawValue }

    /// Trains the model on `data`.
    /// - Throws: the model's data and configuration errors.
    func train(_ data: InteractionDataset) throws -> any Recommender {
        switch self {
        case .itemMean:
            return try ItemMeanBaseline(training: data)
        case .neumf:
            var trainer = try NeuMFTrainer(interactions: data.byUser())
            trainer.train()
            return trainer.model
        }
    }
}
