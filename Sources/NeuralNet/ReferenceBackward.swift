import Activations
import RealModule

/// Backpropagation as the textbook writes it, over plain row-major arrays
/// in Double: no workspace, no blocked or fused products, no epilogues.
/// Slow and obvious on purpose, so the trainer's backward pass (fused or
/// not, on either compute path) can be pinned to it.
///
/// With X the batch (rows × inputs), layer l computes zₗ = aₗ₋₁·Wₗ + bₗ and
/// aₗ = f(zₗ), a₀ = X. Then, from the output layer L down:
///
///     δ_L  = a_L − y                  softmax with cross-entropy, or the
///                                     lecture's sigmoid output
///     gₗ   = δₗ₊₁·Wₗ₊₁ᵀ               ∂loss/∂aₗ
///     δₗ   = gₗ ⊙ f′(zₗ)              PReLU: f′ = 1 for z > 0, α otherwise;
///                                     maxout: gₗ goes to the winning piece
///     ∇Wₗ  = scale·aₗ₋₁ᵀ·δₗ
///     ∇bₗ  = scale·Σ_rows δₗ
///     ∇αₗⱼ = scale·Σ_{rows, z ≤ 0} gₗ·zₗ   (PReLU's ∂f/∂α = z there)
///
/// `scale` is 1 for summed gradients, 1/rows for the mean.
struct ReferenceBackward: Sendable {
    let rows: Int
    /// Per layer, rows × width: zₗ (maxout: every piece, column p·units + j).
    private(set) var preactivations: [[Double]] = []
    /// Per layer, rows × units: aₗ.
    private(set) var activations: [[Double]] = []
    /// Per maxout layer, rows × units: the winning piece (the first largest,
    /// as in the forward pass); empty for other layers.
    private(set) var winners: [[Int]] = []
    /// Per layer, rows × units: gₗ = ∂loss/∂aₗ (the output layer's is δ_L).
    private(set) var outputGradients: [[Double]] = []
    /// Per layer, rows × width: δₗ = ∂loss/∂zₗ.
    private(set) var deltas: [[Double]] = []
    /// Per layer, in the layout of the layer's parameters.
    private(set) var weightGradients: [[Double]] = []
    private(set) var biasGradients: [[Double]] = []
    private(set) var alphaGradients: [[Double]] = []

    /// Runs `network` forward and backward on `rows` examples: `input` holds
    /// rows × `network.inputCount` features, `labels` one class per row.
    init(network: Network, input: [Float], labels: [Int32], scale: Double) {
        precondition(input.count == labels.count * network.inputCount, "input and labels disagree")
        rows = labels.count
        forward(network, input: input.map(Double.init))
        backward(network, input: input.map(Double.init), labels: labels, targets: nil, scale: scale)
    }

    /// The same for a regression network: `targets` one number per row,
    /// δ_L = 2(ŷ − y), the gradient of the squared error.
    init(network: Network, input: [Float], targets: [Float], scale: Double) {
        precondition(input.count == targets.count * network.inputCount, "input and targets disagree")
        rows = targets.count
        forward(network, input: input.map(Double.init))
        backward(network, input: input.map(Double.init), labels: [], targets: targets, scale: scale)
    }

    private mutating func forward(_ network: Network, input: [Double]) {
        var a = input
        for layer in network.layers {
            let units = layer.unitCount, width = layer.width
            var z = Self.product(a, layer.weights.map(Double.init), rows: rows, inner: layer.inputCount, columns: width)
            if !layer.bias.isEmpty {
                for r in 0..<rows { for c in 0..<width { z[r * width + c] += Double(layer.bias[c]) } }
            }
            var output = [Double](repeating: 0, count: rows * units)
            var winner: [Int] = []
            switch layer.function {
            case .activation(let activation):
                output = z.map { activation.value($0) }
            case .prelu:
                for r in 0..<rows {
                    for j in 0..<units {
                        let value = z[r * units + j]
                        output[r * units + j] = value > 0 ? value : Double(layer.alpha[j]) * value
                    }
                }
            case .maxout(let pieces):
                winner = [Int](repeating: 0, count: rows * units)
                for r in 0..<rows {
                    for j in 0..<units {
                        var best = 0
                        for p in 1..<pieces where z[r * width + p * units + j] > z[r * width + best * units + j] {
                            best = p
                        }
                        winner[r * units + j] = best
                        output[r * units + j] = z[r * width + best * units + j]
                    }
                }
            case .softmax:
                for r in 0..<rows {
                    let logits = z[(r * width)..<((r + 1) * width)]
                    let largest = logits.max()!
                    let exponentials = logits.map { Double.exp($0 - largest) }
                    let total = exponentials.reduce(0, +)
                    for c in 0..<width { output[r * width + c] = exponentials[c] / total }
                }
            case .sigmoid:
                output = z.map { Network.sigmoid.value($0) }
            case .linear:
                output = z
            }
            preactivations.append(z)
            activations.append(output)
            winners.append(winner)
            a = output
        }
    }

    private mutating func backward(_ network: Network, input: [Double], labels: [Int32], targets: [Float]?,
                                   scale: Double) {
        let layers = network.layers
        let count = layers.count
        outputGradients = Array(repeating: [], count: count)
        deltas = Array(repeating: [], count: count)
        weightGradients = Array(repeating: [], count: count)
        biasGradients = Array(repeating: [], count: count)
        // Written below by the layer above each PReLU layer.
        alphaGradients = layers.map { [Double](repeating: 0, count: $0.alpha.count) }

        // δ_L = a_L − y.
        let classes = layers[count - 1].unitCount
        var delta = activations[count - 1]
        if let targets {
            for r in 0..<rows { delta[r] = 2 * (delta[r] - Double(targets[r])) }
        } else {
            for r in 0..<rows { delta[r * classes + Int(labels[r])] -= 1 }
        }
        outputGradients[count - 1] = delta

        for l in stride(from: count - 1, through: 0, by: -1) {
            let layer = layers[l]
            let width = layer.width
            deltas[l] = delta
            // ∇W = scale·aₗ₋₁ᵀ·δ, ∇b = scale·Σ_rows δ.
            let below = l == 0 ? input : activations[l - 1]
            weightGradients[l] = Self.transposedProduct(below, delta, rows: rows, columns: layer.inputCount,
                                                        width: width).map { scale * $0 }
            biasGradients[l] = layer.bias.isEmpty ? [] : (0..<width).map { c in
                scale * (0..<rows).reduce(0.0) { $0 + delta[$1 * width + c] }
            }
            guard l > 0 else { break }

            // g = δ·Wᵀ, then δ of the layer below.
            let next = layers[l - 1]
            let units = next.unitCount
            let g = Self.productTransposed(delta, layer.weights.map(Double.init), rows: rows, width: width,
                                           columns: units)
            outputGradients[l - 1] = g
            let z = preactivations[l - 1]
            switch next.function {
            case .activation(let activation):
                delta = (0..<(rows * units)).map { g[$0] * activation.derivative(z[$0]) }
            case .prelu:
                var slopes = [Double](repeating: 0, count: units)
                delta = g
                for r in 0..<rows {
                    for j in 0..<units where z[r * units + j] <= 0 {
                        slopes[j] += scale * g[r * units + j] * z[r * units + j]
                        delta[r * units + j] = Double(next.alpha[j]) * g[r * units + j]
                    }
                }
                alphaGradients[l - 1] = slopes
            case .maxout:
                // Only the winning piece's affine map reaches the output.
                let nextWidth = next.width
                delta = [Double](repeating: 0, count: rows * nextWidth)
                for r in 0..<rows {
                    for j in 0..<units {
                        delta[r * nextWidth + winners[l - 1][r * units + j] * units + j] = g[r * units + j]
                    }
                }
            case .softmax, .sigmoid, .linear:
                preconditionFailure("an output function below the output layer")
            }
        }
    }

    /// A·B with A rows × inner and B inner × columns.
    static func product(_ a: [Double], _ b: [Double], rows: Int, inner: Int, columns: Int) -> [Double] {
        var c = [Double](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            for j in 0..<columns {
                var sum = 0.0
                for k in 0..<inner { sum += a[i * inner + k] * b[k * columns + j] }
                c[i * columns + j] = sum
            }
        }
        return c
    }

    /// Aᵀ·B with A rows × columns and B rows × width: columns × width.
    static func transposedProduct(_ a: [Double], _ b: [Double], rows: Int, columns: Int, width: Int) -> [Double] {
        var c = [Double](repeating: 0, count: columns * width)
        for i in 0..<columns {
            for j in 0..<width {
                var sum = 0.0
                for r in 0..<rows { sum += a[r * columns + i] * b[r * width + j] }
                c[i * width + j] = sum
            }
        }
        return c
    }

    /// A·Bᵀ with A rows × width and B columns × width: rows × columns.
    static func productTransposed(_ a: [Double], _ b: [Double], rows: Int, width: Int, columns: Int) -> [Double] {
        var c = [Double](repeating: 0, count: rows * columns)
        for i in 0..<rows {
            for j in 0..<columns {
                var sum = 0.0
                for k in 0..<width { sum += a[i * width + k] * b[j * width + k] }
                c[i * columns + j] = sum
            }
        }
        return c
    }
}
