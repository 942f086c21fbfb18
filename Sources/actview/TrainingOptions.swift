import ArgumentParser
import Datasets
import Foundation
import NeuralNet

/// The options `train` and `compare` share. Each one is optional so that a
/// preset supplies the rest and anything given on the line overrides it.
/// Every value is parsed into its type here, by `ConfigurationParser`.
/// Numeric options take the next word whatever it looks like, so `--epochs
/// -1` is refused as a value rather than as a missing one.
struct TrainingOptions: ParsableArguments {
    @Option(help: "Start from a named configuration.")
    var preset: TrainingPreset?

    @Option(help: "Data set: \(DatasetSpec.spellings.joined(separator: ", ")).", transform: ConfigurationParser.dataset)
    var dataset: DatasetSpec?

    @Option(parsing: .unconditional, help: "Hidden units per layer, comma-separated, e.g. 64,64; 0 or none for no hidden layer (softmax regression).",
            transform: ConfigurationParser.hiddenSizes)
    var hidden: [Int]?

    @Option(help: "Weight initialiser: \(WeightInitializer.listedSpellings.joined(separator: ", ")).",
            transform: ConfigurationParser.initializer)
    var `init`: WeightInitializer?

    @Option(help: "Optimiser.")
    var optimizer: OptimizerKind?

    @Option(name: .customLong("lr"), parsing: .unconditional, help: ArgumentHelp(
        "Learning rate; for compare also one per activation: relu=0.3,tanh=0.2 (a bare rate covers the rest).",
        valueName: "rate"), transform: ConfigurationParser.learningRates)
    var learningRates: LearningRates?

    @Option(parsing: .unconditional, help: "Examples per step; 0 = the whole training set.")
    var batch: Int?

    @Option(parsing: .unconditional, help: "Epochs to train.")
    var epochs: Int?

    @Option(parsing: .unconditional, help: "Seed for the weights, the data order and synthetic data.")
    var seed: UInt64?

    @Option(help: "Output layer: softmax (cross-entropy) or sigmoid (the lecture's, delta a − y).")
    var output: OutputKind?

    @Option(help: "Gradient reduction over a batch: sum (the lecture) or mean.")
    var reduction: GradientReduction?

    @Flag(inversion: .prefixedNo, help: "Biases in every layer (--no-bias: none, as in the lecture).")
    var bias: Bool?

    @Option(name: .customLong("weight-decay"), parsing: .unconditional, help: "L2 weight decay λ.")
    var weightDecay: Double?

    @Option(name: .customLong("l1"), parsing: .unconditional, help: "L1 penalty λ₁ on the weights (not biases): each step adds λ₁·sign(w).")
    var l1Penalty: Double?

    @Option(help: "classification or regression; a csv: file's last column is a class without it, a number with regression.",
            transform: ConfigurationParser.task)
    var task: LearningTask?

    @Option(help: ArgumentHelp("Input features of a 2-D set: x1,x2,x1^2,x2^2,x1x2,sin(x1),sin(x2) (any subset), or all.",
                               valueName: "list"), transform: ConfigurationParser.inputFeatures)
    var features: InputFeatures?

    @Option(name: .customLong("initial-bias"), parsing: .unconditional, help: "Where the hidden biases start (default 0); far from 0 saturates sigmoid units.")
    var initialBias: Double?

    @Option(name: .customLong("maxout-pieces"), parsing: .unconditional, help: "Weight sets per maxout unit (default \(LayerActivation.defaultMaxoutPieces)).")
    var maxoutPieces: Int?

    @Option(name: .customLong("param"), help: ArgumentHelp(
        "Activation parameter (repeatable, or comma-joined), e.g. --param alpha=0.1 or --param slope=0.2,alpha=1.", valueName: "K=V"))
    var parameters: [String] = []

    @Option(name: .customLong("label-column"), parsing: .unconditional,
            help: "For csv: data, the label's column, counting from 0 (negative from the end: -1 is the last).")
    var labelColumn: Int?

    @Flag(inversion: .prefixedNo,
          help: "z-score every input feature with the training set's statistics (SELU expects it); --no-standardize turns a preset's off.")
    var standardize: Bool?

    @Option(name: .customLong("test-fraction"), parsing: .unconditional, help: "Share held out for testing when the set has no split (default 0.2).")
    var testFraction: Double?

    @Option(name: .customLong("evaluations-per-epoch"), help: "Full evaluations of the train and test sets per epoch.")
    var evaluationsPerEpoch: Int?

    @OptionGroup var memory: MemoryOption

    /// The data set of `configuration`, loaded within the memory budget: the
    /// run is estimated from the set's headers and sizes before anything is
    /// read, the loaders stop at the budget, and the whole run is estimated
    /// again, with the set's real shape, before the trainer allocates it.
    /// `trainerCopies`: trainers the command keeps alive at once.
    func loadDataset(for configuration: TrainingConfiguration, trainerCopies: Int = 1) throws -> Dataset {
        let budget = memory.budget
        let threads = ProcessInfo.processInfo.activeProcessorCount
        try RunFootprint.estimate(configuration, threads: threads, trainerCopies: trainerCopies).check(against: budget)
        let dataset = try Dataset.load(configuration.dataset, seed: configuration.seed,
                                       testFraction: configuration.testFraction, budget: budget, task: configuration.task)
        try RunFootprint.estimate(configuration, dataset: dataset, threads: threads, trainerCopies: trainerCopies)
            .check(against: budget)
        return dataset
    }

    /// The configuration: the preset (or the defaults), then every option
    /// given, with `activations` (one name for every layer, or one per layer).
    func configuration(activations text: String?, base: TrainingConfiguration? = nil) throws -> TrainingConfiguration {
        try configuration(layerActivations: text.map { text throws(ConfigurationError) in try parseActivations(text) }, base: base)
    }

    /// `relu,tanh` with this command's `--param` and `--maxout-pieces`.
    func parseActivations(_ text: String) throws(ConfigurationError) -> [LayerActivation] {
        try ConfigurationParser.layerActivations(text, parameters: try ConfigurationParser.parameters(parameters),
                                                 maxoutPieces: maxoutPieces)
    }

    /// The same, with the activations already parsed (nil: the preset's),
    /// over `base` (nil: the preset's configuration, or the command line's
    /// default).
    func configuration(layerActivations given: [LayerActivation]?, base: TrainingConfiguration? = nil,
                       ratesPerActivation: Bool = false) throws -> TrainingConfiguration {
        var c = base ?? preset?.configuration ?? .commandLineDefault
        if let dataset { c.dataset = dataset }
        if let task { c.task = task }
        if let features { c.inputFeatures = features }
        if let l1Penalty { c.l1Penalty = l1Penalty }
        if let labelColumn {
            guard case .csv(let path, _) = c.dataset else {
                throw CLIError("--label-column goes with a csv: data set, not '\(c.dataset)'")
            }
            c.dataset = .csv(path: path, labelColumn: labelColumn)
        }
        let parameters = try ConfigurationParser.parameters(parameters)
        let activations: [LayerActivation]
        if let given {
            activations = given
        } else if parameters.isEmpty && maxoutPieces == nil {
            // Nothing to change: the base's activations as they are, with
            // their parameters (a scene file's Leaky ReLU slope, say).
            activations = c.hasUniformActivation ? Array(c.activations.prefix(1)) : c.activations
        } else {
            let kinds = c.activations.map(\.kind)
            activations = try ConfigurationParser.layerActivations(c.hasUniformActivation ? Array(kinds.prefix(1)) : kinds,
                                                                   parameters: parameters, maxoutPieces: maxoutPieces)
        }
        c.hiddenLayers = try ConfigurationParser.hiddenLayers(sizes: hidden ?? c.hiddenSizes, activations: activations)
        if let `init` { c.initializer = `init` }
        if let optimizer { c.optimizer = optimizer }
        if let rates = learningRates {
            // Only compare trains several activations, so only it takes a rate for each.
            if let single = rates.single {
                c.learningRate = single
            } else if !ratesPerActivation {
                throw CLIError("one --lr here; rates per activation (relu=0.3,tanh=0.2) are for compare")
            }
        }
        if let batch { c.batchSize = batch }
        if let epochs { c.epochs = epochs }
        if let evaluationsPerEpoch { c.evaluationsPerEpoch = evaluationsPerEpoch }
        if let seed { c.seed = seed }
        if let output { c.output = output }
        if let reduction { c.reduction = reduction }
        if let bias { c.useBias = bias }
        if let standardize { c.standardizeInputs = standardize }
        if let weightDecay { c.weightDecay = weightDecay }
        if let initialBias { c.initialBias = initialBias }
        if let testFraction { c.testFraction = testFraction }
        try c.validate()
        return c
    }
}
