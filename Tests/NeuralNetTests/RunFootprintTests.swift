import Activations
import Datasets
import Testing
@testable import NeuralNet

/// The run's memory estimate counts what the trainer will allocate, and
/// refuses in one line what does not fit.
struct RunFootprintTests {
    private func configuration(hidden: [Int], _ activation: LayerActivation, optimizer: OptimizerKind = .adam,
                               batch: Int = 32) throws -> TrainingConfiguration {
        var c = TrainingConfiguration.commandLineDefault
        c.dataset = .synthetic(.xor)
        c.hiddenLayers = try ConfigurationParser.hiddenLayers(sizes: hidden, activations: [activation])
        c.optimizer = optimizer
        c.batchSize = batch
        return c
    }

    /// Bytes of the arrays and scratch buffers a built trainer holds, for the
    /// parts the estimate models.
    private func allocated(_ trainer: Trainer) -> (parameters: Double, activations: Double) {
        let workspace = trainer.workspace
        let parameters = Double(trainer.network.parameterCount) * 4
        var activations = Double(workspace.input.count + workspace.labels.count) * 4
        for buffers in [workspace.preactivations, workspace.outputs, workspace.deltas, workspace.outputDeltas] {
            activations += buffers.reduce(0.0) { $0 + Double($1.count) * 4 }
        }
        activations += workspace.winners.reduce(0.0) { $0 + Double($1.count) * 4 }
        return (parameters, activations)
    }

    @Test("the estimate counts the network's parameters and its scratch memory exactly",
          arguments: [(OptimizerKind.sgd, 0.0), (.momentum, 1), (.adam, 2)])
    func matchesTheTrainer(optimizer: OptimizerKind, slots: Double) throws {
        for (hidden, activation) in [([8], LayerActivation.maxout(pieces: 5)), ([16, 4], LayerActivation(.relu)),
                                     ([3], LayerActivation.prelu(initialSlope: 0.25))] {
            let c = try configuration(hidden: hidden, activation, optimizer: optimizer)
            let dataset = try Dataset.load(c.dataset, seed: c.seed, testFraction: c.testFraction)
            let trainer = try Trainer(configuration: c, dataset: dataset, threads: 1)
            let estimate = RunFootprint.estimate(c, dataset: dataset)
            let (parameters, activations) = allocated(trainer)
            let parts = Dictionary(uniqueKeysWithValues: estimate.parts.map { ($0.name, $0.size.bytes) })
            let parameterPart = try #require(estimate.parts.first { $0.name.hasSuffix("parameters with their gradients and optimiser state") })
            #expect(parameterPart.name.hasPrefix("\(trainer.network.parameterCount) parameters"))
            // Weights, initial weights, gradients, and the optimiser's slots.
            #expect(parameterPart.size.bytes == parameters * (3 + slots))
            let activationPart = try #require(estimate.parts.first { $0.name.hasPrefix("activations and gradients for") })
            #expect(activationPart.size.bytes == activations, "\(hidden) \(activation): \(parts)")
        }
    }

    @Test("the issue's maxout run is refused before anything is allocated, naming the figure and the limit")
    func maxoutIsRefused() throws {
        let c = try configuration(hidden: [8], .maxout(pieces: 300_000))
        let estimate = try RunFootprint.estimate(c)
        // 256 rows × (2 × 2.4M pre-activations and deltas): about 4.6 GiB.
        #expect(estimate.total.bytes > 4.6 * 0x1p30 && estimate.total.bytes < 4.8 * 0x1p30)
        let budget = MemoryBudget(limit: .gibibytes(4), origin: .physicalShare(physical: .gibibytes(23.5)))
        let text: String
        do {
            try estimate.check(against: budget)
            text = ""
        } catch {
            text = error.description
        }
        #expect(text == "this run needs about 4.71 GiB, more than the 4.00 GiB memory limit (a quarter of this machine's 23.5 GiB, "
                + "at most 4.00 GiB; --memory-limit changes it); the most is activations and gradients for 256 examples "
                + "at once with 300000 maxout pieces a unit, 4.58 GiB")
        #expect(!text.contains("\n"))
    }

    @Test("a run within the budget passes; the explorer's two trainers count twice")
    func copies() throws {
        let c = try configuration(hidden: [64, 64], LayerActivation(.relu))
        let one = try RunFootprint.estimate(c)
        let two = try RunFootprint.estimate(c, trainerCopies: 2)
        #expect(two.total > one.total)
        try one.check(against: MemoryBudget(limit: .mebibytes(64)))
        #expect(throws: ConfigurationError.self) { try one.check(against: MemoryBudget(limit: MemorySize(bytes: one.total.bytes - 1))) }
    }
}
