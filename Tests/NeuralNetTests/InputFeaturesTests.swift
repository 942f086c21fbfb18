import Datasets
import Foundation
import Testing
@testable import NeuralNet

@Suite struct InputFeaturesTests {
    @Test func expansionWritesEachFeatureInPlaygroundsOrder() {
        var out = [Float](repeating: .nan, count: 7)
        InputFeatures.all.expand(0.5, -2, into: &out)
        let expected: [Float] = [0.5, -2, 0.25, 4, -1, Float(sin(0.5)), Float(sin(-2.0))]
        #expect(zip(out, expected).allSatisfy { abs($0 - $1) < 1e-6 }, "\(out)")
        var two = [Float](repeating: .nan, count: 2)
        InputFeatures([.x2Squared, .sinX1]).expand(3, 2, into: &two)
        #expect(two[0] == 4 && abs(two[1] - Float(sin(3.0))) < 1e-6, "\(two)")
        #expect(InputFeatures([.x2Squared, .sinX1]).names == ["x2^2", "sin(x1)"])
    }

    /// Test accuracy after `epochs` of a network without hidden layers on
    /// the circles, with `features`.
    static func circlesAccuracy(_ features: InputFeatures, epochs: Int) throws -> Double {
        var c = TrainingConfiguration.commandLineDefault
        c.dataset = .synthetic(.circles)
        c.hiddenLayers = []
        c.inputFeatures = features
        c.epochs = epochs
        let data = try Dataset.load(c.dataset, seed: c.seed)
        var trainer = try Trainer(configuration: c, dataset: data, computePath: .reference, threads: 1)
        for _ in 0..<epochs { trainer.runEpoch() }
        return trainer.snapshot().testAccuracy ?? 0
    }

    /// A circle is a line in (x₁², x₂²): measured 92.5% test accuracy after
    /// 20–60 epochs (the default noise, 0.1, blurs the gap between the
    /// rings), against 51% for the plain coordinates, which no line separates.
    @Test func squaresLetANetworkWithoutHiddenLayersSeparateTheCircles() throws {
        let squared = try Self.circlesAccuracy([.x1Squared, .x2Squared], epochs: 40)
        let plain = try Self.circlesAccuracy(.plain, epochs: 40)
        #expect(squared >= 0.9, "x1², x2²: \(squared)")
        #expect(plain <= 0.65, "x1, x2: \(plain)")
    }

    @Test func theDecisionMapStaysOnTheInputPlane() throws {
        var c = TrainingConfiguration.commandLineDefault
        c.dataset = .synthetic(.circles)
        c.inputFeatures = .all
        let data = try Dataset.load(c.dataset, seed: c.seed)
        var trainer = try Trainer(configuration: c, dataset: data, computePath: .reference, threads: 1)
        trainer.step()
        trainer.evaluate()
        let s = trainer.snapshot()
        #expect(s.inputCount == 7 && s.featureCount == 7)
        let map = try #require(s.decisionMap)
        // The points are the 2-D inputs, not their features.
        #expect(map.points.first?.x == Double(data.trainFeatures[0]) && map.points.first?.y == Double(data.trainFeatures[1]))
        #expect(s.confusion == nil)
    }

    @Test func changingFeaturesOfTheSameCountKeepsTheInitialWeights() throws {
        var c = TrainingConfiguration.commandLineDefault
        c.dataset = .synthetic(.circles)
        let data = try Dataset.load(c.dataset, seed: c.seed)
        let trainer = try Trainer(configuration: c, dataset: data, threads: 1)
        var squares = c
        squares.inputFeatures = [.x1Squared, .x2Squared]
        #expect(try trainer.restarted(with: squares).initialNetwork.hasSameWeights(as: trainer.initialNetwork))
        var more = c
        more.inputFeatures = .all
        #expect(try trainer.restarted(with: more).network.inputCount == 7)
    }

    @Test func featuresNeedTwoInputs() throws {
        var c = TrainingConfiguration.commandLineDefault
        c.dataset = .digits
        c.inputFeatures = [.x1Squared]
        #expect(throws: ConfigurationError.self) { try c.validate() }
        c.dataset = .synthetic(.sin)
        // Setting a 1-D set drops them.
        #expect(c.inputFeatures == .plain)
    }
}
