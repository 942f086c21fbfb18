import Activations
import NeuralNet

/// A key press, decoded by the terminal backend.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case tab, backTab
    case enter, escape, backspace
    case home, end, pageUp, pageDown
    /// F1…F12.
    case function(Int)
    /// Input the backend could not decode (invalid UTF-8, unknown sequence).
    case unknown
}

/// Everything that can happen to the explorer.
public enum Event: Sendable {
    case key(Key)
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
}

