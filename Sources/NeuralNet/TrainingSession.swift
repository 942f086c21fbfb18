import Datasets

/// Runs a `Trainer` on a background thread for the explorer: commands go in
/// through a locked inbox, snapshots come out through a locked slot, and the
/// trainer itself lives only on the worker thread, so nothing is shared
/// while it is written.
///
/// Snapshots are published at most ~30 times a second. Full evaluations
/// follow the run's `EvaluationSchedule`, as headless runs do, plus extra
/// ones while they cost less than a tenth of the time spent training (or
/// waiting for the next step, at a set pace), so small sets refresh every
/// few steps and large ones stay fast.
public final class TrainingSession: Sendable {
    private let worker: TrainingWorker

    /// Starts paused; call `start()` to begin and `resume()` to run.
    /// `onStep` sees the trainer after every step, on the worker thread.
    public init(trainer: Trainer, onSnapshot: (@Sendable (TrainingSnapshot) -> Void)? = nil,
                onStep: (@Sendable (Trainer) -> Void)? = nil) {
        worker = TrainingWorker(trainer: trainer, onSnapshot: onSnapshot, onStep: onStep)
    }

    /// Builds the trainer now, so a bad configuration throws here.
    public convenience init(configuration: TrainingConfiguration, dataset: Dataset,
                            onSnapshot: (@Sendable (TrainingSnapshot) -> Void)? = nil) throws {
        self.init(trainer: try Trainer(configuration: configuration, dataset: dataset), onSnapshot: onSnapshot)
    }

    deinit {
        worker.cancel()
    }

    /// The latest published snapshot; never waits for a step.
    public var latestSnapshot: TrainingSnapshot { worker.latestSnapshot }
    /// Grows by one with every published snapshot; poll it to redraw only on change.
    public var version: Int { worker.version }
    /// Why the last restart was refused (a bad configuration), if it was.
    public var lastError: String? { worker.lastError }
    public var hasExited: Bool { worker.hasExited }

    /// Starts the worker thread (once). The run stays paused until `resume()`.
    public func start() { worker.start() }
    public func pause() { worker.send(.pause) }
    public func resume() { worker.send(.resume) }
    /// One optimiser step, then an evaluation; for stepping through slowly.
    public func stepOnce() { worker.send(.stepOnce) }
    /// Starts over with `configuration` on the same data, from the same
    /// initial weights when only the activation or learning rate changed.
    public func restart(with configuration: TrainingConfiguration) { worker.send(.restart(configuration)) }
    public func setLearningRate(_ rate: LearningRate) { worker.send(.setLearningRate(rate)) }
    /// Goes back (or forward) to `moment` of this run; its snapshots carry
    /// `run` from then on.
    public func restore(_ moment: TrainerCheckpoint, run: RunID?) { worker.send(.restore(moment, run: run)) }
    /// Runs `steps` steps, then pauses (evaluated at that step).
    public func runSteps(_ steps: Int) { worker.send(.runSteps(steps)) }
    /// Lets a finished run go on for `epochs` more; `resume()` runs them.
    public func continueTraining(forEpochs epochs: Int) { worker.send(.continueTraining(epochs: epochs)) }
    /// Holds a running session to at most `stepsPerSecond` optimiser steps a
    /// second on average (nil: as fast as the machine allows, the default).
    /// Steps slower than the pace are not held back, `stepOnce` never is,
    /// and commands still take effect at once. A rate that is not a
    /// positive finite number is ignored.
    public func setPace(stepsPerSecond: Double?) { worker.send(.setPace(stepsPerSecond)) }

    /// Stops the worker: it abandons the current step at the next chunk
    /// boundary and exits without waiting for the epoch to end.
    public func cancel() { worker.cancel() }

    /// Blocks until the worker has exited after `cancel()`, up to `timeout`
    /// seconds. True if it exited (or never started).
    @discardableResult
    public func waitForExit(timeout: Double) -> Bool { worker.waitForExit(timeout: timeout) }
}
