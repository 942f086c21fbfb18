import Testing
@testable import NeuralNet

/// Plain gradient descent may take its weight step inside the gradient
/// products. That must change nothing: the same gradients, and the same
/// weights, bit for bit, as the separate optimiser step.
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
        fused.backward(rows: Self.rows, scale: scale, accumulate: false, workspace: fusedWorkspace, descent: rate)
        fusedOptimizer.update(&fused, workspace: fusedWorkspace, learningRate: Double(rate), weightDecay: 0,
                              weightsStepped: true)

        var plain = start
        let plainWorkspace = workspace()
        var plainOptimizer = Optimizer(kind: .sgd, layers: start.layers)
        plain.forward(rows: Self.rows, workspace: plainWorkspace)
        plain.backward(rows: Self.rows, scale: scale, accumulate: false, workspace: plainWorkspace)
        plainOptimizer.update(&plain, workspace: plainWorkspace, learningRate: Double(rate), weightDecay: 0)

        for index in start.layers.indices {
            let count = start.layers[index].weights.count
            let fusedGradient = Array(UnsafeBufferPointer(start: fusedWorkspace.weightGradients[index].pointer, count: count))
            let plainGradient = Array(UnsafeBufferPointer(start: plainWorkspace.weightGradients[index].pointer, count: count))
            #expect(fusedGradient.map(\.bitPattern) == plainGradient.map(\.bitPattern), "layer \(index) gradient")
            #expect(fused.layers[index].weights.map(\.bitPattern) == plain.layers[index].weights.map(\.bitPattern),
                    "layer \(index) weights")
            #expect(fused.layers[index].bias == plain.layers[index].bias, "layer \(index) bias")
            #expect(fused.layers[index].alpha == plain.layers[index].alpha, "layer \(index) slopes")
            // And the step was taken at all.
            #expect(fused.layers[index].weights != start.layers[index].weights, "layer \(index) did not move")
        }
    }
}
