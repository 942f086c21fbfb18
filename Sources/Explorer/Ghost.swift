import NeuralNet

/// The previous run's curves, drawn dim behind the current ones so the class
/// sees what switching the activation changed.
struct Ghost: Hashable, Sendable {
    var label: String
    var history: [EvaluationRecord]
}
