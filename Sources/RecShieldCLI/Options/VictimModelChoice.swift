import ArgumentParser
import RecShield

/// The models `recshield attack-effect` and `recshield perturb --train` train, each with its
/// library defaults and the command's `--seed` (a small stand-in until the commands share a model
/// factory).
///
/// | Value | Model | Settings |
/// |---|---|---|
/// | `mf` | ``ExplicitMatrixFactorization`` | 64 factors, 30 epochs, α 0.01, λ 0.08, biases; needs ratings |
/// | `bpr` | ``BPRMatrixFactorization`` | 64 factors, 50 epochs, α 0.05, λ 0.001, item biases |
/// | `itemknn` | ``ItemKNN`` | 50 neighbours, cosine, implicit scores |
/// | `userknn` | ``UserKNN`` | 50 neighbours, cosine, implicit scores |
/// | `neumf` | ``NeuMF`` | GMF 16, MLP 2 × 32 → [64, 32, 16], 4 negatives, 20 epochs, Adam 0.001 |
/// | `vbpr` | ``VBPR`` | 32 + 32 factors, 50 epochs; needs item features (`perturb --features`) |
/// | `pop` | ``PopularityBaseline`` | interaction counts |
///
/// Implicit models treat every interaction (whatever its rating) as a positive.
enum VictimModelChoice: String, CaseIterable, ExpressibleByArgument {
    case mf, bpr, itemknn, userknn, neumf, vbpr, pop

    var defaultValueDescription: String { rawValue }

    /// Whether the model predicts ratings, so its clean utility is RMSE rather than a ranking metric.
    var predictsRatings: Bool { self == .mf }

    /// Trains the model on `data` with its defaults and `seed`.
    /// - Parameter features: item features in `data`'s item indices (VBPR only).
    /// - Throws: ``DataError`` when the data does not suit the model (``ModelError`` is translated
    ///   so the command exits with 65), or VBPR has no features.
    func train(on data: InteractionDataset, seed: UInt64, features: ItemFeatureMatrix? = nil) throws -> any Recommender {
        do {
            switch self {
            case .mf: return try trainExplicitMF(on: data, seed: seed)
            case .bpr: return try trainBPR(on: data, seed: seed)
            case .itemknn: return try ItemKNN(training: data)
            case .userknn: return try UserKNN(training: data)
            case .neumf: return try trainNeuMF(on: data, seed: seed)
            case .vbpr: return try trainVBPR(on: data, seed: seed, features: features)
            case .pop: return PopularityBaseline(training: data)
            }
        } catch let error as ModelError {
            throw Self.dataError(error, model: rawValue)
        }
    }

    func trainExplicitMF(on data: InteractionDataset, seed: UInt64) throws -> ExplicitMatrixFactorization {
        var configuration = ExplicitMatrixFactorization.Configuration()
        configuration.training.seed = seed
        return try ExplicitMatrixFactorization.train(on: data, configuration: configuration)
    }

    func trainBPR(on data: InteractionDataset, seed: UInt64) throws -> BPRMatrixFactorization {
        var configuration = BPRMatrixFactorization.Configuration()
        configuration.training.seed = seed
        return try BPRMatrixFactorization.train(on: data, configuration: configuration)
    }

    func trainNeuMF(on data: InteractionDataset, seed: UInt64) throws -> NeuMF {
        var configuration = NeuMF.Configuration()
        configuration.seed = seed
        return try NeuMF.train(on: data, configuration: configuration)
    }

    func trainVBPR(on data: InteractionDataset, seed: UInt64, features: ItemFeatureMatrix?) throws -> VBPR {
        guard let features else {
            throw DataError.invalidParameter(name: "model", value: "vbpr", expected: "item features (--features FILE)")
        }
        var configuration = VBPR.Configuration()
        configuration.seed = seed
        return try VBPR.train(on: data, features: features, configuration: configuration)
    }

    /// A model error as a data error: missing model files exit with 66, everything else with 65.
    static func dataError(_ error: ModelError, model: String) -> DataError {
        switch error {
        case let .fileNotFound(path):
            return .fileNotFound(path: path)
        case let .unreadable(path, _), let .truncated(path, _, _), let .notAModelFile(path),
            let .unsupportedVersion(path, _, _), let .checksumMismatch(path, _, _), let .malformed(path, _),
            let .wrongKind(path, _, _), let .missingArray(path, _), let .unwritable(path, _),
            let .unknownKind(path, _), let .unknownUser(path, _):
            return .unreadable(path: path, reason: error.description)
        case .invalidParameter, .unsuitableData:
            return .invalidParameter(name: "model", value: model, expected: "data and settings it can train on (\(error))")
        }
    }
}
