import Activations
import Datasets
import Testing
@testable import NeuralNet

/// Plain gradient descent may take its weight step as the gradient product
/// itself (W ← W − rate·scale·inputᵀ·δ). The weights after such a step must
/// be the weights after the textbook backward pass (`ReferenceBackward`)
/// and a plain SGD update, up to rounding; and the separate optimiser step
/// on the same kernels, up to the rounding of folding rate·scale into one
/// factor.
@Suite struct FusedDescentTests {
    static let rows = 24
    static let inputCount = 30
    static let classCount = 10

    struct Case: Sendable, CustomTestStringConvertible {
        var path: ComputePath
        var activation: String
        var output: OutputKind
        var useBias: Bool
        var reduction: GradientReduction
        var testDescription: String {
            "\(path) \(activation) \(output) bias \(useBias) \(reduction)"
        }
    }

    /// Several activations, PReLU and maxout among them, both outputs, with
    /// and without biases, summed and mean gradients, on both paths.
    static let cases: [Case] = {
        var cases: [Case] = []
        for path in [ComputePath.fast, .reference] {
            for activation in ["sigmoid", "tanh", "relu", "gelu", "prelu", "maxout"] {
                for useBias in [true, false] {
                    for reduction in GradientReduction.allCases {
                        // The lecture's summed sigmoid output, and the usual mean softmax.
                        let output: OutputKind = reduction == .sum ? .sigmoid : .softmax
                        cases.append(Case(path: path, activation: activation, output: output, useBias: useBias,
                                          reduction: reduction))
                    }
                }
            }
        }
        return cases
    }()

    static func network(_ testCase: Case) throws -> Network {
        var configuration = TrainingConfiguration()
        configuration.hiddenSizes = [40, 20]
        configuration.setActivation(LayerActivation(ActivationKind(rawValue: testCase.activation)!))
        configuration.output = testCase.output
        configuration.useBias = testCase.useBias
        configuration.initializer = .normal(standardDeviation: 0.5)
        var generator = SeededRandom(seed: 5)
        var network = try Network(configuration: configuration, inputCount: inputCount, classCount: classCount,
                                  generator: &generator)
        // Biases and slopes away from their starting values, so their
        // gradients are exercised in general position.
        for index in network.layers.indices {
            for i in network.layers[index].bias.indices { network.layers[index].bias[i] = Float(generator.normal() * 0.3) }
            for i in network.layers[index].alpha.indices { network.layers[index].alpha[i] = Float(generator.uniform(0.1, 0.5)) }
        }
        return network
    }

    static let batch: (input: [Float], labels: [Int32]) = {
        var generator = SeededRandom(seed: 9)
        let input = (0..<(rows * inputCount)).map { _ in Float(generator.normal()) }
        return (input, (0..<rows).map { Int32($0 % classCount) })
    }()

    static func workspace(for network: Network, path: ComputePath) -> NetworkWorkspace {
        let workspace = NetworkWorkspace(layers: network.layers, rows: rows, path: path, threads: 2)
        workspace.input.pointer.update(from: batch.input, count: batch.input.count)
        workspace.labels.pointer.update(from: batch.labels, count: rows)
        return workspace
    }

    /// One SGD step as the trainer takes it: forward, backward with the
    /// given fusion, then the optimiser.
    static func sgdStep(_ network: inout Network, path: ComputePath, rate: Float, scale: Float,
                        fusion: DescentFusion) -> NetworkWorkspace {
        let workspace = workspace(for: network, path: path)
        var optimizer = Optimizer(kind: .sgd, layers: network.layers)
        network.forward(rows: rows, workspace: workspace)
        network.backward(rows: rows, scale: scale, accumulate: false, workspace: workspace, fusion: fusion)
        optimizer.update(&network, workspace: workspace, learningRate: Double(rate), weightDecay: 0, fusion: fusion)
        return workspace
    }

    static func rate(_ reduction: GradientReduction) -> Float { reduction == .mean ? 0.1 : 0.01 }
    static func scale(_ reduction: GradientReduction) -> Float { reduction == .mean ? 1 / Float(rows) : 1 }

    @Test(arguments: cases)
    func fusedStepEqualsReferenceBackwardAndPlainStep(_ testCase: Case) throws {
        let start = try Self.network(testCase)
        let rate = Self.rate(testCase.reduction), scale = Self.scale(testCase.reduction)
        var fused = start
        _ = Self.sgdStep(&fused, path: testCase.path, rate: rate, scale: scale, fusion: .fused(rate: rate))

        let reference = ReferenceBackward(network: start, input: Self.batch.input, labels: Self.batch.labels,
                                          scale: Double(scale))
        let bounds = RoundingBounds(reference, network: start, input: Self.batch.input, labels: Self.batch.labels,
                                    scale: Double(scale))
        for index in start.layers.indices {
            let layer = start.layers[index], after = fused.layers[index]
            let tensors: [(String, [Float], [Float], [Double], [Double])] = [
                ("weights", layer.weights, after.weights, reference.weightGradients[index], bounds.weights[index]),
                ("bias", layer.bias, after.bias, reference.biasGradients[index], bounds.bias[index]),
                ("slopes", layer.alpha, after.alpha, reference.alphaGradients[index], bounds.alpha[index]),
            ]
            for (name, before, stepped, gradient, magnitude) in tensors {
                var worst = 0.0, steps = 0.0, allowed = 0.0
                for i in before.indices {
                    // The textbook update, in Double.
                    let expected = Double(before[i]) - Double(rate) * gradient[i]
                    // One rounding of the new value, plus the Float error of
                    // the gradient, which no sum of |terms| exceeds by more
                    // than RoundingBounds.tolerance.
                    let bound = 1.2e-7 * abs(expected) + Double(rate) * RoundingBounds.tolerance * magnitude[i] + 1e-30
                    worst = max(worst, abs(Double(stepped[i]) - expected) / bound)
                    steps += abs(expected - Double(before[i]))
                    allowed += bound
                }
                #expect(worst <= 1, "layer \(index) \(name) differ by \(worst) of the rounding bound")
                if !before.isEmpty {
                    // The step was taken, and is resolved far beyond the bound.
                    #expect(steps > 100 * allowed, "layer \(index) \(name): step \(steps) against bound \(allowed)")
                }
            }
        }
    }

    @Test(arguments: [ComputePath.fast, .reference], ["sigmoid", "relu", "prelu", "maxout"])
    func fusedStepEqualsOptimiserStep(path: ComputePath, activation: String) throws {
        let testCase = Case(path: path, activation: activation, output: .sigmoid, useBias: true, reduction: .mean)
        let start = try Self.network(testCase)
        let rate = Self.rate(.mean), scale = Self.scale(.mean)
        var fused = start
        _ = Self.sgdStep(&fused, path: path, rate: rate, scale: scale, fusion: .fused(rate: rate))
        var plain = start
        _ = Self.sgdStep(&plain, path: path, rate: rate, scale: scale, fusion: .separate)

        for index in start.layers.indices {
            var worst = 0.0, largestStep = 0.0
            for i in start.layers[index].weights.indices {
                let f = Double(fused.layers[index].weights[i]), p = Double(plain.layers[index].weights[i])
                let step = abs(p - Double(start.layers[index].weights[i]))
                // One rounding of w plus a few of the step.
                let bound = 2.4e-7 * abs(p) + 1e-6 * step + 1e-30
                worst = max(worst, abs(f - p) / bound)
                largestStep = max(largestStep, step)
            }
            #expect(worst <= 1, "layer \(index) weights differ by \(worst) of the rounding bound")
            // The biases and slopes take the separate step in both.
            #expect(fused.layers[index].bias == plain.layers[index].bias, "layer \(index) bias")
            #expect(fused.layers[index].alpha == plain.layers[index].alpha, "layer \(index) slopes")
            // And the step was taken at all, far beyond the rounding bound.
            #expect(largestStep > 1e-4, "layer \(index) did not move")
        }
    }

    /// The gradients a fused step did not write come back, from what it left
    /// in the workspace, exactly as a separate step writes them.
    @Test(arguments: [ComputePath.fast, .reference], ["tanh", "prelu", "maxout"])
    func skippedGradientsAreFormedAgainExactly(path: ComputePath, activation: String) throws {
        let testCase = Case(path: path, activation: activation, output: .softmax, useBias: true, reduction: .mean)
        let start = try Self.network(testCase)
        let rate = Self.rate(.mean), scale = Self.scale(.mean)
        var fused = start, plain = start
        let fusedWorkspace = Self.sgdStep(&fused, path: path, rate: rate, scale: scale, fusion: .fused(rate: rate))
        let plainWorkspace = Self.sgdStep(&plain, path: path, rate: rate, scale: scale, fusion: .separate)
        let target = NetworkWorkspace(layers: start.layers, rows: Self.rows, path: path, threads: 2)
        fused.writeWeightGradients(rows: Self.rows, scale: scale, from: fusedWorkspace, into: target)
        for index in start.layers.indices {
            let formed = Array(UnsafeBufferPointer(start: target.weightGradients[index].pointer,
                                                   count: target.weightGradients[index].count))
            let written = Array(UnsafeBufferPointer(start: plainWorkspace.weightGradients[index].pointer,
                                                    count: plainWorkspace.weightGradients[index].count))
            #expect(formed == written, "layer \(index)")
        }
    }

    @Test func fusionIsDecidedByOneRule() {
        func fusion(_ optimizer: OptimizerKind, decay: Double = 0, fits: Bool = true, refused: Bool = false) -> DescentFusion {
            DescentFusion(optimizer: optimizer, weightDecay: decay, batchFitsOneChunk: fits, refused: refused,
                          learningRate: 0.5)
        }
        #expect(fusion(.sgd) == .fused(rate: 0.5))
        #expect(fusion(.gd) == .fused(rate: 0.5))
        for kind in [OptimizerKind.momentum, .nesterov, .adam, .rmsprop] { #expect(fusion(kind) == .separate) }
        #expect(fusion(.sgd, decay: 1e-4) == .separate)
        #expect(fusion(.sgd, fits: false) == .separate)
        #expect(fusion(.sgd, refused: true) == .separate)
    }

    @Test func trainerFusesPlainStepsAndFormsTheGradientsForEvaluation() throws {
        let dataset = try Dataset.load("digits", seed: 2)
        var trainer = try Trainer(configuration: TestData.configuration(hidden: [16], activation: "sigmoid", batch: 32),
                                  dataset: dataset, computePath: .fast)
        for _ in 0..<3 { trainer.step() }
        #expect(trainer.latestGradients == .derivable(rows: 32, scale: 1 / 32))
        trainer.evaluate()
        #expect(trainer.latestGradients == .written)
        let snapshot = trainer.snapshot()
        let hidden = try #require(snapshot.layers.first?.gradientNorm)
        let output = snapshot.outputGradientNorm
        #expect(hidden.isFinite && hidden > 0)
        #expect(output.isFinite && output > 0)
        // A second evaluation reports the same step's gradients.
        trainer.evaluate()
        #expect(trainer.snapshot().layers.first?.gradientNorm == hidden)
        #expect(trainer.snapshot().outputGradientNorm == output)
    }
}
