extension Network {
    /// Same layer sizes, pieces and bias layout: the parameters of one fit the other.
    func hasSameShape(as other: Network) -> Bool {
        layers.count == other.layers.count && zip(layers, other.layers).allSatisfy {
            $0.weights.count == $1.weights.count && $0.bias.count == $1.bias.count && $0.alpha.count == $1.alpha.count
        }
    }

    /// Takes weights, biases and slopes from a network of the same shape.
    mutating func copyParameters(from other: Network) {
        for index in layers.indices {
            layers[index].weights = other.layers[index].weights
            layers[index].bias = other.layers[index].bias
            layers[index].alpha = other.layers[index].alpha
        }
    }

    /// "hidden layer 2 (relu)" or "the output layer (softmax)"; layers count from 1.
    func layerDescription(_ index: Int) -> String {
        index == layers.count - 1
            ? "the output layer (\(layers[index].function.name))"
            : "hidden layer \(index + 1) (\(layers[index].function.name))"
    }

    /// The first layer whose pre-activations in the last forward chunk hold
    /// a NaN or an infinity, or whose weights do.
    func firstNonFiniteLayer(rows: Int, workspace: NetworkWorkspace) -> Int? {
        for index in layers.indices {
            if layers[index].weights.contains(where: { !$0.isFinite }) { return index }
            let z = workspace.preactivations[index].pointer
            for i in 0..<(rows * layers[index].width) where !z[i].isFinite { return index }
        }
        return nil
    }

    /// The layer whose last weight gradient has the largest L2 norm.
    func layerWithLargestGradient(workspace: NetworkWorkspace) -> Int {
        var best = 0
        var bestNorm = -1.0
        for index in layers.indices {
            let norm = Self.norm(workspace.weightGradients[index])
            if norm > bestNorm || norm.isNaN {
                best = index
                bestNorm = norm.isNaN ? .infinity : norm
            }
        }
        return best
    }

    static func norm(_ buffer: ScratchBuffer<Float>) -> Double {
        var sum = 0.0
        for i in 0..<buffer.count {
            let value = Double(buffer.pointer[i])
            sum += value * value
        }
        return sum.squareRoot()
    }
}

extension Network {
    /// True when every weight equals `other`'s: training moved no weight (a
    /// learning rate too small for Float32, say). Biases are left out: they
    /// start at zero, where even a step of 1e-40 changes them.
    public func hasSameWeights(as other: Network) -> Bool {
        layers.count == other.layers.count && zip(layers, other.layers).allSatisfy { $0.weights == $1.weights }
    }

    /// The largest, over layers, of ‖W − W′‖ / ‖W′‖ for the weights, biases
    /// and slopes of `self` against `reference` (same shape): how far two
    /// runs of the same training, on different kernels, have drifted apart.
    public func relativeDistance(to reference: Network) -> Double {
        precondition(layers.count == reference.layers.count, "networks of different shapes")
        var worst = 0.0
        for (layer, other) in zip(layers, reference.layers) {
            var difference = 0.0, size = 0.0
            for (mine, theirs) in [(layer.weights, other.weights), (layer.bias, other.bias), (layer.alpha, other.alpha)] {
                precondition(mine.count == theirs.count, "layers of different shapes")
                for (x, y) in zip(mine, theirs) {
                    difference += Double(x - y) * Double(x - y)
                    size += Double(y) * Double(y)
                }
            }
            worst = Swift.max(worst, size > 0 ? (difference / size).squareRoot() : difference.squareRoot())
        }
        return worst
    }
}
