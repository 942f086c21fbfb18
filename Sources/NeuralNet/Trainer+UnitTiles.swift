extension Trainer {
    /// `UnitWeights` bounds: the explorer's largest layer, and a 28×28 image.
    public static let weightUnitLimit = 64
    public static let weightInputLimit = 1024
    /// Misclassified test examples kept per evaluation.
    public static let misclassifiedLimit = 24

    /// The plane a 2-D set is drawn over: its training points' extent with a
    /// 10% margin, shared by the decision map and the unit tiles.
    func planeRanges() -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        // The raw x1, x2 plane, whatever features the network is fed.
        guard let plane = inputPlane else { return (-1...1, -1...1) }
        let features = plane.trainFeatures
        var xs = (Float.infinity, -Float.infinity), ys = (Float.infinity, -Float.infinity)
        for row in 0..<plane.trainCount {
            let x = features[row * 2], y = features[row * 2 + 1]
            xs = (Swift.min(xs.0, x), Swift.max(xs.1, x))
            ys = (Swift.min(ys.0, y), Swift.max(ys.1, y))
        }
        let marginX = Swift.max((xs.1 - xs.0) * 0.1, 0.1), marginY = Swift.max((ys.1 - ys.0) * 0.1, 0.1)
        return (Double(xs.0 - marginX)...Double(xs.1 + marginX), Double(ys.0 - marginY)...Double(ys.1 + marginY))
    }

    /// Every hidden unit's output over a `columns × rows` grid of the
    /// plane, for 2-D data (nil otherwise). An evaluation takes them from the
    /// decision map's own forward pass over its grid (`planeGrid`), so they
    /// cost a copy; this computes them alone, at any resolution.
    public mutating func unitTiles(columns: Int, rows: Int) -> UnitTiles? {
        guard let plane = inputPlane, plane.trainCount > 0, columns > 0, rows > 0 else { return nil }
        return planeGrid(columns: columns, rows: rows, tiles: true).tiles
    }

    /// One forward pass over a `columns × rows` grid of the plane: each
    /// cell's predicted class and its probability, the first output (a
    /// regression's prediction), and with `tiles` every hidden unit's output there.
    mutating func planeGrid(columns: Int, rows: Int, tiles: Bool)
        -> (classes: [UInt8], confidence: [Float], outputs: [Float], tiles: UnitTiles?) {
        prepareWorkspace()
        let (xRange, yRange) = planeRanges()
        let hidden = tiles ? network.hiddenLayerCount : 0
        let cells = columns * rows
        let unitCounts = (0..<hidden).map { network.layers[$0].unitCount }
        var values = unitCounts.map { [Float](repeating: 0, count: $0 * cells) }
        var scales = [Float](repeating: 0, count: hidden)
        var classes = [UInt8](repeating: 0, count: cells)
        var confidence = [Float](repeating: 0, count: cells)
        var firstOutputs = [Float](repeating: 0, count: cells)
        // The output layer's width: the classes, or a regression's one unit.
        let classCount = network.classCount
        let grid = UnitTiles(columns: columns, rows: rows, xRange: xRange, yRange: yRange,
                             values: [], unitCounts: unitCounts, scales: [])
        var offset = 0
        while offset < cells {
            let chunk = Swift.min(workspace.rows, cells - offset)
            for i in 0..<chunk {
                let cell = offset + i
                let point = grid.point(column: cell % columns, row: cell / columns)
                writeInput(Float(point.x), Float(point.y), row: i)
            }
            network.forward(rows: chunk, workspace: workspace)
            let outputs = workspace.outputs[network.layers.count - 1].pointer
            for i in 0..<chunk {
                let scores = outputs + i * classCount
                let best = Self.argmax(scores, count: classCount)
                var total: Float = 0
                for c in 0..<classCount { total += scores[c] }
                classes[offset + i] = UInt8(clamping: best)
                confidence[offset + i] = total > 0 && total.isFinite ? scores[best] / total : 0
                firstOutputs[offset + i] = scores[0]
            }
            for layer in 0..<hidden {
                let units = unitCounts[layer]
                let outputs = UnsafePointer(workspace.outputs[layer].pointer)
                var largest = scales[layer]
                values[layer].withUnsafeMutableBufferPointer { target in
                    for i in 0..<chunk {
                        let row = outputs + i * units
                        for unit in 0..<units {
                            let value = row[unit]
                            target[unit * cells + offset + i] = value
                            if value.isFinite { largest = Swift.max(largest, Swift.abs(value)) }
                        }
                    }
                }
                scales[layer] = largest
            }
            offset += chunk
        }
        let result = tiles ? UnitTiles(columns: columns, rows: rows, xRange: xRange, yRange: yRange,
                                       values: values, unitCounts: unitCounts, scales: scales) : nil
        return (classes, confidence, firstOutputs, result)
    }

    /// The hidden layers' incoming weights within the `UnitWeights` bounds.
    func unitWeights() -> [UnitWeights] {
        (0..<network.hiddenLayerCount).map { index in
            let layer = network.layers[index]
            guard layer.inputCount <= Self.weightInputLimit else {
                return UnitWeights(inputCount: layer.inputCount, unitCount: 0, weights: [], bias: [])
            }
            let units = Swift.min(layer.unitCount, Self.weightUnitLimit)
            let width = layer.width
            var weights = [Float](repeating: 0, count: units * layer.inputCount)
            for unit in 0..<units {
                for input in 0..<layer.inputCount {
                    weights[unit * layer.inputCount + input] = layer.weights[input * width + unit]
                }
            }
            let bias = layer.bias.isEmpty ? [] : Array(layer.bias.prefix(units))
            return UnitWeights(inputCount: layer.inputCount, unitCount: units, weights: weights, bias: bias)
        }
    }
}
