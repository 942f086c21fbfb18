import Datasets

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
    /// Classes or numbers: which of accuracy or RMSE and R² are set.
    public var task: LearningTask = .classification
    /// The network's inputs on a 2-D set.
    public var inputFeatures: InputFeatures = .plain
    /// Latest full evaluation (nil before the first one).
    public var trainLoss: Double?
    public var testLoss: Double?
    public var trainAccuracy: Double?
    public var testAccuracy: Double?
    /// Regression only: root mean squared error and R² (1 − SSE/SST, each
    /// split against its own mean).
    public var trainRMSE: Double?
    public var testRMSE: Double?
    public var trainR2: Double?
    public var testR2: Double?
    /// Measured throughput of the training loop.
    public var stepsPerSecond: Double = 0
    /// Seconds spent in training steps since the (re)start, evaluation excluded.
    public var trainingSeconds: Double = 0
    /// Mean loss over the examples of the latest step's batch (nil before the first step).
    public var batchLoss: Double?
    public var parameterCount: Int = 0
    /// Inputs per example: the data set's features (0 before a trainer reports).
    public var featureCount: Int = 0
    /// The network's inputs and classes, and the training examples: what a
    /// screen needs to spell out the run's shape and batch.
    public var inputCount: Int = 0
    public var classCount: Int = 0
    public var trainCount: Int = 0
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
    /// For 1-D regression sets: the fitted curve over the points.
    public var fitCurve: FitCurve?
    /// For 2-D regression sets: the prediction over a grid.
    public var predictionMap: PredictionMap?
    /// For data sets with more than two features: test-set confusion counts,
    /// `confusion[actual][predicted]`.
    public var confusion: [[Int]]?
    /// For 2-D data sets: every hidden unit's output over the plane.
    public var unitTiles: UnitTiles?
    /// Per hidden layer, the incoming weights of its first units (bounded).
    public var unitWeights: [UnitWeights] = []
    /// For data sets with a test split and more than two features: some
    /// test examples the network gets wrong.
    public var misclassified: [MisclassifiedExample] = []
    /// The data's image shape, when its examples are images (digits, MNIST).
    public var imageWidth = 0
    public var imageHeight = 0

    public init() {}
}
