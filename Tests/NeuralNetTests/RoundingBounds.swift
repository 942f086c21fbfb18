@testable import NeuralNet

/// For each parameter, the sum of the absolute values of every term that
/// went into its gradient, carried through the backward pass (|δ| sent down
/// through |W| and |f′|): the scale on which the Float backward pass rounds,
/// whatever cancels in the exact sums.
struct RoundingBounds {
    /// Relative to those sums: a few units in the last place of Float for
    /// each product and activation slope on the way, with a wide margin.
    static let tolerance = 2e-5

    var weights: [[Double]] = []
    var bias: [[Double]] = []
    var alpha: [[Double]] = []

    init(_ reference: ReferenceBackward, network: Network, input: [Float], labels: [Int32], scale: Double) {
        let layers = network.layers
        let rows = reference.rows
        weights = Array(repeating: [], count: layers.count)
        bias = Array(repeating: [], count: layers.count)
        alpha = layers.map { [Double](repeating: 0, count: $0.alpha.count) }
        // |a − y| is rounded on the scale of |a| + |y|.
        var g = reference.activations[layers.count - 1].map { abs($0) }
        for r in 0..<rows { g[r * network.classCount + Int(labels[r])] += 1 }
        var delta = g
        for l in stride(from: layers.count - 1, through: 0, by: -1) {
            let layer = layers[l], width = layer.width
            let below = (l == 0 ? input.map(Double.init) : reference.activations[l - 1]).map { abs($0) }
            weights[l] = ReferenceBackward.transposedProduct(below, delta, rows: rows, columns: layer.inputCount,
                                                             width: width).map { scale * $0 }
            bias[l] = layer.bias.isEmpty ? [] : (0..<width).map { c in scale * (0..<rows).reduce(0.0) { $0 + delta[$1 * width + c] } }
            guard l > 0 else { break }
            let next = layers[l - 1], units = next.unitCount
            g = ReferenceBackward.productTransposed(delta, layer.weights.map { Double(abs($0)) }, rows: rows,
                                                    width: width, columns: units)
            let z = reference.preactivations[l - 1]
            switch next.function {
            case .activation(let activation):
                delta = (0..<(rows * units)).map { g[$0] * abs(activation.derivative(z[$0])) }
            case .prelu:
                var slopes = [Double](repeating: 0, count: units)
                delta = g
                for r in 0..<rows {
                    for j in 0..<units where z[r * units + j] <= 0 {
                        slopes[j] += scale * g[r * units + j] * abs(z[r * units + j])
                        delta[r * units + j] *= Double(abs(next.alpha[j]))
                    }
                }
                alpha[l - 1] = slopes
            case .maxout:
                let nextWidth = next.width
                delta = [Double](repeating: 0, count: rows * nextWidth)
                for r in 0..<rows {
                    for j in 0..<units {
                        delta[r * nextWidth + reference.winners[l - 1][r * units + j] * units + j] = g[r * units + j]
                    }
                }
            case .softmax, .sigmoid, .linear:
                preconditionFailure("an output function below the output layer")
            }
        }
    }
}
