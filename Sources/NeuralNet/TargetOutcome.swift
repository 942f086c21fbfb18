/// How one run went toward a `TrainingTarget` (`Trainer.race`).
public struct TargetOutcome: Sendable {
    /// Epochs done (fractional) at the first check that met the target; nil
    /// if no check did. Checks are a few per epoch, so this is an upper
    /// bound, within one check interval.
    public var epochs: Double?
    /// Training-loop seconds at that check, evaluation excluded.
    public var seconds: Double?
    /// The last evaluation: at the target when the run stopped there,
    /// otherwise after the configured epochs (or the divergence).
    public var final: TrainingSnapshot
    public var diverged: Bool
    /// Stopped by the caller before it ended; its numbers are not a result.
    public var interrupted: Bool

    public init(epochs: Double? = nil, seconds: Double? = nil, final: TrainingSnapshot = TrainingSnapshot(),
                diverged: Bool = false, interrupted: Bool = false) {
        self.epochs = epochs
        self.seconds = seconds
        self.final = final
        self.diverged = diverged
        self.interrupted = interrupted
    }

    public var reached: Bool { epochs != nil }
}
