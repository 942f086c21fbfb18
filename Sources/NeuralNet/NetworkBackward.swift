import Activations

extension Network {
    /// Backpropagates the chunk last run through `forward` and writes the
    /// weight, bias and PReLU-slope gradients, multiplied by `scale` (1 for
    /// summed gradients, 1/batch for the mean). With `accumulate` the
    /// gradients are added to what the workspace holds, so a large batch can
    /// be processed in chunks.
    func backward(rows: Int, scale: Float, accumulate: Bool, workspace: NetworkWorkspace) {
        let last = layers.count - 1
        let classes = layers[last].unitCount
        let labels = workspace.labels.pointer
        do {
            // Softmax with cross-entropy and the lecture's sigmoid output
            // both send back a − y.
            let a = workspace.outputs[last].pointer
            let delta = workspace.deltas[last].pointer
            for row in 0..<rows {
                let label = Int(labels[row])
                for column in 0..<classes {
                    delta[row * classes + column] = a[row * classes + column] - (column == label ? 1 : 0)
                }
            }
        }
        let beta: Float = accumulate ? 1 : 0
        for index in stride(from: last, through: 0, by: -1) {
            let layer = layers[index]
            let width = layer.width
            let input = UnsafePointer(index == 0 ? workspace.input.pointer : workspace.outputs[index - 1].pointer)
            let delta = UnsafePointer(workspace.deltas[index].pointer)
            workspace.multiply(.transposed, .none, m: layer.inputCount, n: width, k: rows, alpha: scale,
                               a: input, lda: layer.inputCount, b: delta, ldb: width,
                               beta: beta, c: workspace.weightGradients[index].pointer, ldc: width)
            if !layer.bias.isEmpty {
                let gradient = workspace.biasGradients[index].pointer
                if !accumulate { gradient.update(repeating: 0, count: width) }
                for row in 0..<rows {
                    let line = delta + row * width
                    for column in 0..<width { gradient[column] += scale * line[column] }
                }
            }
            guard index > 0 else { break }
            let below = layers[index - 1]
            let units = below.unitCount
            let isMaxout = below.function.pieces > 1
            let target = isMaxout ? workspace.outputDeltas[index - 1].pointer : workspace.deltas[index - 1].pointer
            layer.weights.withUnsafeBufferPointer { weights in
                workspace.multiply(.none, .transposed, m: rows, n: units, k: width, alpha: 1,
                                   a: delta, lda: width, b: weights.baseAddress!, ldb: width,
                                   beta: 0, c: target, ldc: units)
            }
            let z = UnsafePointer(workspace.preactivations[index - 1].pointer)
            switch below.function {
            case .activation(let activation):
                Self.multiplyByDerivative(activation, preactivations: z, deltas: target, count: rows * units,
                                          path: workspace.multiplier == nil ? .reference : .fast)
            case .prelu:
                let gradient = workspace.alphaGradients[index - 1].pointer
                if !accumulate { gradient.update(repeating: 0, count: units) }
                below.alpha.withUnsafeBufferPointer { alpha in
                    for row in 0..<rows {
                        for unit in 0..<units {
                            let i = row * units + unit
                            if z[i] > 0 { continue }
                            // ∂f/∂α = z for z ≤ 0.
                            gradient[unit] += scale * target[i] * z[i]
                            target[i] *= alpha[unit]
                        }
                    }
                }
            case .maxout:
                let spread = workspace.deltas[index - 1].pointer
                let winners = workspace.winners[index - 1].pointer
                spread.update(repeating: 0, count: rows * below.width)
                for row in 0..<rows {
                    for unit in 0..<units {
                        let i = row * units + unit
                        spread[row * below.width + Int(winners[i]) * units + unit] = target[i]
                    }
                }
            case .softmax, .sigmoid:
                break
            }
        }
    }
}
