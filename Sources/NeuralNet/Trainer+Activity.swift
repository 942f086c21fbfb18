extension Trainer {
    /// Per hidden layer, the share of units whose pre-activation is ≤ 0 on
    /// every training example (for maxout, whose winning piece is): for
    /// ReLU that is a dead unit (f′ = 0 everywhere); a Leaky ReLU or PReLU
    /// unit in that state still gets its small slope's gradient — stuck,
    /// not dead. Costs one forward pass over the training set.
    public mutating func neverPositiveShares() -> [Double] {
        // Before the pass overwrites what a fused step left to derive them from.
        writeLatestGradients()
        let hiddenCount = network.hiddenLayerCount
        var positive = (0..<hiddenCount).map { [Bool](repeating: false, count: network.layers[$0].unitCount) }
        let width = dataset.featureCount
        let count = dataset.trainCount
        var offset = 0
        dataset.trainFeatures.withUnsafeBufferPointer { source in
            while offset < count {
                let chunk = Swift.min(workspace.rows, count - offset)
                workspace.input.pointer.update(from: source.baseAddress! + offset * width, count: chunk * width)
                network.forward(rows: chunk, workspace: workspace)
                for index in 0..<hiddenCount {
                    let layer = network.layers[index]
                    let units = layer.unitCount
                    let isMaxout = layer.function.pieces > 1
                    let values = isMaxout ? workspace.outputs[index].pointer : workspace.preactivations[index].pointer
                    for row in 0..<chunk {
                        for unit in 0..<units where values[row * units + unit] > 0 { positive[index][unit] = true }
                    }
                }
                offset += chunk
            }
        }
        return positive.map { units in Double(units.filter { !$0 }.count) / Double(Swift.max(units.count, 1)) }
    }
}
