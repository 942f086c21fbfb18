import Activations
import Datasets

/// Everything that decides a training run, as typed values: text is parsed
/// into these once, at the edge (`ConfigurationParser`, the JSON form).
/// Two runs with equal configurations on the same data produce identical
/// numbers.
public struct TrainingConfiguration: Sendable, Hashable {
    /// Setting a set that decides its own task (every set but a CSV file)
    /// sets `task` to it, and a set without two inputs drops the input
    /// features, so the three cannot disagree by accident.
    public var dataset: DatasetSpec = .synthetic(.spiral) {
        didSet { followDataset() }
    }
    /// Classes or numbers: regression puts one linear output unit on top,
    /// trained on mean squared error, and reports RMSE and R².
    public var task: LearningTask = .classification
    /// The network's inputs on a 2-D set (`plain`: x₁ and x₂ as they are).
    public var inputFeatures: InputFeatures = .plain
    /// Hidden layers, input side first. Empty is a network without hidden
    /// layers: softmax (or logistic) regression, the baseline a stack of
    /// linear layers collapses to.
    public var hiddenLayers: [HiddenLayer] = [
        HiddenLayer(units: 32, activation: LayerActivation(.relu)),
        HiddenLayer(units: 32, activation: LayerActivation(.relu)),
    ]
    public var output: OutputKind = .softmax
    public var useBias = true
    public var initializer: WeightInitializer = .automatic
    public var optimizer: OptimizerKind = .adam
    public var learningRate: LearningRate = 0.01
    /// Examples per step; 0 means the whole training set.
    public var batchSize = 32
    /// Where the hidden layers' biases start (0 normally). Far from zero,
    /// sigmoid units start pinned at 0 or 1: saturated.
    public var initialBias: Double = 0
    /// L2 penalty λ: each step adds λ·w to the weight gradients (not biases).
    public var weightDecay: Double = 0
    /// L1 penalty λ₁: each step adds λ₁·sign(w) to the weight gradients
    /// (a subgradient, 0 at w = 0; not biases), the gradient of λ₁·Σ|w|.
    public var l1Penalty: Double = 0
    public var reduction: GradientReduction = .mean
    public var seed: UInt64 = 1
    public var epochs = 20
    /// Full evaluations per epoch (at least one, at each epoch's end). The
    /// explorer raises this on small sets so its curves move smoothly.
    public var evaluationsPerEpoch = 1
    /// Share of the data held out when the set has no test split of its own.
    public var testFraction: Double = 0.2
    /// z-scores every input feature with the training set's mean and
    /// standard deviation before training (`Dataset.standardized()`), as
    /// SELU's self-normalisation assumes. Off by default: digits and MNIST
    /// pixels stay in [0, 1] as the lecture feeds them.
    public var standardizeInputs = false

    public init() {}

    /// The task and features that go with `dataset`; see `dataset`. (An
    /// initialiser setting `dataset` calls it itself: observers do not run there.)
    mutating func followDataset() {
        if let own = dataset.intrinsicTask { task = own }
        if !dataset.isPlanar, dataset.kindName != "csv" { inputFeatures = .plain }
    }

    /// Units per hidden layer, input side first. Setting it keeps each
    /// layer's activation; new layers take the last layer's.
    public var hiddenSizes: [Int] {
        get { hiddenLayers.map(\.units) }
        set {
            let fallback = hiddenLayers.last?.activation ?? LayerActivation(.relu)
            hiddenLayers = newValue.enumerated().map { index, units in
                HiddenLayer(units: units, activation: hiddenLayers.indices.contains(index) ? hiddenLayers[index].activation : fallback)
            }
        }
    }

    /// Every hidden layer's activation, input side first.
    public var activations: [LayerActivation] { hiddenLayers.map(\.activation) }

    /// Gives every hidden layer the same activation.
    public mutating func setActivation(_ activation: LayerActivation) {
        for i in hiddenLayers.indices { hiddenLayers[i].activation = activation }
    }

    /// The first hidden layer's activation kind (the one the explorer's keys
    /// act on); ReLU for a net without hidden layers.
    public var primaryActivation: ActivationKind { hiddenLayers.first?.activation.kind ?? .relu }

    /// The rule each layer's weights are drawn by, hidden layers first, then
    /// the output layer, with `automatic` resolved: what decides whether two
    /// runs can start from the same weights. The output layer follows the
    /// hidden layers' rule, as in the lecture (Glorot uniform on both).
    public var layerInitializers: [WeightInitializer] {
        let first = hiddenLayers.first?.activation.kind
        return hiddenLayers.map { initializer.resolved(for: $0.activation.kind) }
            + [initializer.resolved(for: first == .selu ? .selu : .sigmoid)]
    }

    /// True when every hidden layer has the same activation.
    public var hasUniformActivation: Bool { Set(activations).count <= 1 }

    /// Checks the numbers a user can get wrong; throws one readable line.
    /// Names were checked when they were parsed into types.
    public func validate() throws(ConfigurationError) {
        if let bad = hiddenLayers.first(where: { $0.units < 1 }) {
            throw ConfigurationError("a hidden layer needs at least one unit (got \(bad.units))")
        }
        for layer in hiddenLayers {
            if case .maxout(let pieces) = layer.activation, pieces < 2 {
                throw ConfigurationError("maxout needs at least 2 pieces (got \(pieces))")
            }
            if case .prelu(let slope) = layer.activation, !slope.isFinite {
                throw ConfigurationError("PReLU's starting slope must be a finite number")
            }
        }
        if batchSize < 0 { throw ConfigurationError("the batch size must be 0 (whole set) or positive (got \(batchSize))") }
        if !(weightDecay.isFinite && weightDecay >= 0) {
            throw ConfigurationError("the weight decay must be zero or positive (got \(weightDecay))")
        }
        if !(l1Penalty.isFinite && l1Penalty >= 0) {
            throw ConfigurationError("the L1 penalty must be zero or positive (got \(l1Penalty))")
        }
        if let own = dataset.intrinsicTask, own != task {
            throw ConfigurationError("'\(dataset)' is a \(own.rawValue) set; it cannot be trained for \(task.rawValue)"
                + (own == .regression ? " (its targets are numbers)" : " (pick a regression set: \(SyntheticShape.allCases.filter { $0.task == .regression }.map(\.rawValue).joined(separator: ", ")), or csv:PATH)"))
        }
        if inputFeatures.isEmpty { throw ConfigurationError("--features needs at least one input feature") }
        if inputFeatures != .plain, !dataset.isPlanar, dataset.kindName != "csv" {
            throw ConfigurationError("input features (\(inputFeatures.spelling)) are made from two inputs x1, x2; "
                + "'\(dataset)' has \(dataset.kindName == "digits" || dataset.kindName == "mnist" ? "images" : "one input")")
        }
        if !initialBias.isFinite { throw ConfigurationError("the initial bias must be a finite number") }
        if epochs < 1 { throw ConfigurationError("the number of epochs must be at least 1 (got \(epochs))") }
        if evaluationsPerEpoch < 1 { throw ConfigurationError("evaluations per epoch must be at least 1") }
        if !(testFraction >= 0 && testFraction < 1) {
            throw ConfigurationError("the test fraction must be at least 0 and below 1 (got \(testFraction))")
        }
    }
}
