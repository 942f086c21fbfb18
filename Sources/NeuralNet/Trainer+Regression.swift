import Datasets

extension Trainer {
    /// Samples along a fit curve.
    static let curveSamples = 128

    var isRegression: Bool { configuration.task == .regression }

    /// The two inputs the data pane draws over, when the set has two.
    var inputPlane: Dataset? { plane ?? (dataset.isPlanar ? dataset : nil) }

    /// Refuses data the configuration cannot train on, in one line.
    static func check(_ dataset: Dataset, for configuration: TrainingConfiguration) throws(ConfigurationError) {
        guard dataset.trainCount > 0, dataset.featureCount > 0 else {
            throw ConfigurationError("the data set '\(dataset.name)' has no training examples")
        }
        switch configuration.task {
        case .regression:
            guard dataset.task == .regression, dataset.trainTargets.count == dataset.trainCount else {
                throw ConfigurationError("the data set '\(dataset.name)' has classes, not numbers, to fit; regression needs a regression set")
            }
        case .classification:
            guard dataset.task == .classification, dataset.classCount >= 2 else {
                throw ConfigurationError(dataset.task == .regression
                    ? "the data set '\(dataset.name)' has numbers, not classes; train it with --task regression"
                    : "the data set '\(dataset.name)' has fewer than two classes")
            }
        }
        if configuration.inputFeatures != .plain, dataset.featureCount != 2 {
            throw ConfigurationError("input features (\(configuration.inputFeatures.spelling)) are made from two inputs x1, x2; "
                + "'\(dataset.name)' has \(dataset.featureCount)")
        }
    }

    /// R² = 1 − SSE / Σ(y − ȳ)²; NaN when every target is the same.
    static func rSquared(sumOfSquaredErrors: Double, targets: [Float]) -> Double {
        guard !targets.isEmpty else { return .nan }
        let mean = targets.reduce(0.0) { $0 + Double($1) } / Double(targets.count)
        let total = targets.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) }
        return total > 0 ? 1 - sumOfSquaredErrors / total : .nan
    }

    /// Writes the point (x, y) of the input plane, as the network sees it
    /// (its features, when it sees features), into input row `row`.
    func writeInput(_ x: Float, _ y: Float, row: Int) {
        let features = configuration.inputFeatures
        if features == .plain {
            workspace.input.pointer[row * 2] = x
            workspace.input.pointer[row * 2 + 1] = y
        } else {
            features.expand(x, y, into: workspace.input.pointer + row * features.count)
        }
    }

    /// A 1-D set's fit: predictions across the training inputs' range
    /// (with a 5% margin) and a sample of the training points.
    func fitCurve() -> FitCurve {
        let xs = dataset.trainFeatures
        let low = Double(xs.min() ?? -1), high = Double(xs.max() ?? 1)
        let margin = Swift.max((high - low) * 0.05, 0.05)
        let range = (low - margin)...(high + margin)
        let count = Self.curveSamples
        var predictions = [Float](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let chunk = Swift.min(workspace.rows, count - offset)
            for i in 0..<chunk {
                let t = Double(offset + i) / Double(count - 1)
                workspace.input.pointer[i] = Float(range.lowerBound + t * (range.upperBound - range.lowerBound))
            }
            network.forward(rows: chunk, workspace: workspace)
            let outputs = workspace.outputs[network.layers.count - 1].pointer
            for i in 0..<chunk { predictions[offset + i] = outputs[i] }
            offset += chunk
        }
        return FitCurve(xRange: range, predictions: predictions, points: sampledPoints(of: dataset))
    }

    /// A 2-D regression's prediction over the plane's grid (the decision
    /// map's square) with a sample of the points; and from the same forward
    /// pass, unless turned off, every hidden unit's tile.
    mutating func predictionMap(_ plane: Dataset) -> (PredictionMap, UnitTiles?) {
        let columns = Self.mapColumns, rows = Self.mapRows
        let fresh = drawsUnitTiles && (refreshesUnitTiles || lastEvaluation.unitTiles == nil)
        let grid = planeGrid(columns: columns, rows: rows, tiles: fresh)
        let (xRange, yRange) = planeRanges()
        let map = PredictionMap(columns: columns, rows: rows, xRange: xRange, yRange: yRange, values: grid.outputs,
                                points: sampledPoints(of: plane))
        return (map, fresh ? grid.tiles : (drawsUnitTiles ? lastEvaluation.unitTiles : nil))
    }

    /// Up to `mapPointLimit` training points, evenly through the set.
    private func sampledPoints(of data: Dataset) -> [TargetPoint] {
        let width = data.featureCount
        let stride = Swift.max(1, (data.trainCount + Self.mapPointLimit - 1) / Self.mapPointLimit)
        return Swift.stride(from: 0, to: data.trainCount, by: stride).map { row in
            TargetPoint(x: Double(data.trainFeatures[row * width]),
                        y: width > 1 ? Double(data.trainFeatures[row * width + 1]) : 0,
                        target: Double(data.trainTargets[row]))
        }
    }
}
