import Activations
import NeuralNet

/// The race preset: ReLU, tanh and sigmoid trained one after another from the
/// same configuration and seed (so the same initial weights and data order),
/// each for the same number of epochs. One trainer at a time keeps the shell
/// simple and gives each runner the whole machine, so steps/s compare too;
/// the explorer starts the next runner when the current one finishes.
struct Race: Hashable, Sendable {
    static let runners: [ActivationKind] = [.relu, .tanh, .sigmoid]

    struct Result: Hashable, Sendable {
        var kind: ActivationKind
        var history: [EvaluationRecord]
        /// Epochs until the test accuracy first reached the target; nil if it never did.
        var epochsToTarget: Double?
        var diverged: Bool
    }

    /// Test accuracy a runner must reach; set from the data set's difficulty.
    var targetAccuracy: Double
    /// Index into `runners` of the one training now; `runners.count` when done.
    var current = 0
    var results: [Result] = []

    var isFinished: Bool { current >= Race.runners.count }
    var currentKind: ActivationKind? { isFinished ? nil : Race.runners[current] }

    /// The first epoch at which `history` reached `target`.
    static func epochs(toReach target: Double, in history: [EvaluationRecord]) -> Double? {
        history.first { $0.testAccuracy >= target }?.epoch
    }
}
