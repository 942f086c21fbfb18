public enum TrainingState: Sendable, Hashable {
    case running
    case paused
    case finished
    /// A NaN or infinite loss stopped the run; the reason names where.
    case diverged(reason: String)
}
