/// Everything that decides a training run. Two runs with equal
/// configurations on the same data produce identical numbers.
public struct TrainingConfiguration: Sendable, Hashable {
    /// Data-set spec as `Dataset.load` reads it: spiral, xor, digits, mnist:DIR, …
    public var dataset: String = "spiral"
    /// Units per hidden layer, input side first.
    public var hiddenSizes: [Int] = [32, 32]
    /// One activation name for every hidden layer, or one per layer.
    public var activations: [String] = ["relu"]
    /// Activation parameters such as `alpha`, applied to every layer that has them.
    public var activationParameters: [String: Double] = [:]
    public var output: OutputKind = .softmax
    public var useBias = true
    public var initializer: WeightInitializer = .automatic
    public var optimizer: OptimizerKind = .adam
    public var learningRate: Double = 0.01
    /// Examples per step; 0 means the whole training set.
    public var batchSize = 32
    /// Where the hidden layers' biases start (0 normally). Far from zero,
    /// sigmoid units start pinned at 0 or 1: saturated.
    public var initialBias: Double = 0
    /// L2 penalty λ: each step adds λ·w to the weight gradients (not biases).
    public var weightDecay: Double = 0
    public var reduction: GradientReduction = .mean
    /// Weight sets per maxout unit.
    public var maxoutPieces = 2
    public var seed: UInt64 = 1
    public var epochs = 20
    /// Full evaluations per epoch (at least one, at each epoch's end). The
    /// explorer raises this on small sets so its curves move smoothly.
    public var evaluationsPerEpoch = 1
    /// Share of the data held out when the set has no test split of its own.
    public var testFraction: Double = 0.2
    /// For csv: data sets, the label's column (nil: the last).
    public var labelColumn: Int?

    public init() {}

    /// The activation name of hidden layer `layer`.
    public func activationName(forLayer layer: Int) -> String {
        activations.count == 1 ? activations[0] : activations[layer]
    }

    /// Checks the numbers a user can get wrong; throws one readable line.
    public func validate() throws {
        if hiddenSizes.isEmpty { throw ConfigurationError("the hidden layer list is empty") }
        if let bad = hiddenSizes.first(where: { $0 < 1 }) {
            throw ConfigurationError("a hidden layer needs at least one unit (got \(bad))")
        }
        if activations.isEmpty { throw ConfigurationError("no activation given") }
        if activations.count != 1 && activations.count != hiddenSizes.count {
            throw ConfigurationError(
                "\(activations.count) activations for \(hiddenSizes.count) hidden layers (give one, or one per layer)")
        }
        for name in Set(activations) {
            _ = try Network.function(named: name, configuration: self)
        }
        if !(learningRate.isFinite && learningRate > 0) {
            throw ConfigurationError("the learning rate must be positive (got \(learningRate))")
        }
        if batchSize < 0 { throw ConfigurationError("the batch size must be 0 (whole set) or positive (got \(batchSize))") }
        if !(weightDecay.isFinite && weightDecay >= 0) {
            throw ConfigurationError("the weight decay must be zero or positive (got \(weightDecay))")
        }
        if !initialBias.isFinite { throw ConfigurationError("the initial bias must be a finite number") }
        if maxoutPieces < 2 { throw ConfigurationError("maxout needs at least 2 pieces (got \(maxoutPieces))") }
        if epochs < 1 { throw ConfigurationError("the number of epochs must be at least 1 (got \(epochs))") }
        if evaluationsPerEpoch < 1 { throw ConfigurationError("evaluations per epoch must be at least 1") }
        if !(testFraction >= 0 && testFraction < 1) {
            throw ConfigurationError("the test fraction must be at least 0 and below 1 (got \(testFraction))")
        }
    }
}
