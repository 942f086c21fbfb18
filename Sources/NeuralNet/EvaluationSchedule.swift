/// When a run evaluates on the whole train and test sets: at step 0, every
/// `stepsPerEpoch / evaluationsPerEpoch` steps, and when it stops (finished
/// or diverged). Headless and live runs follow the same steps, so a
/// snapshot taken headless shows what the live screen shows at that step.
/// A live run may evaluate more often than this when evaluation is cheap
/// (`extraEvaluationShare`), to keep its curves smooth; never less.
public struct EvaluationSchedule: Sendable, Hashable {
    /// Steps between scheduled evaluations.
    public let interval: Int
    public private(set) var nextStep: Int

    /// The share of training time a live run may spend on evaluations beyond
    /// the schedule.
    public static let extraEvaluationShare = 0.1

    public init(stepsPerEpoch: Int, evaluationsPerEpoch: Int, after step: Int = 0) {
        interval = Swift.max(1, stepsPerEpoch / Swift.max(1, evaluationsPerEpoch))
        nextStep = (step / interval + 1) * interval
    }

    /// The schedule of `trainer`'s run, from its current step on.
    public init(for trainer: Trainer) {
        self.init(stepsPerEpoch: trainer.stepsPerEpoch, evaluationsPerEpoch: trainer.configuration.evaluationsPerEpoch,
                  after: trainer.stepCount)
    }

    /// Whether the run should evaluate now that `trainer` has taken a step.
    public func isDue(for trainer: Trainer) -> Bool {
        trainer.state != .running && trainer.state != .paused || trainer.stepCount >= nextStep
    }

    /// Records an evaluation at `step`; the next is one interval on.
    public mutating func evaluated(atStep step: Int) {
        nextStep = (step / interval + 1) * interval
    }
}
