import Datasets
@testable import NeuralNet
import Testing

/// Gradient norms mean one thing under every optimiser: ∂loss/∂W over the
/// latest step's batch, at the weights before that step, without weight
/// decay. Checked against the textbook backward pass on that batch.
@Suite struct GradientNormTests {
    @Test(arguments: [OptimizerKind.gd, .sgd, .momentum, .nesterov, .adam, .rmsprop], [0.0, 1e-3])
    func normsAreTheLatestBatchAtTheWeightsBeforeTheStep(optimizer: OptimizerKind, weightDecay: Double) throws {
        var configuration = TestData.configuration(hidden: [8, 6], activation: "tanh", optimizer: optimizer,
                                                   learningRate: 0.05, batch: optimizer == .gd ? 0 : 16)
        configuration.weightDecay = weightDecay
        try check(configuration, dataset: TestData.blobs())
    }

    /// A batch larger than a chunk is never fused; its gradient adds up
    /// over the chunks.
    @Test func normsOfABatchInSeveralChunks() throws {
        let dataset = TestData.blobs(count: 2000, featureCount: 5)
        #expect(dataset.trainCount > Trainer.chunkLimit)
        try check(TestData.configuration(hidden: [8], activation: "maxout", optimizer: .gd, batch: 0),
                  dataset: dataset)
    }

    /// The PReLU and maxout layers under fused plain descent, summed gradients.
    @Test(arguments: ["prelu", "maxout"])
    func normsUnderSummedFusedDescent(activation: String) throws {
        var configuration = TestData.configuration(hidden: [8, 6], activation: activation, learningRate: 0.005)
        configuration.reduction = .sum
        try check(configuration, dataset: TestData.blobs())
    }

    func check(_ configuration: TrainingConfiguration, dataset: Dataset) throws {
        var trainer = try Trainer(configuration: configuration, dataset: dataset, computePath: .fast, threads: 2)
        for _ in 0..<4 { trainer.step() }
        let before = trainer
        trainer.step()
        trainer.evaluate()
        #expect(!trainer.hasDiverged)

        // The batch the last step took, in the order it took it.
        let count = min(before.batchSize, dataset.trainCount - before.position)
        let examples = before.order[before.position..<(before.position + count)].map(Int.init)
        let features = dataset.featureCount
        let input = examples.flatMap { dataset.trainFeatures[($0 * features)..<(($0 + 1) * features)] }
        let labels = examples.map { dataset.trainLabels[$0] }
        let scale = configuration.reduction == .mean ? 1 / Double(count) : 1
        let reference = ReferenceBackward(network: before.network, input: input, labels: labels, scale: scale)
        let norms = reference.weightGradients.map { $0.reduce(0.0) { $0 + $1 * $1 }.squareRoot() }

        let snapshot = trainer.snapshot()
        let reported = snapshot.layers.map(\.gradientNorm) + [snapshot.outputGradientNorm]
        #expect(reported.count == norms.count)
        for (index, (got, expected)) in zip(reported, norms).enumerated() {
            #expect(expected > 0)
            #expect(abs(got - expected) <= 1e-4 * expected,
                    "\(configuration.optimizer) decay \(configuration.weightDecay) layer \(index): \(got) against \(expected)")
        }
    }
}
