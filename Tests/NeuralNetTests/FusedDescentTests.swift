import Testing
@testable import NeuralNet

/// Plain gradient descent may take its weight step as the gradient product
/// itself (W ← W − rate·scale·inputᵀ·δ). That must give the weights of the
/// separate optimiser step, up to the rounding of folding rate·scale into
/// one factor.
@Suite struct FusedDescentTests {
    static let rows = 24
    static let inputCount = 30

    @Test(arguments: [ComputePath.fast, .reference], ["sigmoid", "relu", "prelu", "maxout"])
    func fusedStepEqualsOptimiserStep(path: ComputePath, activation: String) throws {
        var configuration = TrainingConfiguration()
        configuration.hiddenSizes = [40, 20]
        configuration.activations = [activation]
        configuration.output = .sigmoid
        configuration.useBias = true
        configuration.initializer = .normal(standardDeviation: 0.5)
        var generator = SeededRandom(seed: 5)
        let start = try Network(configuration: configuration, inputCount: Self.inputCount, classCount: 10,
                                generator: &generator)
        let rate: Float = 0.1, scale = 1 / Float(Self.rows)

        func workspace() -> NetworkWorkspace {
            var inputs = SeededRandom(seed: 9)
            let workspace = NetworkWorkspace(layers: start.layers, rows: Self.rows, path: path, threads: 2)
            for i in 0..<(Self.rows * Self.inputCount) { workspace.input.pointer[i] = Float(inputs.normal()) }
            for row in 0..<Self.rows { workspace.labels.pointer[row] = Int32(row % 10) }
            return workspace
        }

        var fused = start
        let fusedWorkspace = workspace()
        var fusedOptimizer = Optimizer(kind: .sgd, layers: start.layers)
        fused.forward(rows: Self.rows, workspace: fusedWorkspace)
        fused.backward(rows: Self.rows, scale: scale, accumulate: false, workspace: fusedWorkspace,
                       fusion: .fused(rate: rate))
        fusedOptimizer.update(&fused, workspace: fusedWorkspace, learningRate: Double(rate), weightDecay: 0,
                              fusion: .fused(rate: rate))

        var plain = start
        let plainWorkspace = workspace()
        var plainOptimizer = Optimizer(kind: .sgd, layers: start.layers)
        plain.forward(rows: Self.rows, workspace: plainWorkspace)
        plain.backward(rows: Self.rows, scale: scale, accumulate: false, workspace: plainWorkspace)
        plainOptimizer.update(&plain, workspace: plainWorkspace, learningRate: Double(rate), weightDecay: 0)

        #expect(!fusedWorkspace.weightGradientsAreCurrent)
        #expect(plainWorkspace.weightGradientsAreCurrent)
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

    @Test func diagnosticsRecomputeTheGradientAfterFusedSteps() throws {
        let dataset = try Dataset.load("digits", seed: 2)
        var trainer = try Trainer(configuration: TestData.configuration(hidden: [16], activation: "sigmoid", batch: 32),
                                  dataset: dataset, computePath: .fast)
        for _ in 0..<3 { trainer.step() }
        #expect(!trainer.workspace.weightGradientsAreCurrent)
        trainer.evaluate()
        #expect(trainer.workspace.weightGradientsAreCurrent)
        let snapshot = trainer.snapshot()
        let hidden = try #require(snapshot.layers.first?.gradientNorm)
        let output = snapshot.outputGradientNorm
        #expect(hidden.isFinite && hidden > 0)
        #expect(output.isFinite && output > 0)
    }
}
