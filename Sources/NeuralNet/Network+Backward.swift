import Activations
import Kernels

extension Network {
    /// Backpropagates the chunk last run through `forward` and writes the
    /// weight, bias and PReLU-slope gradients, multiplied by `scale` (1 for
    /// summed gradients, 1/batch for the mean). With `accumulate` the
    /// gradients are added to what the workspace holds, so a large batch can
    /// be processed in chunks. With `.fused` descent each weight matrix
    /// instead takes its plain gradient-descent step as the gradient product
    /// itself and its gradient is not written; the inputs and deltas the
    /// product read stay in the workspace (see `LatestGradients.derivable`).
    ///
    /// `ReferenceBackward` is the same computation written plainly.
    mutating func backward(rows: Int, scale: Float, accumulate: Bool, workspace: NetworkWorkspace,
                           fusion: DescentFusion = .separate) {
        // A fused product overwrites W, so it cannot add a second chunk's share.
        precondition(!(accumulate && fusion.isFused), "fused descent needs the whole batch in one chunk")
        let last = layers.count - 1
        let classes = layers[last].unitCount
        let labels = workspace.labels.pointer
        if task == .regression {
            // ∂(ŷ − y)²/∂ŷ = 2(ŷ − y), the gradient of the squared error
            // the loss reports (as PyTorch's MSELoss).
            let a = workspace.outputs[last].pointer
            let delta = workspace.deltas[last].pointer
            let targets = workspace.targets.pointer
            for row in 0..<rows { delta[row] = 2 * (a[row] - targets[row]) }
        } else {
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
        let path: ComputePath = workspace.multiplier == nil ? .reference : .fast
        for index in stride(from: last, through: 0, by: -1) {
            let width = layers[index].width
            let inputCount = layers[index].inputCount
            let delta = UnsafePointer(workspace.deltas[index].pointer)
            if index > 0 {
                // The delta sent down uses this layer's weights before any
                // fused descent step below changes them.
                sendDeltaDown(from: index, rows: rows, scale: scale, accumulate: accumulate,
                              workspace: workspace, path: path)
            }
            switch fusion {
            case .fused(let rate):
                // W ← W − rate·scale·inputᵀ·δ: W is read and written once.
                let input = UnsafePointer(index == 0 ? workspace.input.pointer : workspace.outputs[index - 1].pointer)
                layers[index].weights.withUnsafeMutableBufferPointer { weights in
                    workspace.multiply(.transposed, .none, m: inputCount, n: width, k: rows, alpha: -rate * scale,
                                       a: input, lda: inputCount, b: delta, ldb: width,
                                       beta: 1, c: weights.baseAddress!, ldc: width)
                }
            case .separate:
                writeWeightGradient(ofLayer: index, rows: rows, scale: scale, accumulate: accumulate,
                                    from: workspace, into: workspace)
            }
            if !layers[index].bias.isEmpty {
                let gradient = workspace.biasGradients[index].pointer
                if !accumulate { gradient.update(repeating: 0, count: width) }
                for row in 0..<rows {
                    let line = delta + row * width
                    for column in 0..<width { gradient[column] += scale * line[column] }
                }
            }
        }
    }

    /// The weight gradients a fused backward pass over `rows` examples did
    /// not write, from the layer inputs and deltas it left in `source`,
    /// written into `target`'s `weightGradients` (which may be `source`'s
    /// own). The same products a separate step runs, so the same numbers.
    func writeWeightGradients(rows: Int, scale: Float, from source: NetworkWorkspace, into target: NetworkWorkspace) {
        for index in layers.indices {
            writeWeightGradient(ofLayer: index, rows: rows, scale: scale, accumulate: false, from: source, into: target)
        }
    }

    /// ∂W = scale·inputᵀ·δ for one layer, added to `target`'s gradient with
    /// `accumulate`. Reads `source` only.
    private func writeWeightGradient(ofLayer index: Int, rows: Int, scale: Float, accumulate: Bool,
                                     from source: NetworkWorkspace, into target: NetworkWorkspace) {
        let width = layers[index].width
        let inputCount = layers[index].inputCount
        let input = UnsafePointer(index == 0 ? source.input.pointer : source.outputs[index - 1].pointer)
        let delta = UnsafePointer(source.deltas[index].pointer)
        target.multiply(.transposed, .none, m: inputCount, n: width, k: rows, alpha: scale,
                        a: input, lda: inputCount, b: delta, ldb: width,
                        beta: accumulate ? 1 : 0, c: target.weightGradients[index].pointer, ldc: width)
    }

    /// ∂loss/∂z of layer `index − 1` from the deltas of layer `index`, with
    /// PReLU's slope gradient and maxout's routing to the winning pieces.
    private func sendDeltaDown(from index: Int, rows: Int, scale: Float, accumulate: Bool,
                               workspace: NetworkWorkspace, path: ComputePath) {
        let layer = layers[index]
        let width = layer.width
        let delta = UnsafePointer(workspace.deltas[index].pointer)
        let below = layers[index - 1]
        let units = below.unitCount
        let isMaxout = below.function.pieces > 1
        let target = isMaxout ? workspace.outputDeltas[index - 1].pointer : workspace.deltas[index - 1].pointer
        let z = UnsafePointer(workspace.preactivations[index - 1].pointer)
        var epilogue: ProductEpilogue?
        if case .activation(let activation) = below.function {
            // f′(z) multiplied into each block of the delta as it is finished.
            epilogue = Self.derivativeEpilogue(activation, preactivations: z, deltas: target, width: units,
                                               path: path)
        }
        layer.weights.withUnsafeBufferPointer { weights in
            workspace.multiply(.none, .transposed, m: rows, n: units, k: width, alpha: 1,
                               a: delta, lda: width, b: weights.baseAddress!, ldb: width,
                               beta: 0, c: target, ldc: units, epilogue: epilogue)
        }
        switch below.function {
        case .activation, .softmax, .sigmoid, .linear:
            break
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
        }
    }
}
