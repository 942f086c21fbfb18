import Activations
import Datasets
@testable import NeuralNet

/// Small data sets built in the tests, so each test says exactly what it trains on.
enum TestData {
    /// The four XOR corners, used for both training and testing.
    static var xor: Dataset {
        let features: [Float] = [0, 0, 0, 1, 1, 0, 1, 1]
        let labels: [Int32] = [0, 1, 1, 0]
        return Dataset(name: "xor4", featureCount: 2, classCount: 2, trainFeatures: features, trainLabels: labels,
                       testFeatures: features, testLabels: labels)
    }

    /// Three Gaussian blobs in `featureCount` dimensions, seeded.
    static func blobs(count: Int = 120, featureCount: Int = 4, seed: UInt64 = 3) -> Dataset {
        var generator = SeededRandom(seed: seed)
        var features: [Float] = []
        var labels: [Int32] = []
        for i in 0..<count {
            let label = i % 3
            for f in 0..<featureCount {
                let center: Double = f % 3 == label ? 2 : -1
                features.append(Float(center + generator.normal() * 0.7))
            }
            labels.append(Int32(label))
        }
        let split = count * 3 / 4
        return Dataset(name: "blobs", featureCount: featureCount, classCount: 3,
                       trainFeatures: Array(features[..<(split * featureCount)]), trainLabels: Array(labels[..<split]),
                       testFeatures: Array(features[(split * featureCount)...]), testLabels: Array(labels[split...]))
    }

    static func configuration(hidden: [Int], activation: String, optimizer: OptimizerKind = .sgd,
                              learningRate: Double = 0.1, batch: Int = 16) -> TrainingConfiguration {
        var c = TrainingConfiguration()
        c.hiddenSizes = hidden
        c.setActivation(LayerActivation(ActivationKind(rawValue: activation)!))
        c.optimizer = optimizer
        c.learningRate = try! LearningRate(learningRate)
        c.batchSize = batch
        c.seed = 11
        return c
    }
}
