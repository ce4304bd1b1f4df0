import RecShieldAdversarial
import RecShieldCore

extension StudyCellExecutor {
    /// The library defense a study defense trains with, or `nil` for `none` and `sanitize`
    /// (which train plainly).
    static func trainingDefense(_ kind: DefenseKind) -> RecShieldAdversarial.DefenseKind? {
        switch kind {
        case .none, .sanitize: return nil
        case .apr: return .apr
        case .amr: return .amr
        case .ganAugment: return .ganAugment
        case .tce: return .tce
        case .rce: return .rce
        }
    }

    /// Trains `spec`'s model on `data` with a training-time defense (APR, AMR, GAN augmentation,
    /// T-CE, R-CE) through ``DefendedTraining``, with the same model settings and seed as the
    /// undefended model, logging each epoch under `log`. GAN augmentation draws its profiles from
    /// a WGAN-GP trained on `data` for 30 epochs.
    /// - Throws: ``StudyError/unsupported(_:)`` naming the entries for a model the defense does
    ///   not train; the models' data errors.
    static func trainDefended(
        _ spec: ModelSpec, defense: DefenseSpec, kind: RecShieldAdversarial.DefenseKind, on data: InteractionDataset,
        features: ItemFeatureMatrix?, seed: UInt64, threads: Int, log: String, into result: inout CellResult
    ) throws -> any ArchivableModel {
        var settings = DefenseSettings()
        settings.epsilon = Float(defense.epsilon)
        settings.adversarialWeight = Float(defense.adversarialWeight)
        settings.mixRatio = defense.mixRatio
        settings.dropRate = defense.dropRate
        settings.profileSeed = seed
        var losses: [EpochLog] = []
        do {
            let model = try DefendedModelConfiguration(
                kind: spec.kind, settings: Self.settings(spec, seed: seed, threads: threads),
                features: spec.kind.needsFeatures ? features : nil)
            var gan = GANConfiguration(loss: .wassersteinGP())
            gan.epochs = 30
            let source: (any FakeProfileSource)? = kind == .ganAugment ? GANProfileSource(configuration: gan, data: data) : nil
            let trained = try DefendedTraining.train(
                kind: kind, settings: settings, model: model, on: data, fakeProfiles: source
            ) { report in
                losses.append(EpochLog(model: log, epoch: report.epoch, loss: report.loss, validation: report.validation))
                return .continue
            }
            result.epochs += losses
            return trained.archivable
        } catch let error as DefenseError {
            throw StudyError.unsupported("defense '\(defense.name)' on model '\(spec.name)': \(error.description)")
        }
    }
}
