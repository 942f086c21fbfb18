import Activations

/// Why a run diverged, from its own first evaluation: biases that started
/// far from 0, passed on by an activation with no upper bound, so the
/// outputs and the loss start far out (see `Explorer.divergenceCause()`).
struct DivergenceCause: Hashable, Sendable {
    var initialBias: Double
    var activation: ActivationKind
    /// Mean output of the first and the last hidden layer before any step.
    var firstMean: Double
    var lastMean: Double
    var startLoss: Double
    /// What guessing scores (ln of the class count), for a softmax output.
    var guessLoss: Double?
}
