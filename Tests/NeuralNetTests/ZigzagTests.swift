import Activations
import Datasets
import Testing
@testable import NeuralNet

/// The zigzag share is counted per example: an update δⱼ·x of one unit's
/// incoming weights is one-signed when the non-zero xᵢ share a sign.
@Suite struct ZigzagTests {
    @Test func aHandCountedTally() {
        // Row 0: x one-signed (the zero is ignored), both δ non-zero → 2 of 2.
        // Row 1: x mixed, one δ non-zero → 0 of 1. Row 2: x all zero → nothing
        // moves, nothing counted. Row 3: x all negative, one δ non-zero → 1 of 1.
        let inputs: [Float] = [0.5, 0.2, 0, 0.3, -0.1, 0.4, 0, 0, 0, -1, -2, 0]
        let deltas: [Float] = [0.1, -0.2, 0.3, 0, 1, 1, 0, 2]
        var tally = ZigzagTally()
        tally.add(inputs: inputs, inputCount: 3, deltas: deltas, width: 2, rows: 4)
        #expect(tally.counted == 4)
        #expect(tally.oneSigned == 3)
        #expect(tally.share == 0.75)
        #expect(ZigzagTally().share == nil)
    }

    /// Two examples through identity hidden units: (1, 2) gives an
    /// all-positive x, (1, −2) a mixed one, so half of the four per-example
    /// updates are one-signed — whatever the batch-summed gradient's signs.
    @Test func aTrainerCountsEachExampleOfTheStep() throws {
        let features: [Float] = [1, 2, 1, -2]
        let labels: [Int32] = [0, 1]
        let dataset = Dataset(name: "two", featureCount: 2, classCount: 2, trainFeatures: features, trainLabels: labels,
                              testFeatures: features, testLabels: labels)
        var c = TestData.configuration(hidden: [2], activation: "linear", batch: 0)
        c.useBias = false
        var trainer = try Trainer(configuration: c, dataset: dataset)
        trainer.network.layers[0].weights = [1, 0, 0, 1]
        trainer.network.layers[1].weights = [0.3, -0.2, 0.1, 0.4]
        trainer.evaluate()
        #expect(trainer.snapshot().layers[0].zigzagShare == 0, "no step yet")
        trainer.step()
        trainer.evaluate()
        let layer = trainer.snapshot().layers[0]
        #expect(layer.zigzagUpdates == 4)
        #expect(layer.zigzagShare == 0.5)
    }

    /// Sigmoid's outputs are positive, so every update is one-signed; tanh's
    /// take both signs across 16 units, so almost none is.
    @Test(arguments: [("sigmoid", 1.0...1.0), ("tanh", 0.0...0.05)])
    func sigmoidZigzagsAndTanhDoesNot(activation: String, expected: ClosedRange<Double>) throws {
        var trainer = try Trainer(configuration: TestData.configuration(hidden: [16, 16], activation: activation),
                                  dataset: TestData.blobs())
        for _ in 0..<5 { trainer.step() }
        trainer.evaluate()
        for layer in trainer.snapshot().layers {
            #expect(expected.contains(layer.zigzagShare), "\(activation): \(layer.zigzagShare)")
            #expect(layer.zigzagUpdates > 0)
        }
    }
}
