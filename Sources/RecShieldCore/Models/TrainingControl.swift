/// What a training callback asks for after an epoch.
public enum TrainingControl: Sendable, Equatable {
    /// Run the next epoch (unless the configured number is reached or early stopping ends training).
    case `continue`
    /// Stop now and return the model as it is.
    case stop
}
