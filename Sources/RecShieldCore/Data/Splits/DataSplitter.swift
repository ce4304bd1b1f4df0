/// A strategy that divides a data set into a ``DataSplit``.
///
/// Conformers: ``RandomHoldoutSplit``, ``LeaveOneOutSplit``, ``TemporalSplit``. ``KFoldSplit``
/// makes several splits and has its own API. Randomised strategies take their seed at creation
/// and give the same split for the same data and seed.
public protocol DataSplitter: Sendable {
    /// The split of `dataset`.
    /// - Throws: ``DataError`` when the data does not suit the strategy (e.g. no timestamps).
    func split(_ dataset: InteractionDataset) throws -> DataSplit
}
