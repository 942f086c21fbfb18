import NeuralNet

/// Something the explorer asks its shell to do. The explorer itself never
/// touches threads, files or the terminal: `update` returns effects and the
/// shell carries them out, answering with events.
public enum Effect: Sendable, Equatable {
    /// Ends the program.
    case quit
    /// (Re)starts training from this configuration as run `run`. The same
    /// seed gives the same initial weights and data order, so runs compare
    /// fairly (`RunEngine`). Every snapshot of the run carries its ID; the
    /// explorer drops snapshots of any other run.
    case startTraining(TrainingConfiguration, run: RunID)
    case pauseTraining
    case resumeTraining
    /// One optimiser step while paused, then a fresh snapshot.
    case stepTraining
    /// Applies to the running trainer without restarting it.
    case setLearningRate(LearningRate)
    /// Lets a finished run go on for this many more epochs, paused until
    /// `.resumeTraining`.
    case continueTraining(epochs: Int)
    /// Holds training to at most this many optimiser steps a second (nil:
    /// as fast as the machine allows). Applies to the current run and to
    /// every run the shell starts after it; single steps are never held back.
    case setPace(stepsPerSecond: Double?)
    /// Train this configuration to its end beside the current run (not as a
    /// run: nothing of it is drawn but its result) and answer with
    /// `Event.baseline(configuration, snapshot)`. The no-activation scene's
    /// zero-hidden-layer baseline.
    case measureBaseline(TrainingConfiguration)
    /// Render the current view to SVG and plain text, write both atomically
    /// under a new timestamped name in the working directory (never over an
    /// existing file), then answer with `Event.notice("saved actview-….svg")`.
    case saveScreenshot
    /// Write `Explorer.metricsCSV()` the same way, then answer with a notice.
    case exportMetrics
    /// Write the scene as JSON (`Scene.fileData()`) the same way, then
    /// answer with a notice.
    case saveScene(Scene)
    /// Runs this many optimiser steps, then pauses (a lesson step's entry).
    case runSteps(Int)
    /// Takes the current run back to its checkpoint at `step` (or the
    /// latest before it), or with `forward` on to the one at `step` (or the
    /// first after it), continuing as run `run`: its snapshots carry the new
    /// ID, so none of the abandoned stretch arrives after the rewind.
    case restoreCheckpoint(step: Int, forward: Bool, run: RunID)
    /// Measure a lesson step's claim off the UI thread, then answer with
    /// `Event.claimMeasured(name, …)`.
    case measureClaim(String)
}
