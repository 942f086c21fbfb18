import Datasets
import Activations

extension Trainer {
    /// Grid of the decision map for 2-D data sets.
    static let mapColumns = 64
    static let mapRows = 32
    static let mapPointLimit = 400
    /// Evaluations kept before the history is thinned to every other one.
    static let historyLimit = 2000

    /// Evaluates the whole train and test sets and refreshes every
    /// diagnostic the snapshot carries. Costs about one forward pass over
    /// the data.
    public mutating func evaluate() {
        // Before the passes below overwrite what a fused step left behind.
        writeLatestGradients()
        let hasGradients = latestGradients == .written
        let hiddenCount = network.hiddenLayerCount
        var statistics = (0..<hiddenCount).map {
            LayerStatistics(unitCount: network.layers[$0].unitCount, rules: rules(of: network.layers[$0]))
        }
        let train = pass(features: dataset.trainFeatures, labels: dataset.trainLabels, targets: dataset.trainTargets,
                         statistics: &statistics, confusion: nil)
        var noStatistics: [LayerStatistics] = []
        misclassified = []
        var confusion: [[Int]]? = inputPlane != nil || isRegression
            ? nil : Array(repeating: Array(repeating: 0, count: dataset.classCount), count: dataset.classCount)
        let test = dataset.testCount > 0
            ? pass(features: dataset.testFeatures, labels: dataset.testLabels, targets: dataset.testTargets,
                   statistics: &noStatistics, confusion: &confusion)
            : nil

        var snapshot = TrainingSnapshot()
        snapshot.task = configuration.task
        snapshot.inputFeatures = configuration.inputFeatures
        snapshot.trainLoss = train.loss
        snapshot.testLoss = test?.loss
        if isRegression {
            snapshot.trainRMSE = train.rmse
            snapshot.trainR2 = train.r2
            snapshot.testRMSE = test?.rmse
            snapshot.testR2 = test?.r2
        } else {
            snapshot.trainAccuracy = train.accuracy
            snapshot.testAccuracy = test?.accuracy
        }
        snapshot.confusion = dataset.testCount > 0 ? confusion : nil
        snapshot.layers = (0..<hiddenCount).map { index in
            let layer = network.layers[index]
            var diagnostics = statistics[index].diagnostics(activation: layer.function.kind)
            if hasGradients {
                diagnostics.gradientNorm = Network.norm(workspace.weightGradients[index])
            }
            diagnostics.zigzagShare = zigzag[index].share ?? 0
            diagnostics.zigzagUpdates = zigzag[index].counted
            if !layer.alpha.isEmpty {
                let mean = layer.alpha.reduce(0.0) { $0 + Double($1) } / Double(layer.alpha.count)
                diagnostics.preluAlpha = AlphaSummary(mean: mean, minimum: Double(layer.alpha.min() ?? 0),
                                                      maximum: Double(layer.alpha.max() ?? 0))
            }
            return diagnostics
        }
        if hasGradients {
            snapshot.outputGradientNorm = Network.norm(workspace.weightGradients[hiddenCount])
        }
        if let plane = inputPlane {
            if isRegression {
                let (map, tiles) = predictionMap(plane)
                snapshot.predictionMap = map
                snapshot.unitTiles = tiles
            } else {
                let (map, tiles) = decisionMap(plane)
                snapshot.decisionMap = map
                snapshot.unitTiles = tiles
            }
        } else if isRegression, dataset.featureCount == 1 {
            snapshot.fitCurve = fitCurve()
        }
        snapshot.unitWeights = unitWeights()
        snapshot.misclassified = misclassified
        if let size = dataset.imageSize { snapshot.imageWidth = size.width; snapshot.imageHeight = size.height }
        lastEvaluation = snapshot
        history.append(EvaluationRecord(
            step: stepCount, epoch: epochProgress, seconds: trainingSeconds,
            trainLoss: train.loss, testLoss: test?.loss ?? .nan,
            trainAccuracy: isRegression ? .nan : train.accuracy, testAccuracy: isRegression ? .nan : test?.accuracy ?? .nan,
            trainRMSE: isRegression ? train.rmse : nil, testRMSE: isRegression ? test?.rmse ?? .nan : nil,
            trainR2: isRegression ? train.r2 : nil, testR2: isRegression ? test?.r2 ?? .nan : nil))
        if history.count > Self.historyLimit {
            // Keep every other record and always the latest, so memory stays
            // flat and the curve keeps its shape.
            let latest = history[history.count - 1]
            history = stride(from: 0, to: history.count - 1, by: 2).map { history[$0] } + [latest]
        }
    }

    /// Mean loss and accuracy (for regression: the mean squared error, its
    /// root and R²) over a whole set, in chunks; optionally collecting
    /// hidden-layer statistics and confusion counts.
    mutating func pass(features: [Float], labels: [Int32], targets: [Float], statistics: inout [LayerStatistics],
                       confusion: UnsafeMutablePointer<[[Int]]?>?) -> (loss: Double, accuracy: Double, rmse: Double, r2: Double) {
        let count = labels.count
        let width = dataset.featureCount
        let rows = workspace.rows
        var loss = 0.0
        var correct = 0
        var offset = 0
        features.withUnsafeBufferPointer { source in
            while offset < count {
                let chunk = Swift.min(rows, count - offset)
                workspace.input.pointer.update(from: source.baseAddress! + offset * width, count: chunk * width)
                for row in 0..<chunk { workspace.labels.pointer[row] = labels[offset + row] }
                if isRegression {
                    for row in 0..<chunk { workspace.targets.pointer[row] = targets[offset + row] }
                }
                network.forward(rows: chunk, workspace: workspace)
                let result = network.lossAndCorrect(rows: chunk, workspace: workspace)
                loss += result.loss
                correct += result.correct
                for index in statistics.indices { collect(layer: index, rows: chunk, into: &statistics[index]) }
                if let confusion, confusion.pointee != nil {
                    let classes = dataset.classCount
                    let outputs = workspace.outputs[network.layers.count - 1].pointer
                    for row in 0..<chunk {
                        let predicted = Self.argmax(outputs + row * classes, count: classes)
                        confusion.pointee![Int(labels[offset + row])][predicted] += 1
                        if predicted != Int(labels[offset + row]), misclassified.count < Self.misclassifiedLimit {
                            let start = (offset + row) * width
                            misclassified.append(MisclassifiedExample(
                                features: Array(features[start..<(start + width)]),
                                label: Int(labels[offset + row]), predicted: predicted))
                        }
                    }
                }
                offset += chunk
            }
        }
        let meanLoss = loss / Double(Swift.max(count, 1))
        guard isRegression else { return (meanLoss, Double(correct) / Double(Swift.max(count, 1)), .nan, .nan) }
        // The loss is the squared error summed: RMSE is its mean's root,
        // R² = 1 − SSE / Σ(y − ȳ)², against the split's own mean.
        return (meanLoss, .nan, meanLoss.squareRoot(), Self.rSquared(sumOfSquaredErrors: loss, targets: targets))
    }

    private func collect(layer index: Int, rows: Int, into statistics: inout LayerStatistics) {
        let layer = network.layers[index]
        let units = layer.unitCount
        let z = UnsafePointer(workspace.preactivations[index].pointer)
        let outputs = UnsafePointer(workspace.outputs[index].pointer)
        let slopes = workspace.outputDeltas[index].pointer
        switch layer.function {
        case .activation(let activation):
            slopes.update(repeating: 1, count: rows * units)
            Network.multiplyByDerivative(activation, preactivations: z, deltas: slopes, count: rows * units,
                                         path: computePath)
            statistics.add(rows: rows, slopes: slopes, preactivations: z, binned: z, outputs: outputs)
        case .prelu:
            layer.alpha.withUnsafeBufferPointer { alpha in
                for row in 0..<rows {
                    for unit in 0..<units {
                        let i = row * units + unit
                        slopes[i] = z[i] > 0 ? 1 : alpha[unit]
                    }
                }
            }
            statistics.add(rows: rows, slopes: slopes, preactivations: z, binned: z, outputs: outputs)
        case .maxout:
            // The winning piece passes its gradient through unchanged.
            statistics.add(rows: rows, slopes: nil, preactivations: nil, binned: outputs, outputs: outputs)
        case .softmax, .sigmoid, .linear:
            break
        }
    }

    /// The saturated tails and whether units can be stuck, for the unit rules.
    private func rules(of layer: DenseLayer) -> LayerStatistics.Rules {
        switch layer.function {
        case .activation(let activation): LayerStatistics.Rules(activation)
        case .prelu: LayerStatistics.Rules(canBeStuck: true)
        default: .none
        }
    }

    /// The predicted class over a grid spanning the training data (with a
    /// margin), plus a sample of the training and test points; and from the
    /// same forward pass, unless turned off, every hidden unit's tile.
    private mutating func decisionMap(_ plane: Dataset) -> (DecisionMap, UnitTiles?) {
        let dataset = plane
        let features = dataset.trainFeatures
        let columns = Self.mapColumns, rows = Self.mapRows
        let fresh = drawsUnitTiles && (refreshesUnitTiles || lastEvaluation.unitTiles == nil)
        let grid = planeGrid(columns: columns, rows: rows, tiles: fresh)
        let classCount = dataset.classCount
        let stride = Swift.max(1, (dataset.trainCount + Self.mapPointLimit - 1) / Self.mapPointLimit)
        let points = Swift.stride(from: 0, to: dataset.trainCount, by: stride).map {
            LabeledPoint(x: Double(features[$0 * 2]), y: Double(features[$0 * 2 + 1]), label: Int(dataset.trainLabels[$0]))
        }
        let testStride = Swift.max(1, (dataset.testCount + Self.mapPointLimit - 1) / Self.mapPointLimit)
        let testPoints = Swift.stride(from: 0, to: dataset.testCount, by: testStride).map {
            LabeledPoint(x: Double(dataset.testFeatures[$0 * 2]), y: Double(dataset.testFeatures[$0 * 2 + 1]),
                         label: Int(dataset.testLabels[$0]))
        }
        let (xRange, yRange) = planeRanges()
        var map = DecisionMap(columns: columns, rows: rows, xRange: xRange, yRange: yRange, classes: grid.classes,
                              confidence: grid.confidence, points: points, classCount: classCount)
        map.testPoints = testPoints
        return (map, fresh ? grid.tiles : (drawsUnitTiles ? lastEvaluation.unitTiles : nil))
    }

    static func argmax(_ values: UnsafePointer<Float>, count: Int) -> Int {
        var best = 0
        for i in 1..<count where values[i] > values[best] { best = i }
        return best
    }
}
