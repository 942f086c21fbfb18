import Activations
import Kernels
import RealModule

extension Network {
    static let sigmoid = Activation(.sigmoid)

    /// Runs `rows` examples from `workspace.input` through every layer,
    /// leaving pre-activations and outputs in the workspace.
    func forward(rows: Int, workspace: NetworkWorkspace) {
        var input = UnsafePointer(workspace.input.pointer)
        for index in layers.indices {
            let layer = layers[index]
            let width = layer.width
            let z = workspace.preactivations[index].pointer
            let a = workspace.outputs[index].pointer
            let path: ComputePath = workspace.multiplier == nil ? .reference : .fast
            if case .activation(let activation) = layer.function {
                // Bias and activation in one pass over each block of z as
                // the product finishes it.
                layer.bias.withUnsafeBufferPointer { bias in
                    let epilogue = Self.activationEpilogue(
                        activation, preactivations: z, bias: bias.isEmpty ? nil : bias.baseAddress,
                        width: width, outputs: a, path: path)
                    layer.weights.withUnsafeBufferPointer { weights in
                        workspace.multiply(.none, .none, m: rows, n: width, k: layer.inputCount, alpha: 1,
                                           a: input, lda: layer.inputCount, b: weights.baseAddress!, ldb: width,
                                           beta: 0, c: z, ldc: width, epilogue: epilogue)
                    }
                }
                input = UnsafePointer(a)
                continue
            }
            layer.weights.withUnsafeBufferPointer { weights in
                workspace.multiply(.none, .none, m: rows, n: width, k: layer.inputCount, alpha: 1,
                                   a: input, lda: layer.inputCount, b: weights.baseAddress!, ldb: width,
                                   beta: 0, c: z, ldc: width)
            }
            if !layer.bias.isEmpty {
                layer.bias.withUnsafeBufferPointer { bias in
                    for row in 0..<rows {
                        let line = z + row * width
                        for column in 0..<width { line[column] += bias[column] }
                    }
                }
            }
            switch layer.function {
            case .activation:
                break
            case .prelu:
                layer.alpha.withUnsafeBufferPointer { alpha in
                    for row in 0..<rows {
                        for unit in 0..<width {
                            let value = z[row * width + unit]
                            a[row * width + unit] = value > 0 ? value : alpha[unit] * value
                        }
                    }
                }
            case .maxout(let pieces):
                let units = layer.unitCount
                let winners = workspace.winners[index].pointer
                for row in 0..<rows {
                    let line = z + row * width
                    for unit in 0..<units {
                        var best = line[unit]
                        var winner: Int32 = 0
                        for piece in 1..<pieces where line[piece * units + unit] > best {
                            best = line[piece * units + unit]
                            winner = Int32(piece)
                        }
                        a[row * units + unit] = best
                        winners[row * units + unit] = winner
                    }
                }
            case .softmax:
                for row in 0..<rows {
                    let logits = z + row * width
                    let probabilities = a + row * width
                    var largest = logits[0]
                    for column in 1..<width { largest = Swift.max(largest, logits[column]) }
                    var total: Float = 0
                    for column in 0..<width {
                        let e = Float.exp(logits[column] - largest)
                        probabilities[column] = e
                        total += e
                    }
                    let inverse = 1 / total
                    for column in 0..<width { probabilities[column] *= inverse }
                }
            case .sigmoid:
                Self.activate(Self.sigmoid, preactivations: z, bias: nil, rows: rows, columns: width, outputs: a,
                              path: path)
            case .linear:
                a.update(from: z, count: rows * width)
            }
            input = UnsafePointer(a)
        }
    }

    /// The loss summed over `rows` examples (labels in the workspace) and
    /// how many the network classifies correctly. Cross-entropy for softmax;
    /// the lecture's ½Σ(a − y)² for the sigmoid output.
    func lossAndCorrect(rows: Int, workspace: NetworkWorkspace) -> (loss: Double, correct: Int) {
        let last = layers.count - 1
        if task == .regression {
            // The squared error (ŷ − y)², summed; nothing is "correct".
            let a = workspace.outputs[last].pointer
            let targets = workspace.targets.pointer
            var loss = 0.0
            for row in 0..<rows {
                let difference = Double(a[row]) - Double(targets[row])
                loss += difference * difference
            }
            return (loss, 0)
        }
        let classes = layers[last].unitCount
        let z = workspace.preactivations[last].pointer
        let a = workspace.outputs[last].pointer
        let labels = workspace.labels.pointer
        var loss = 0.0
        var correct = 0
        for row in 0..<rows {
            let label = Int(labels[row])
            let scores = a + row * classes
            var best = 0
            for column in 1..<classes where scores[column] > scores[best] { best = column }
            if best == label { correct += 1 }
            switch output {
            case .softmax:
                // log Σ e^z − z_y, computed from the logits so a confident
                // wrong answer gives a large loss rather than log(0).
                let logits = z + row * classes
                var largest = logits[0]
                for column in 1..<classes { largest = Swift.max(largest, logits[column]) }
                var total = 0.0
                for column in 0..<classes { total += Double.exp(Double(logits[column] - largest)) }
                loss += Double.log(total) + Double(largest) - Double(logits[label])
            case .sigmoid:
                var sum = 0.0
                for column in 0..<classes {
                    let difference = Double(scores[column]) - (column == label ? 1 : 0)
                    sum += difference * difference
                }
                loss += 0.5 * sum
            }
        }
        return (loss, correct)
    }

    /// z += bias (per column), then a = f(z), over `rows × columns` values.
    static func activate(_ activation: Activation, preactivations z: UnsafeMutablePointer<Float>,
                         bias: UnsafePointer<Float>?, rows: Int, columns: Int,
                         outputs: UnsafeMutablePointer<Float>, path: ComputePath) {
        switch path {
        case .fast:
            ActivationKernels.forward(activation, input: z, bias: bias, rows: rows, columns: columns,
                                      preactivation: z, output: outputs)
        case .reference:
            ActivationKernels.referenceForward(activation, input: z, bias: bias, rows: rows, columns: columns,
                                               preactivation: z, output: outputs)
        }
    }

    /// z += bias, a = f(z) over each finished block of a `width`-column z.
    static func activationEpilogue(_ activation: Activation, preactivations z: UnsafeMutablePointer<Float>,
                                   bias: UnsafePointer<Float>?, width: Int,
                                   outputs: UnsafeMutablePointer<Float>, path: ComputePath) -> ProductEpilogue {
        let z = SharedPointer(z), a = SharedPointer(outputs)
        let bias = bias.map { SharedPointer(UnsafeMutablePointer(mutating: $0)) }
        return ProductEpilogue { rows, columns in
            let start = columns.lowerBound
            let bias = bias.map { UnsafePointer($0.base + start) }
            if columns.count == width {
                // Whole rows are one contiguous run.
                let offset = rows.lowerBound * width
                activate(activation, preactivations: z.base + offset, bias: bias, rows: rows.count, columns: width,
                         outputs: a.base + offset, path: path)
                return
            }
            for row in rows {
                let offset = row * width + start
                activate(activation, preactivations: z.base + offset, bias: bias, rows: 1, columns: columns.count,
                         outputs: a.base + offset, path: path)
            }
        }
    }

    /// delta ⊙= f′(z) over each finished block of a `width`-column delta.
    static func derivativeEpilogue(_ activation: Activation, preactivations z: UnsafePointer<Float>,
                                   deltas: UnsafeMutablePointer<Float>, width: Int,
                                   path: ComputePath) -> ProductEpilogue {
        let z = SharedPointer(UnsafeMutablePointer(mutating: z)), delta = SharedPointer(deltas)
        return ProductEpilogue { rows, columns in
            if columns.count == width {
                let offset = rows.lowerBound * width
                multiplyByDerivative(activation, preactivations: z.base + offset, deltas: delta.base + offset,
                                     count: rows.count * width, path: path)
                return
            }
            for row in rows {
                let offset = row * width + columns.lowerBound
                multiplyByDerivative(activation, preactivations: z.base + offset, deltas: delta.base + offset,
                                     count: columns.count, path: path)
            }
        }
    }

    /// delta ⊙= f′(z) over `count` values.
    static func multiplyByDerivative(_ activation: Activation, preactivations: UnsafePointer<Float>,
                                     deltas: UnsafeMutablePointer<Float>, count: Int, path: ComputePath) {
        switch path {
        case .fast:
            ActivationKernels.multiplyByDerivative(activation, preactivation: preactivations, delta: deltas, count: count)
        case .reference:
            ActivationKernels.referenceMultiplyByDerivative(activation, preactivation: preactivations,
                                                            delta: deltas, count: count)
        }
    }
}
