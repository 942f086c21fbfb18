import Activations
import NeuralNet
import TermPlot

/// Everything that can happen to the explorer.
public enum Event: Sendable {
    case key(Key)
    /// A click, double-click or wheel turn, in screen cells.
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The trainer published a new snapshot.
    case training(TrainingSnapshot)
    /// A wall-clock tick, for animations and status-message timeouts.
    case tick(seconds: Double)
    /// A message from the shell for the status bar (a file saved, a write failed).
    case notice(String)
    /// Measured cost of each activation in ns per element (the lecture's
    /// "exp is slow"), for the notes pane. The shell measures; tests send
    /// fixed values.
    case costs([ActivationKind: Double])
    /// The final evaluation of a baseline asked for with
    /// `Effect.measureBaseline`, with its configuration.
    case baseline(TrainingConfiguration, TrainingSnapshot)
    /// The steps at which the run `run` keeps checkpoints now, in order.
    case checkpoints(run: RunID, steps: [Int])
    /// A lesson step's claim, measured (`Effect.measureClaim`).
    case claimMeasured(String, LessonMeasurement)
}

