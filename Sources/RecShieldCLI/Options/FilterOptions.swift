import ArgumentParser
import RecShield

/// Cleaning filters applied after loading: minimum activity, iterative k-core and the rating
/// threshold that turns explicit ratings into implicit feedback.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Drop users with fewer interactions (one pass).", valueName: "n"))
    var minUserInteractions: Int?

    @Option(help: ArgumentHelp("Drop items with fewer interactions (one pass).", valueName: "n"))
    var minItemInteractions: Int?

    @Option(help: ArgumentHelp("Keep the k-core: repeat until every user and item has at least k interactions.", valueName: "k"))
    var kCore: Int?

    @Option(help: ArgumentHelp("Keep interactions rated at least this and drop the ratings (implicit feedback).", valueName: "rating"))
    var implicitThreshold: Float?

    /// The filters these flags ask for, in the order threshold → minimum → k-core.
    func filters() throws -> [any DatasetFilter] {
        var filters: [any DatasetFilter] = []
        if let implicitThreshold { filters.append(try RatingThresholdFilter(threshold: implicitThreshold)) }
        if minUserInteractions != nil || minItemInteractions != nil {
            filters.append(try MinimumInteractionFilter(
                minimumPerUser: minUserInteractions ?? 1, minimumPerItem: minItemInteractions ?? 1))
        }
        if let kCore { filters.append(try KCoreFilter(k: kCore)) }
        return filters
    }

    /// Applies the filters and prints one line to stderr saying what was removed, if anything.
    func apply(to dataset: InteractionDataset) throws -> InteractionDataset {
        let chosen = try filters()
        guard !chosen.isEmpty else { return dataset }
        let result = try dataset.filtered(by: chosen)
        let report = result.report
        if report.removedInteractions > 0 || report.removedUsers > 0 || report.removedItems > 0 {
            StandardError.write(
                "recshield: filters removed \(report.removedUsers) users, \(report.removedItems) items, "
                    + "\(report.removedInteractions) interactions\n")
        }
        return result.dataset
    }
}
