import Datasets
import Foundation
import Testing
@testable import NeuralNet

/// The L1 penalty λ₁·Σ|w| is applied as its subgradient λ₁·sign(w).
@Suite struct L1PenaltyTests {
    /// One plain-descent step with and without the penalty from the same
    /// start: the weights differ by exactly −rate·λ₁·sign(w₀) (the
    /// finite-difference derivative of λ₁|w| away from 0), the biases not
    /// at all.
    @Test func aStepAddsTheSubgradientOfTheL1Norm() throws {
        var c = TrainingConfiguration.commandLineDefault
        c.dataset = .synthetic(.moons)
        c.hiddenSizes = [8]
        c.optimizer = .sgd
        c.learningRate = 0.1
        let data = try Dataset.load(c.dataset, seed: c.seed)
        var plain = try Trainer(configuration: c, dataset: data, computePath: .reference, threads: 1)
        var penalised = c
        penalised.l1Penalty = 0.01
        var withL1 = try plain.restarted(with: penalised)
        let start = plain.network
        plain.step()
        withL1.step()
        let rate = 0.1, lambda = 0.01
        var largestError = 0.0
        for index in start.layers.indices {
            for i in start.layers[index].weights.indices {
                let w0 = Double(start.layers[index].weights[i])
                let h = 1e-4
                // d/dw λ₁|w| by central differences (w₀ is never within h of 0 here).
                let derivative = lambda * (abs(w0 + h) - abs(w0 - h)) / (2 * h)
                let difference = Double(withL1.network.layers[index].weights[i]) - Double(plain.network.layers[index].weights[i])
                largestError = max(largestError, abs(difference + rate * derivative))
            }
            #expect(withL1.network.layers[index].bias == plain.network.layers[index].bias)
        }
        #expect(largestError < 1e-6, "largest error \(largestError)")
    }

    @Test func theFusedDescentStepIsNotTakenUnderAnL1Penalty() {
        let fused = DescentFusion(optimizer: .sgd, weightDecay: 0, l1Penalty: 0, batchFitsOneChunk: true, refused: false,
                                  learningRate: 0.1)
        let penalised = DescentFusion(optimizer: .sgd, weightDecay: 0, l1Penalty: 1e-3, batchFitsOneChunk: true,
                                      refused: false, learningRate: 0.1)
        #expect(fused.isFused && !penalised.isFused)
    }

    @Test func aNegativePenaltyIsRefused() {
        var c = TrainingConfiguration.commandLineDefault
        c.l1Penalty = -1
        #expect(throws: ConfigurationError.self) { try c.validate() }
        c.l1Penalty = .nan
        #expect(throws: ConfigurationError.self) { try c.validate() }
    }
}
