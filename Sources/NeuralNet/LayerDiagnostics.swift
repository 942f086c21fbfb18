import Activations

/// Health of one hidden layer over the training set.
public struct LayerDiagnostics: Sendable, Hashable {
    public var activation: ActivationKind?
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
    /// The lecture's zigzag, per example: over the latest step's examples
    /// and the units of the layer above, which this layer's outputs feed,
    /// the share of non-zero incoming-weight updates δⱼ·x whose non-zero
    /// components all have one sign (`ZigzagTally`). 1 for all-positive
    /// outputs such as sigmoid's; 0 before the first step.
    public var zigzagShare: Double = 0
    /// How many per-example updates `zigzagShare` counted (to pool layers).
    public var zigzagUpdates = 0
    /// PReLU's learned slopes in this layer, when the layer is PReLU.
    public var preluAlpha: AlphaSummary?

    public init() {}
}
