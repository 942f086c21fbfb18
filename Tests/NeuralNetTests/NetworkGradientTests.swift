import Datasets
import Activations
import Foundation
import Testing
@testable import NeuralNet

/// Backpropagation, the trainer's and the textbook `ReferenceBackward`,
/// against central finite differences, for every activation in the
/// catalogue, PReLU's slopes, maxout's pieces, both output layers, with and
/// without biases.
@Suite struct NetworkGradientTests {
    static let inputCount = 3
    static let classCount = 3
    static let rows = 6

    static let everyActivation = ActivationKind.allCases.map(\.rawValue)

    @Test(arguments: everyActivation)
    func softmaxGradientsMatchFiniteDifferences(activation: String) throws {
        try check(activation: activation, output: .softmax, useBias: true)
    }

    @Test(arguments: everyActivation)
    func sigmoidOutputGradientsMatchFiniteDifferences(activation: String) throws {
        try check(activation: activation, output: .sigmoid, useBias: false)
    }

    @Test(arguments: ["prelu", "maxout", "tanh"])
    func gradientsWithoutBiasMatchFiniteDifferences(activation: String) throws {
        try check(activation: activation, output: .softmax, useBias: false)
    }

    /// No hidden layer: softmax (or sigmoid) regression, the baseline a deep
    /// linear net collapses to.
    @Test(arguments: [OutputKind.softmax, .sigmoid])
    func gradientsWithoutHiddenLayersMatchFiniteDifferences(output: OutputKind) throws {
        try check(activation: "linear", output: output, useBias: output == .softmax, hidden: [])
    }

    /// The objective whose exact gradient the backward pass computes:
    /// cross-entropy for softmax, and for the sigmoid output the per-class
    /// cross-entropy Σ softplus(z) − y·z, of which a − y is the gradient.
    static func objective(_ network: Network, workspace: NetworkWorkspace) -> Double {
        network.forward(rows: rows, workspace: workspace)
        switch network.output {
        case .softmax:
            return network.lossAndCorrect(rows: rows, workspace: workspace).loss
        case .sigmoid:
            let last = network.layers.count - 1
            let z = workspace.preactivations[last].pointer
            var total = 0.0
            for row in 0..<rows {
                for column in 0..<classCount {
                    let value = Double(z[row * classCount + column])
                    let target = Int(workspace.labels.pointer[row]) == column ? 1.0 : 0.0
                    total += log1p(exp(value)) - target * value
                }
            }
            return total
        }
    }

    func check(activation: String, output: OutputKind, useBias: Bool, hidden: [Int] = [4, 3]) throws {
        var configuration = TrainingConfiguration()
        configuration.hiddenSizes = hidden
        configuration.setActivation(LayerActivation(ActivationKind(rawValue: activation)!))
        configuration.output = output
        configuration.useBias = useBias
        configuration.initializer = .normal(standardDeviation: 0.7)
        configuration.seed = 7
        var generator = SeededRandom(seed: 7)
        var network = try Network(configuration: configuration, inputCount: Self.inputCount,
                                  classCount: Self.classCount, generator: &generator)
        // Biases and slopes away from their starting values, so their
        // gradients are exercised in general position.
        for index in network.layers.indices {
            for i in network.layers[index].bias.indices { network.layers[index].bias[i] = Float(generator.normal() * 0.3) }
            for i in network.layers[index].alpha.indices { network.layers[index].alpha[i] = Float(generator.uniform(0.1, 0.5)) }
        }
        let workspace = NetworkWorkspace(layers: network.layers, rows: Self.rows, path: .reference, threads: 1)
        for i in 0..<(Self.rows * Self.inputCount) { workspace.input.pointer[i] = Float(generator.normal()) }
        for row in 0..<Self.rows { workspace.labels.pointer[row] = Int32(row % Self.classCount) }

        network.forward(rows: Self.rows, workspace: workspace)
        network.backward(rows: Self.rows, scale: 1, accumulate: false, workspace: workspace)
        var analytic: [[Float]] = []
        for index in network.layers.indices {
            analytic.append(Array(UnsafeBufferPointer(start: workspace.weightGradients[index].pointer,
                                                      count: network.layers[index].weights.count)))
            analytic.append(Array(UnsafeBufferPointer(start: workspace.biasGradients[index].pointer,
                                                      count: network.layers[index].bias.count)))
            analytic.append(Array(UnsafeBufferPointer(start: workspace.alphaGradients[index].pointer,
                                                      count: network.layers[index].alpha.count)))
        }
        let reference = ReferenceBackward(
            network: network, input: Array(UnsafeBufferPointer(start: workspace.input.pointer, count: Self.rows * Self.inputCount)),
            labels: Array(UnsafeBufferPointer(start: workspace.labels.pointer, count: Self.rows)), scale: 1)
        let textbook = network.layers.indices.flatMap {
            [reference.weightGradients[$0], reference.biasGradients[$0], reference.alphaGradients[$0]]
        }

        let h: Float = 2e-3
        var checked = 0, skipped = 0
        var failures: [String] = []
        for index in network.layers.indices {
            for kind in 0..<3 {
                let count = [network.layers[index].weights.count, network.layers[index].bias.count,
                             network.layers[index].alpha.count][kind]
                for i in 0..<count {
                    func objective(shift: Float) -> Double {
                        var copy = network
                        switch kind {
                        case 0: copy.layers[index].weights[i] += shift
                        case 1: copy.layers[index].bias[i] += shift
                        default: copy.layers[index].alpha[i] += shift
                        }
                        return Self.objective(copy, workspace: workspace)
                    }
                    let center = objective(shift: 0)
                    let plus = objective(shift: h), minus = objective(shift: -h)
                    let right = (plus - center) / Double(h), left = (center - minus) / Double(h)
                    // A kink between the two sides (ReLU at 0, hard-sigmoid
                    // at ±3…) makes the difference meaningless: skip it.
                    if abs(right - left) > 5e-3 + 0.02 * abs(right) {
                        skipped += 1
                        continue
                    }
                    checked += 1
                    let numeric = (plus - minus) / Double(2 * h)
                    let exact = Double(analytic[index * 3 + kind][i])
                    if abs(numeric - exact) > 2e-3 + 2e-2 * abs(exact) {
                        failures.append("layer \(index) tensor \(kind) #\(i): numeric \(numeric), backprop \(exact)")
                    }
                    let plain = textbook[index * 3 + kind][i]
                    if abs(numeric - plain) > 2e-3 + 2e-2 * abs(plain) {
                        failures.append("layer \(index) tensor \(kind) #\(i): numeric \(numeric), reference \(plain)")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(activation), \(output), bias \(useBias): \(failures.prefix(4))")
        #expect(checked >= 3 * skipped, "\(activation): too many parameters near a kink (\(skipped) of \(checked + skipped))")
    }
}
