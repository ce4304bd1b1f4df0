/// Dense real-valued side features per item — e.g. content embeddings computed by a pretrained
/// language or vision model — aligned with the item indices of a data set.
///
/// Stored row-major in one contiguous buffer (`itemCount × dimension`). Items the feature file did
/// not cover have zero rows and `hasFeatures[item] == false`, so models can tell "no features" from
/// "features that happen to be zero".
public struct ItemFeatureMatrix: Sendable, Equatable {
    /// The length of each feature vector.
    public let dimension: Int
    /// Row-major values, `itemCount × dimension`.
    public var values: [Float]
    /// Whether each item had a row in the source.
    public var hasFeatures: [Bool]

    /// Creates a matrix from row-major values.
    /// - Precondition: `values.count == hasFeatures.count * dimension`.
    public init(dimension: Int, values: [Float], hasFeatures: [Bool]) {
        precondition(values.count == hasFeatures.count * dimension, "feature matrix shape mismatch")
        self.dimension = dimension
        self.values = values
        self.hasFeatures = hasFeatures
    }

    /// The number of item rows.
    public var itemCount: Int { hasFeatures.count }

    /// The feature vector of `item`.
    public func features(ofItem item: Int) -> ArraySlice<Float> {
        values[(item * dimension)..<((item + 1) * dimension)]
    }
}
