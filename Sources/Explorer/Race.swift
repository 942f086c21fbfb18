import Activations
import Foundation
import NeuralNet

/// The race scenes: ReLU, tanh and sigmoid trained one after another from
/// the same configuration and seed (so the same data order), each with its
/// own learning rate (`TrainingPreset.raceRates`), by the protocol of
/// Krizhevsky et al. (2012, Figure 1): the time each takes to reach 25%
/// training error. A runner stops at the target or when its epochs run out.
/// One trainer at a time keeps the shell simple and gives each runner the
/// whole machine; the explorer starts the next runner when one stops.
struct Race: Hashable, Sendable {
    struct Runner: Hashable, Sendable {
        var kind: ActivationKind
        var learningRate: LearningRate
    }

    struct Result: Hashable, Sendable {
        var kind: ActivationKind
        var learningRate: LearningRate
        var history: [EvaluationRecord]
        /// Epochs until the training accuracy first reached the target; nil if it never did.
        var epochsToTarget: Double?
        var diverged: Bool
        /// The epochs the runner had.
        var epochs: Int
    }

    var runners: [Runner]
    /// Training accuracy a runner must reach: the paper's 25% training error.
    var targetTrainAccuracy: Double
    /// Index into `runners` of the one training now; `runners.count` when done.
    var current = 0
    var results: [Result] = []

    init(runners: [Runner], targetTrainAccuracy: Double = TrainingPreset.raceTargetTrainAccuracy) {
        self.runners = runners
        self.targetTrainAccuracy = targetTrainAccuracy
    }

    /// The runners a preset names, or the three at one rate.
    init(preset: TrainingPreset?, learningRate: LearningRate) {
        let rates = preset?.raceRates ?? [(.relu, learningRate), (.tanh, learningRate), (.sigmoid, learningRate)]
        self.init(runners: rates.map { Runner(kind: $0.activation, learningRate: $0.learningRate) })
    }

    var isFinished: Bool { current >= runners.count }
    var currentRunner: Runner? { isFinished ? nil : runners[current] }
    var currentKind: ActivationKind? { currentRunner?.kind }

    /// The first epoch at which `history` reached `target` training accuracy.
    static func epochs(toReach target: Double, in history: [EvaluationRecord]) -> Double? {
        history.first { $0.trainAccuracy >= target }?.epoch
    }

    func result(of kind: ActivationKind) -> Result? {
        results.first { $0.kind == kind }
    }

    /// The paper's comparison, ReLU against tanh, from this race's results.
    var verdict: Verdict? {
        guard isFinished, let relu = result(of: .relu), let tanh = result(of: .tanh) else { return nil }
        switch (relu.epochsToTarget, tanh.epochsToTarget) {
        case let (r?, t?) where r > 0 && t > 0:
            return t >= r ? .reluFaster(times: t / r) : .tanhFaster(times: r / t)
        case let (r?, nil):
            // Tanh's time is at least its whole run: a lower bound.
            return .onlyReLU(epochs: r, tanhEpochs: tanh.epochs, atLeast: Double(tanh.epochs) / Swift.max(r, 1e-9))
        case let (nil, t?):
            return .onlyTanh(epochs: t, reluEpochs: relu.epochs)
        default:
            return .neither
        }
    }

    enum Verdict: Hashable, Sendable {
        case reluFaster(times: Double)
        case tanhFaster(times: Double)
        case onlyReLU(epochs: Double, tanhEpochs: Int, atLeast: Double)
        case onlyTanh(epochs: Double, reluEpochs: Int)
        case neither
    }
}
