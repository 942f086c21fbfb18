import Activations
/// Running sums over the training set for one hidden layer, turned into
/// `LayerDiagnostics` at the end of an evaluation.
///
/// Rules (`Saturation`): a unit is dead when f′(z) = 0 on every training
/// example (the usual ReLU definition, applied to any activation); it is
/// saturated when its mean |f′(z)| is below `Saturation.unitMeanSlopeFraction`
/// of the activation's largest slope, or zero.
struct LayerStatistics {
    static let histogramBins = 41
    static let histogramBound: Float = 6

    let unitCount: Int
    /// Per unit: f′ was non-zero at least once.
    var alive: [Bool]
    /// Per unit: Σ|f′(z)|.
    var slopeSums: [Double]
    var outputSum = 0.0
    var outputSquares = 0.0
    var examples = 0
    var histogram: [Int]

    init(unitCount: Int) {
        self.unitCount = unitCount
        alive = [Bool](repeating: false, count: unitCount)
        slopeSums = [Double](repeating: 0, count: unitCount)
        histogram = [Int](repeating: 0, count: Self.histogramBins)
    }

    /// Adds `rows` examples: slopes f′ (nil: slope 1 everywhere, as for
    /// maxout), the values binned in the histogram, and the outputs.
    mutating func add(rows: Int, slopes: UnsafePointer<Float>?, binned: UnsafePointer<Float>,
                      outputs: UnsafePointer<Float>) {
        let units = unitCount
        let scale = Float(Self.histogramBins) / (2 * Self.histogramBound)
        let lastBin = Self.histogramBins - 1
        examples += rows
        var sum = 0.0, squares = 0.0
        alive.withUnsafeMutableBufferPointer { alive in
            slopeSums.withUnsafeMutableBufferPointer { slopeSums in
                histogram.withUnsafeMutableBufferPointer { histogram in
                    for row in 0..<rows {
                        let base = row * units
                        var rowSum: Float = 0, rowSquares: Float = 0
                        for unit in 0..<units {
                            let slope = slopes.map { abs($0[base + unit]) } ?? 1
                            if slope != 0 { alive[unit] = true }
                            slopeSums[unit] += Double(slope)
                            let output = outputs[base + unit]
                            rowSum += output
                            rowSquares += output * output
                            let position = (binned[base + unit] + Self.histogramBound) * scale
                            if position.isNaN { continue }
                            let bin = position < 0 ? 0 : (position >= Float(lastBin) ? lastBin : Int(position))
                            histogram[bin] += 1
                        }
                        sum += Double(rowSum)
                        squares += Double(rowSquares)
                    }
                }
            }
        }
        outputSum += sum
        outputSquares += squares
    }

    func diagnostics(activation: ActivationKind?, maximumSlope: Double) -> LayerDiagnostics {
        var result = LayerDiagnostics()
        result.activation = activation
        result.unitCount = unitCount
        guard examples > 0 else { return result }
        let threshold = Saturation.unitMeanSlopeFraction * maximumSlope
        var dead = 0, saturated = 0
        for unit in 0..<unitCount {
            if !alive[unit] { dead += 1 }
            let mean = slopeSums[unit] / Double(examples)
            if mean == 0 || mean < threshold { saturated += 1 }
        }
        result.deadShare = Double(dead) / Double(unitCount)
        result.saturatedShare = Double(saturated) / Double(unitCount)
        let count = Double(examples * unitCount)
        let mean = outputSum / count
        result.activationMean = mean
        result.activationStandardDeviation = Swift.max(0, outputSquares / count - mean * mean).squareRoot()
        result.preactivationHistogram = Histogram(lowerBound: -Double(Self.histogramBound),
                                                  upperBound: Double(Self.histogramBound), counts: histogram)
        return result
    }
}
