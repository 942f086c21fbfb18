import ArgumentParser
import Datasets
import Foundation
import NeuralNet

/// The options `train` and `compare` share. Each one is optional so that a
/// preset supplies the rest and anything given on the line overrides it.
/// Every value is parsed into its type here, by `ConfigurationParser`.
struct TrainingOptions: ParsableArguments {
    @Option(help: "Start from a named configuration.")
    var preset: TrainingPreset?

    @Option(help: "Data set: \(DatasetSpec.spellings.joined(separator: ", ")).", transform: ConfigurationParser.dataset)
    var dataset: DatasetSpec?

    @Option(help: "Hidden units per layer, comma-separated, e.g. 64,64.", transform: ConfigurationParser.hiddenSizes)
    var hidden: [Int]?

    @Option(help: "Weight initialiser: \(WeightInitializer.listedSpellings.joined(separator: ", ")).",
            transform: ConfigurationParser.initializer)
    var `init`: WeightInitializer?

    @Option(help: "Optimiser.")
    var optimizer: OptimizerKind?

    @Option(name: .customLong("lr"), help: "Learning rate.", transform: ConfigurationParser.learningRate)
    var learningRate: LearningRate?

    @Option(help: "Examples per step; 0 = the whole training set.")
    var batch: Int?

    @Option(help: "Epochs to train.")
    var epochs: Int?

    @Option(name: .customLong("evaluations-per-epoch"),
            help: "Evaluations on the whole train and test sets per epoch (default 1; train prints each).")
    var evaluationsPerEpoch: Int?

    @Option(help: "Seed for the weights, the data order and synthetic data.")
    var seed: UInt64?

    @Option(help: "Output layer: softmax (cross-entropy) or sigmoid (the lecture's, delta a − y).")
    var output: OutputKind?

    @Option(help: "Gradient reduction over a batch: sum (the lecture) or mean.")
    var reduction: GradientReduction?

    @Flag(name: .customLong("no-bias"), help: "No biases, as in the lecture.")
    var noBias = false

    @Option(name: .customLong("weight-decay"), help: "L2 weight decay λ.")
    var weightDecay: Double?

    @Option(name: .customLong("initial-bias"), help: "Where the hidden biases start (default 0); far from 0 saturates sigmoid units.")
    var initialBias: Double?

    @Option(name: .customLong("maxout-pieces"), help: "Weight sets per maxout unit (default \(LayerActivation.defaultMaxoutPieces)).")
    var maxoutPieces: Int?

    @Option(name: .customLong("param"), help: ArgumentHelp(
        "Activation parameter (repeatable, or comma-joined), e.g. --param alpha=0.1 or --param slope=0.2,alpha=1.", valueName: "K=V"))
    var parameters: [String] = []

    @Option(name: .customLong("label-column"), help: "For csv: data, the label's column (negative counts from the end).")
    var labelColumn: Int?

    @Flag(inversion: .prefixedNo,
          help: "z-score every input feature with the training set's statistics (SELU expects it); --no-standardize turns a preset's off.")
    var standardize: Bool?

    @Option(name: .customLong("test-fraction"), help: "Share held out for testing when the set has no split (default 0.2).")
    var testFraction: Double?

    /// The configuration: the preset (or the defaults), then every option
    /// given, with `activations` (one name for every layer, or one per layer).
    func configuration(activations text: String?) throws -> TrainingConfiguration {
        try configuration(layerActivations: text.map { text throws(ConfigurationError) in try parseActivations(text) })
    }

    /// `relu,tanh` with this command's `--param` and `--maxout-pieces`.
    func parseActivations(_ text: String) throws(ConfigurationError) -> [LayerActivation] {
        try ConfigurationParser.layerActivations(text, parameters: try ConfigurationParser.parameters(parameters),
                                                 maxoutPieces: maxoutPieces)
    }

    /// The same, with the activations already parsed (nil: the preset's).
    func configuration(layerActivations given: [LayerActivation]?) throws -> TrainingConfiguration {
        var c = preset?.configuration ?? .commandLineDefault
        if let dataset { c.dataset = dataset }
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
        } else {
            let kinds = c.activations.map(\.kind)
            activations = try ConfigurationParser.layerActivations(c.hasUniformActivation ? Array(kinds.prefix(1)) : kinds,
                                                                   parameters: parameters, maxoutPieces: maxoutPieces)
        }
        c.hiddenLayers = try ConfigurationParser.hiddenLayers(sizes: hidden ?? c.hiddenSizes, activations: activations)
        if let `init` { c.initializer = `init` }
        if let optimizer { c.optimizer = optimizer }
        if let learningRate { c.learningRate = learningRate }
        if let batch { c.batchSize = batch }
        if let epochs { c.epochs = epochs }
        if let evaluationsPerEpoch { c.evaluationsPerEpoch = evaluationsPerEpoch }
        if let seed { c.seed = seed }
        if let output { c.output = output }
        if let reduction { c.reduction = reduction }
        if noBias { c.useBias = false }
        if let standardize { c.standardizeInputs = standardize }
        if let weightDecay { c.weightDecay = weightDecay }
        if let initialBias { c.initialBias = initialBias }
        if let testFraction { c.testFraction = testFraction }
        try c.validate()
        return c
    }
}
