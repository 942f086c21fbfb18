import ArgumentParser
import Foundation
import NeuralNet

/// The options `train` and `compare` share. Each one is optional so that a
/// preset supplies the rest and anything given on the line overrides it.
struct TrainingOptions: ParsableArguments {
    @Option(help: "Start from a named configuration: \(TrainingConfiguration.presetNames.joined(separator: ", ")).")
    var preset: String?

    @Option(help: "Data set: spiral, xor, circles, moons, gaussians, digits, mnist:DIR, csv:PATH.")
    var dataset: String?

    @Option(help: "Hidden units per layer, comma-separated, e.g. 64,64.")
    var hidden: String?

    @Option(help: "Weight initialiser: lecture, glorot-uniform, glorot-normal, he-uniform, he-normal, lecun-normal, uniform:B, normal:S, zeros, auto.")
    var `init`: String?

    @Option(help: "Optimiser: gd, sgd, momentum, nesterov, adam, rmsprop.")
    var optimizer: String?

    @Option(name: .customLong("lr"), help: "Learning rate.")
    var learningRate: Double?

    @Option(help: "Examples per step; 0 = the whole training set.")
    var batch: Int?

    @Option(help: "Epochs to train.")
    var epochs: Int?

    @Option(help: "Seed for the weights, the data order and synthetic data.")
    var seed: UInt64?

    @Option(help: "Output layer: softmax (cross-entropy) or sigmoid (the lecture's, delta a − y).")
    var output: String?

    @Option(help: "Gradient reduction over a batch: sum (the lecture) or mean.")
    var reduction: String?

    @Flag(name: .customLong("no-bias"), help: "No biases, as in the lecture.")
    var noBias = false

    @Option(name: .customLong("weight-decay"), help: "L2 weight decay λ.")
    var weightDecay: Double?

    @Option(name: .customLong("initial-bias"), help: "Where the hidden biases start (default 0); far from 0 saturates sigmoid units.")
    var initialBias: Double?

    @Option(name: .customLong("maxout-pieces"), help: "Weight sets per maxout unit (default 2).")
    var maxoutPieces: Int?

    @Option(name: .customLong("param"), help: "Activation parameter K=V (repeatable), e.g. --param alpha=0.1.")
    var parameters: [String] = []

    @Option(name: .customLong("label-column"), help: "For csv: data, the label's column (negative counts from the end).")
    var labelColumn: Int?

    @Option(name: .customLong("test-fraction"), help: "Share held out for testing when the set has no split (default 0.2).")
    var testFraction: Double?

    /// The configuration: the preset (or the defaults), then every option given.
    func configuration(activations: [String]?) throws -> TrainingConfiguration {
        var c: TrainingConfiguration
        do {
            c = try preset.map { try TrainingConfiguration.preset($0) } ?? Self.defaults
            if let `init` { c.initializer = try WeightInitializer.named(`init`) }
            if let optimizer { c.optimizer = try OptimizerKind.named(optimizer) }
        } catch {
            throw CLIError("\(error)")
        }
        if let dataset { c.dataset = dataset }
        if let hidden { c.hiddenSizes = try Self.sizes(hidden) }
        if let activations { c.activations = activations }
        if let learningRate { c.learningRate = learningRate }
        if let batch { c.batchSize = batch }
        if let epochs { c.epochs = epochs }
        if let seed { c.seed = seed }
        if let output {
            guard let kind = OutputKind(rawValue: output.lowercased()) else {
                throw CLIError("unknown output '\(output)' (expected softmax or sigmoid)")
            }
            c.output = kind
        }
        if let reduction {
            guard let kind = GradientReduction(rawValue: reduction.lowercased()) else {
                throw CLIError("unknown reduction '\(reduction)' (expected sum or mean)")
            }
            c.reduction = kind
        }
        if noBias { c.useBias = false }
        if let weightDecay { c.weightDecay = weightDecay }
        if let maxoutPieces { c.maxoutPieces = maxoutPieces }
        if let initialBias { c.initialBias = initialBias }
        for pair in parameters {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]) else {
                throw CLIError("--param expects NAME=NUMBER, got '\(pair)'")
            }
            c.activationParameters[parts[0]] = value
        }
        if let labelColumn { c.labelColumn = labelColumn }
        if let testFraction { c.testFraction = testFraction }
        do {
            try c.validate()
        } catch {
            throw CLIError("\(error)")
        }
        return c
    }

    /// Without a preset: a small ReLU net that learns every built-in set in seconds.
    static var defaults: TrainingConfiguration {
        var c = TrainingConfiguration()
        c.dataset = "spiral"
        c.hiddenSizes = [64, 64]
        c.activations = ["relu"]
        c.optimizer = .adam
        c.learningRate = 0.003
        c.batchSize = 32
        c.epochs = 20
        return c
    }

    static func sizes(_ text: String) throws -> [Int] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError("the hidden layer list is empty") }
        return try parts.map { part in
            guard let units = Int(part) else { throw CLIError("--hidden expects numbers like 64,64, got '\(text)'") }
            guard units >= 1 else { throw CLIError("a hidden layer needs at least one unit (got \(units))") }
            return units
        }
    }

    static func activationList(_ text: String) throws -> [String] {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !names.isEmpty else { throw CLIError("no activation given") }
        return names
    }
}
