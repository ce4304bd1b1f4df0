/// Turns rated data into implicit feedback: keeps the interactions rated at least a threshold and
/// drops the ratings (see ``InteractionDataset/implicit(threshold:)``).
///
/// Typical use: MovieLens ratings ≥ 4 as positive implicit feedback.
public struct RatingThresholdFilter: DatasetFilter, Equatable {
    /// The lowest rating that counts as a positive interaction.
    public let threshold: Float

    /// Creates the filter.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when `threshold` is not finite.
    public init(threshold: Float) throws {
        guard threshold.isFinite else {
            throw DataError.invalidParameter(
                name: "rating threshold", value: "\(threshold)", expected: "a finite number")
        }
        self.threshold = threshold
    }

    /// The implicit data set of the interactions rated at least ``threshold``.
    /// - Throws: ``DataError/invalidParameter(name:value:expected:)`` when the data has no ratings.
    public func filter(_ dataset: InteractionDataset) throws -> FilterResult {
        guard dataset.isRated else {
            throw DataError.invalidParameter(
                name: "rating threshold", value: "\(threshold)",
                expected: "a data set with ratings (this one is implicit; drop the threshold)")
        }
        let kept = dataset.implicit(threshold: threshold)
        return FilterResult(original: dataset, kept: kept, rounds: kept.count < dataset.count ? 1 : 0)
    }
}
