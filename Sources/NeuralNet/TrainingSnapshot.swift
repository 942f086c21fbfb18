/// What a training run looks like at one moment: everything the explorer
/// draws and `actview train` prints. A plain value, so a background trainer
/// can hand it to the UI thread without sharing any mutable state.
public struct TrainingSnapshot: Sendable, Hashable {
    /// The run this snapshot belongs to (nil for a trainer no engine numbered).
    public var run: RunID?
    /// Optimiser steps taken since the (re)start.
    public var step: Int = 0
    /// Epochs completed, fractional between epoch ends.
    public var epoch: Double = 0
    public var stepsPerEpoch: Int = 0
    public var learningRate: Double = 0
    public var state: TrainingState = .paused
    /// Latest full evaluation (nil before the first one).
    public var trainLoss: Double?
    public var testLoss: Double?
    public var trainAccuracy: Double?
    public var testAccuracy: Double?
    /// Measured throughput of the training loop.
    public var stepsPerSecond: Double = 0
    /// Seconds spent in training steps since the (re)start, evaluation excluded.
    public var trainingSeconds: Double = 0
    /// Mean loss over the examples of the latest step's batch (nil before the first step).
    public var batchLoss: Double?
    public var parameterCount: Int = 0
    /// One entry per hidden layer, input side first.
    public var layers: [LayerDiagnostics] = []
    /// L2 norm of the output layer's weight gradient ∂loss/∂W over the latest
    /// step's batch, at the weights before that step (reduced as configured,
    /// without weight decay); the same under every optimiser, fused plain
    /// descent included (see `Trainer`). 0 before the first step.
    public var outputGradientNorm: Double = 0
    /// Evaluations so far, downsampled so it stays bounded on long runs.
    public var history: [EvaluationRecord] = []
    /// For 2-D data sets: the model's class over a grid, for the data pane.
    public var decisionMap: DecisionMap?
    /// For data sets with more than two features: test-set confusion counts,
    /// `confusion[actual][predicted]`.
    public var confusion: [[Int]]?

    public init() {}
}

public enum TrainingState: Sendable, Hashable {
    case running
    case paused
    case finished
    /// A NaN or infinite loss stopped the run; the reason names where.
    case diverged(reason: String)
}

/// One evaluation of the whole train and test sets.
public struct EvaluationRecord: Sendable, Hashable {
    public var step: Int
    public var epoch: Double
    public var seconds: Double
    public var trainLoss: Double
    public var testLoss: Double
    public var trainAccuracy: Double
    public var testAccuracy: Double

    public init(step: Int, epoch: Double, seconds: Double, trainLoss: Double, testLoss: Double,
                trainAccuracy: Double, testAccuracy: Double) {
        self.step = step
        self.epoch = epoch
        self.seconds = seconds
        self.trainLoss = trainLoss
        self.testLoss = testLoss
        self.trainAccuracy = trainAccuracy
        self.testAccuracy = testAccuracy
    }
}

/// Health of one hidden layer over the training set.
public struct LayerDiagnostics: Sendable, Hashable {
    public var activationName: String = ""
    public var unitCount: Int = 0
    /// Share of units with f′(z) = 0 for every training example.
    public var deadShare: Double = 0
    /// Share of units whose mean |f′(z)| is below 5% of the activation's largest slope.
    public var saturatedShare: Double = 0
    /// L2 norm of this layer's incoming weight gradient, with the meaning of
    /// `TrainingSnapshot.outputGradientNorm`: the latest step's batch, at the
    /// weights before that step, under every optimiser.
    public var gradientNorm: Double = 0
    /// Mean and standard deviation of this layer's outputs.
    public var activationMean: Double = 0
    public var activationStandardDeviation: Double = 0
    /// Fixed-bin histogram of this layer's pre-activations.
    public var preactivationHistogram = Histogram()
    /// Share of the next layer's units whose incoming weight gradients at the
    /// latest step (as for `gradientNorm`) all had the same sign (the
    /// lecture's zigzag argument).
    public var zigzagShare: Double = 0
    /// PReLU's learned slopes in this layer, when the layer is PReLU.
    public var preluAlpha: AlphaSummary?

    public init() {}
}

public struct AlphaSummary: Sendable, Hashable {
    public var mean: Double
    public var minimum: Double
    public var maximum: Double

    public init(mean: Double, minimum: Double, maximum: Double) {
        self.mean = mean
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// Counts over equal-width bins spanning `lowerBound...upperBound`; values
/// outside are counted in the end bins.
public struct Histogram: Sendable, Hashable {
    public var lowerBound: Double = -1
    public var upperBound: Double = 1
    public var counts: [Int] = []

    public init(lowerBound: Double = -1, upperBound: Double = 1, counts: [Int] = []) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.counts = counts
    }
}

/// The predicted class over a grid covering the 2-D data, row 0 at the top
/// (largest y), plus a sample of the training points to draw on top.
public struct DecisionMap: Sendable, Hashable {
    public var columns: Int
    public var rows: Int
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// `rows * columns` predicted classes, row-major.
    public var classes: [UInt8]
    /// Probability of the predicted class, for shading.
    public var confidence: [Float]
    public var points: [LabeledPoint]
    public var classCount: Int

    public init(columns: Int, rows: Int, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                classes: [UInt8], confidence: [Float], points: [LabeledPoint], classCount: Int) {
        self.columns = columns
        self.rows = rows
        self.xRange = xRange
        self.yRange = yRange
        self.classes = classes
        self.confidence = confidence
        self.points = points
        self.classCount = classCount
    }
}

public struct LabeledPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var label: Int

    public init(x: Double, y: Double, label: Int) {
        self.x = x
        self.y = y
        self.label = label
    }
}
