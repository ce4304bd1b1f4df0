extension GANConfiguration: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case noiseDimension = "noise_dimension"
        case generatorHiddenLayers = "generator_hidden_layers"
        case discriminatorHiddenLayers = "discriminator_hidden_layers"
        case generatorSlope = "generator_slope"
        case discriminatorSlope = "discriminator_slope"
        case loss, epochs
        case batchSize = "batch_size"
        case generatorLearningRate = "generator_learning_rate"
        case discriminatorLearningRate = "discriminator_learning_rate"
        case beta1, beta2
        case discriminatorSteps = "discriminator_steps"
        case diagnosticSampleSize = "diagnostic_sample_size"
        case seed
    }

    /// Decodes the snake_case keys listed on ``GANConfiguration``; an absent key keeps its
    /// default for the decoded loss. Values are not range-checked here: call ``validate()``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(loss: try container.decodeIfPresent(GANLoss.self, forKey: .loss) ?? .standard)
        func read<Value: Decodable>(_ key: CodingKeys, _ value: inout Value) throws {
            if let decoded = try container.decodeIfPresent(Value.self, forKey: key) { value = decoded }
        }
        try read(.noiseDimension, &noiseDimension)
        try read(.generatorHiddenLayers, &generatorHiddenLayers)
        try read(.discriminatorHiddenLayers, &discriminatorHiddenLayers)
        try read(.generatorSlope, &generatorSlope)
        try read(.discriminatorSlope, &discriminatorSlope)
        try read(.epochs, &epochs)
        try read(.batchSize, &batchSize)
        try read(.generatorLearningRate, &generatorLearningRate)
        try read(.discriminatorLearningRate, &discriminatorLearningRate)
        try read(.beta1, &beta1)
        try read(.beta2, &beta2)
        discriminatorSteps = try container.decodeIfPresent(Int.self, forKey: .discriminatorSteps)
        try read(.diagnosticSampleSize, &diagnosticSampleSize)
        try read(.seed, &seed)
    }

    /// Encodes every key, `discriminator_steps` as null when it follows the loss's default.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(noiseDimension, forKey: .noiseDimension)
        try container.encode(generatorHiddenLayers, forKey: .generatorHiddenLayers)
        try container.encode(discriminatorHiddenLayers, forKey: .discriminatorHiddenLayers)
        try container.encode(generatorSlope, forKey: .generatorSlope)
        try container.encode(discriminatorSlope, forKey: .discriminatorSlope)
        try container.encode(loss, forKey: .loss)
        try container.encode(epochs, forKey: .epochs)
        try container.encode(batchSize, forKey: .batchSize)
        try container.encode(generatorLearningRate, forKey: .generatorLearningRate)
        try container.encode(discriminatorLearningRate, forKey: .discriminatorLearningRate)
        try container.encode(beta1, forKey: .beta1)
        try container.encode(beta2, forKey: .beta2)
        try container.encode(discriminatorSteps, forKey: .discriminatorSteps)
        try container.encode(diagnosticSampleSize, forKey: .diagnosticSampleSize)
        try container.encode(seed, forKey: .seed)
    }
}
