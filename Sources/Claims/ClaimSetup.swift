import Activations
import Datasets
import Foundation
import NeuralNet

/// What the experiments share: the bundled data sets, configurations built
/// the same way, training to the end, timing a step, and number formats.
enum ClaimSetup {
    /// Every experiment's seed: the data's split, the weights, the data order.
    static let seed: UInt64 = 1

    static func digits() throws -> Dataset { try Dataset.load(.digits, seed: seed) }

    static func spiral() throws -> Dataset { try Dataset.load(.synthetic(.spiral), seed: seed) }

    /// Each feature z-scored with the training part's mean and standard
    /// deviation (a constant feature stays 0): what SELU assumes.
    static func standardised(_ dataset: Dataset) -> Dataset {
        let width = dataset.featureCount
        var mean = [Double](repeating: 0, count: width), squares = [Double](repeating: 0, count: width)
        for row in 0..<dataset.trainCount {
            for f in 0..<width {
                let x = Double(dataset.trainFeatures[row * width + f])
                mean[f] += x
                squares[f] += x * x
            }
        }
        let n = Double(max(dataset.trainCount, 1))
        let deviation = (0..<width).map { f -> Double in
            mean[f] /= n
            return max(0, squares[f] / n - mean[f] * mean[f]).squareRoot()
        }
        func scaled(_ features: [Float]) -> [Float] {
            features.indices.map { i in
                let f = i % width
                return deviation[f] > 0 ? Float((Double(features[i]) - mean[f]) / deviation[f]) : 0
            }
        }
        var result = dataset
        result.name = dataset.name + " (standardised)"
        result.trainFeatures = scaled(dataset.trainFeatures)
        result.testFeatures = scaled(dataset.testFeatures)
        return result
    }

    /// `hidden` layers of `activation` on `dataset`, with the rest stated.
    static func configuration(_ dataset: DatasetSpec, hidden: [Int], activation: LayerActivation, optimizer: OptimizerKind,
                              rate: LearningRate, batch: Int, epochs: Int,
                              initializer: WeightInitializer = .automatic) -> TrainingConfiguration {
        var c = TrainingConfiguration()
        c.dataset = dataset
        c.hiddenLayers = hidden.map { HiddenLayer(units: $0, activation: activation) }
        c.optimizer = optimizer
        c.learningRate = rate
        c.batchSize = batch
        c.epochs = epochs
        c.initializer = initializer
        c.seed = seed
        return c
    }

    /// Trains to the configured epochs (or the divergence) and evaluates.
    static func trained(_ configuration: TrainingConfiguration, on dataset: Dataset) throws -> Trainer {
        var trainer = try Trainer(configuration: configuration, dataset: dataset)
        while !trainer.isFinished && !trainer.hasDiverged { trainer.step() }
        trainer.evaluate()
        return trainer
    }

    /// Seconds per training step of each configuration, measured in turns
    /// (round-robin, so that a busy moment of the machine hits them all) and
    /// kept as the fastest round: the least disturbed measurement. On one
    /// thread: a step of a small net is a fraction of a millisecond, and a
    /// second thread waiting for a shared core would time the machine's
    /// load rather than the step.
    static func stepSeconds(_ configurations: [TrainingConfiguration], on dataset: Dataset, rounds: Int = 30,
                            stepsPerRound: Int = 40) throws -> [Double] {
        var trainers = try configurations.map { try Trainer(configuration: $0, dataset: dataset, threads: 1) }
        for i in trainers.indices { for _ in 0..<5 { trainers[i].step() } }
        var best = [Double](repeating: .infinity, count: trainers.count)
        for _ in 0..<rounds {
            for i in trainers.indices {
                let before = trainers[i].trainingSeconds
                for _ in 0..<stepsPerRound { trainers[i].step() }
                best[i] = min(best[i], (trainers[i].trainingSeconds - before) / Double(stepsPerRound))
            }
        }
        return best
    }

    /// Unit-weighted mean over the hidden layers of a per-layer share.
    static func pooled(_ shares: [Double], units: [Int]) -> Double {
        let total = units.reduce(0, +)
        return zip(shares, units).reduce(0.0) { $0 + $1.0 * Double($1.1) } / Double(max(total, 1))
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
    /// A difference of two shares, in percentage points.
    static func points(_ value: Double) -> Phrase {
        Phrase(String(format: "%.1f points", value * 100), String(format: "%.1f%%p", value * 100))
    }
    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
    static func scientific(_ value: Double) -> String { String(format: "%.1e", value) }
    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
    static func rate(_ value: Double) -> String { String(format: "%.3g", value) }
}
