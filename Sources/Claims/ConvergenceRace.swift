import Activations
import Datasets
import NeuralNet

/// Krizhevsky et al. (2012)'s protocol on the bundled digits: ReLU, tanh and
/// sigmoid race to 75% training accuracy (the paper's 25% training error),
/// each at its own learning rate, the fastest of a grid by median epochs
/// over three seeds (`ActivationComparison`). One race serves both
/// `relu-vs-tanh` and `relu-vs-sigmoid`.
struct ConvergenceRace {
    var rows: [ComparisonRow]

    static let kinds: [ActivationKind] = [.relu, .tanh, .sigmoid]
    static let hidden = [64, 64, 64, 64]
    static let goal = 0.75
    static let epochs = 30
    static let repeats = 3
    static let checksPerEpoch = 10
    /// 0.01 to 10, seven rates half a decade apart.
    static func grid() throws -> LearningRateGrid { try LearningRateGrid.geometric(from: 0.01, to: 10, count: 7) }

    static func measure(shouldStop: () -> Bool) throws -> ConvergenceRace? {
        let data = try ClaimSetup.digits()
        let base = ClaimSetup.configuration(.digits, hidden: hidden, activation: LayerActivation(.relu), optimizer: .sgd,
                                            rate: 0.1, batch: 32, epochs: epochs)
        let comparison = try ActivationComparison(base: base, activations: kinds.map { LayerActivation($0) },
                                                  rates: .tuned(try grid()), target: try TrainingTarget(.trainAccuracy, goal),
                                                  repeats: repeats, checksPerEpoch: checksPerEpoch)
        let result = try comparison.run(on: data, shouldStop: shouldStop)
        return result.interrupted ? nil : ConvergenceRace(rows: result.rows)
    }

    func row(_ kind: ActivationKind) -> ComparisonRow? { rows.first { $0.activation.kind == kind } }

    /// "digits, 4×64, SGD batch 32, lr tuned per activation over 0.01…10".
    static var setup: Phrase {
        Phrase("digits, \(hidden.count)×\(hidden[0]) MLP, SGD batch 32, each activation's rate the fastest of 0.01…10 "
               + "(7 rates), median of \(repeats) seeds, up to \(epochs) epochs",
               "digits, \(hidden.count)×\(hidden[0]) MLP, SGD 배치 32, 활성화마다 0.01…10 (7개) 중 가장 빠른 학습률, "
               + "시드 \(repeats)개의 중앙값, 최대 \(epochs) 에폭")
    }
}
