import Activations

/// Health of one hidden layer over the training set.
public struct LayerDiagnostics: Sendable, Hashable {
    public var activation: ActivationKind?
    public var unitCount: Int = 0
    /// Share of units with f′(z) = 0 on every training example, saturated
    /// units apart (`Saturation`).
    public var deadShare: Double = 0
    /// Share of units whose input lies in a saturated tail (where f′ → 0) on
    /// every training example (`Saturation`).
    public var saturatedShare: Double = 0
    /// Share of Leaky ReLU or PReLU units whose input is at most 0 on every
    /// training example: alive (the slope there is not 0) but only ever
    /// linear (`Saturation`).
    public var stuckShare: Double = 0
    /// L2 norm of this layer's incoming weight gradient, with the meaning of
    /// `TrainingSnapshot.outputGradientNorm`: the latest step's batch, at the
    /// weights before that step, under every optimiser.
    public var gradientNorm: Double = 0
    /// Share of the inputs (over examples and units) inside the activation's
    /// linear range (`Activation.linearRange`), where it is within 10% of a
    /// straight line; nil for an activation without one (a line, a kink at 0).
    public var linearShare: Double?
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
    /// Each unit's state over the training set (`Saturation`'s rules).
    public var unitStates: [UnitState] = []
    /// The first `Trainer.weightUnitLimit` units' own pre-activation
    /// histograms (maxout: outputs), on `preactivationHistogram`'s bins.
    public var unitHistograms: [Histogram] = []

    public init() {}
}
