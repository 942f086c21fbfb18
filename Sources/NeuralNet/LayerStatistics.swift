import Activations

/// Running sums over the training set for one hidden layer, turned into
/// `LayerDiagnostics` at the end of an evaluation.
///
/// The unit rules are `Saturation`'s: a unit is saturated when its input
/// lies in a saturated tail of its activation on at least 90% of the
/// training examples;
/// dead when f′(z) = 0 on every example and it is not saturated (so a
/// sigmoid unit whose slope underflowed to 0 counts as saturated); stuck
/// when z ≤ 0 on every example for a function whose slope there is small
/// but not 0 (Leaky ReLU, PReLU) and it is not dead.
struct LayerStatistics {
    static let histogramBins = 41
    static let histogramBound: Float = 6

    /// What the layer's function means for the unit rules.
    struct Rules {
        /// Inputs at or below / at or above these are in a saturated tail.
        var negativeEdge: Float?
        var positiveEdge: Float?
        var canBeStuck = false
        /// Inputs within ± this see an almost straight line (`Activation.linearRange`).
        var linearRange: Float?

        static let none = Rules()

        init(negativeEdge: Float? = nil, positiveEdge: Float? = nil, canBeStuck: Bool = false) {
            self.negativeEdge = negativeEdge
            self.positiveEdge = positiveEdge
            self.canBeStuck = canBeStuck
        }

        init(_ activation: Activation) {
            let tails = activation.saturatedTails
            negativeEdge = tails.negativeEdge.map(Float.init)
            positiveEdge = tails.positiveEdge.map(Float.init)
            canBeStuck = activation.canBeStuck
            linearRange = activation.linearRange.map(Float.init)
        }

        var saturates: Bool { negativeEdge != nil || positiveEdge != nil }
    }

    let unitCount: Int
    let rules: Rules
    /// Per unit: f′ was non-zero at least once.
    var alive: [Bool]
    /// Per unit: examples whose input lay in a saturated tail.
    var tailCounts: [Int]
    /// Per unit: the input was above 0 at least once.
    var wasPositive: [Bool]
    /// Inputs (over examples and units) within the linear range.
    var linearCount = 0
    var outputSum = 0.0
    var outputSquares = 0.0
    var examples = 0
    var histogram: [Int]
    /// Per unit (the first `Trainer.weightUnitLimit`), its own histogram,
    /// `histogramBins` counts each, unit-major: for the enlarged tile.
    var unitHistograms: [Int]
    let histogramUnits: Int

    init(unitCount: Int, rules: Rules = .none) {
        self.unitCount = unitCount
        self.rules = rules
        alive = [Bool](repeating: false, count: unitCount)
        tailCounts = [Int](repeating: 0, count: unitCount)
        wasPositive = [Bool](repeating: false, count: unitCount)
        histogram = [Int](repeating: 0, count: Self.histogramBins)
        histogramUnits = Swift.min(unitCount, Trainer.weightUnitLimit)
        unitHistograms = [Int](repeating: 0, count: histogramUnits * Self.histogramBins)
    }

    /// Adds `rows` examples: slopes f′ (nil: slope 1 everywhere, as for
    /// maxout), the pre-activations z (nil when a unit has none, as for
    /// maxout), the values binned in the histogram, and the outputs.
    mutating func add(rows: Int, slopes: UnsafePointer<Float>?, preactivations: UnsafePointer<Float>?,
                      binned: UnsafePointer<Float>, outputs: UnsafePointer<Float>) {
        let units = unitCount
        let scale = Float(Self.histogramBins) / (2 * Self.histogramBound)
        let lastBin = Self.histogramBins - 1
        let lower = rules.negativeEdge ?? -.infinity, upper = rules.positiveEdge ?? .infinity
        let saturates = rules.saturates
        let linear = rules.linearRange ?? -1
        var nearlyLinear = 0
        examples += rows
        var sum = 0.0, squares = 0.0
        alive.withUnsafeMutableBufferPointer { alive in
            tailCounts.withUnsafeMutableBufferPointer { tailCounts in
                wasPositive.withUnsafeMutableBufferPointer { wasPositive in
                    histogram.withUnsafeMutableBufferPointer { histogram in
                      unitHistograms.withUnsafeMutableBufferPointer { unitHistograms in
                        for row in 0..<rows {
                            let base = row * units
                            var rowSum: Float = 0, rowSquares: Float = 0
                            for unit in 0..<units {
                                let slope = slopes.map { abs($0[base + unit]) } ?? 1
                                if slope != 0 { alive[unit] = true }
                                if let z = preactivations?[base + unit] {
                                    if z > 0 { wasPositive[unit] = true }
                                    if saturates, z <= lower || z >= upper { tailCounts[unit] += 1 }
                                    if abs(z) <= linear { nearlyLinear += 1 }
                                } else {
                                    wasPositive[unit] = true
                                }
                                let output = outputs[base + unit]
                                rowSum += output
                                rowSquares += output * output
                                let position = (binned[base + unit] + Self.histogramBound) * scale
                                if position.isNaN { continue }
                                let bin = position < 0 ? 0 : (position >= Float(lastBin) ? lastBin : Int(position))
                                histogram[bin] += 1
                                if unit < histogramUnits { unitHistograms[unit * Self.histogramBins + bin] += 1 }
                            }
                            sum += Double(rowSum)
                            squares += Double(rowSquares)
                        }
                      }
                    }
                }
            }
        }
        outputSum += sum
        outputSquares += squares
        linearCount += nearlyLinear
    }

    func diagnostics(activation: ActivationKind?) -> LayerDiagnostics {
        var result = LayerDiagnostics()
        result.activation = activation
        result.unitCount = unitCount
        guard examples > 0 else { return result }
        var dead = 0, saturated = 0, stuck = 0
        let saturatedExamples = Saturation.unitExampleShare * Double(examples)
        var states = [UnitState](repeating: .alive, count: unitCount)
        for unit in 0..<unitCount {
            if rules.saturates, Double(tailCounts[unit]) >= saturatedExamples {
                saturated += 1
                states[unit] = .saturated
            } else if !alive[unit] {
                dead += 1
                states[unit] = .dead
            } else if rules.canBeStuck, !wasPositive[unit] {
                stuck += 1
                states[unit] = .stuck
            }
        }
        result.unitStates = states
        let bins = Self.histogramBins
        result.unitHistograms = (0..<histogramUnits).map { unit in
            Histogram(lowerBound: -Double(Self.histogramBound), upperBound: Double(Self.histogramBound),
                      counts: Array(unitHistograms[(unit * bins)..<((unit + 1) * bins)]))
        }
        result.deadShare = Double(dead) / Double(unitCount)
        result.saturatedShare = Double(saturated) / Double(unitCount)
        result.stuckShare = Double(stuck) / Double(unitCount)
        if rules.linearRange != nil {
            result.linearShare = Double(linearCount) / Double(examples * unitCount)
        }
        let count = Double(examples * unitCount)
        let mean = outputSum / count
        result.activationMean = mean
        result.activationStandardDeviation = Swift.max(0, outputSquares / count - mean * mean).squareRoot()
        result.preactivationHistogram = Histogram(lowerBound: -Double(Self.histogramBound),
                                                  upperBound: Double(Self.histogramBound), counts: histogram)
        return result
    }
}
