/// How the last layer turns scores into predictions, and which delta it
/// sends back.
public enum OutputKind: String, Sendable, Hashable, CaseIterable {
    /// Softmax with cross-entropy loss; delta p − y.
    case softmax
    /// The lecture's output: a sigmoid per class, delta a − y, reported loss
    /// ½Σ(a − y)². The delta is the exact gradient of the per-class
    /// cross-entropy, not of the squared error the lecture prints.
    case sigmoid
}
